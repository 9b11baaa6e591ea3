using Microsoft.Extensions.Options;

namespace Omigjen.Web.Infrastructure;

public static class SecurityHeaders
{
    /// <summary>A strict content security policy: own scripts only; map tiles from the configured tile host.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var map = app.ApplicationServices.GetRequiredService<IOptions<MapOptions>>().Value;
        var tileHost = new Uri(map.TileUrl.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal));
        var tileOrigin = tileHost.Host.StartsWith("a.", StringComparison.Ordinal) || map.TileUrl.Contains("{s}", StringComparison.Ordinal)
            ? $"{tileHost.Scheme}://*.{string.Join('.', tileHost.Host.Split('.').Skip(1))}"
            : $"{tileHost.Scheme}://{tileHost.Host}";
        var csp = "default-src 'self'; script-src 'self'; style-src 'self'; " +
                  $"img-src 'self' data: {tileOrigin}; connect-src 'self'; font-src 'self'; " +
                  "frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'";
        return app.Use((context, next) =>
        {
            var h = context.Response.Headers;
            h.ContentSecurityPolicy = csp;
            h.XContentTypeOptions = "nosniff";
            h["Referrer-Policy"] = "strict-origin-when-cross-origin";
            h["Permissions-Policy"] = "geolocation=(self), camera=(), microphone=()";
            return next(context);
        });
    }
}
