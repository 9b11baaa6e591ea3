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
        var common = "default-src 'self'; script-src 'self'; style-src 'self'; " +
                     $"img-src 'self' data: {tileOrigin}; connect-src 'self'; font-src 'self'; " +
                     "base-uri 'self'; form-action 'self'; object-src 'none'; ";
        // No page may be framed (clickjacking), except the embeddable views under /embed, which any site may show.
        var csp = common + "frame-ancestors 'none'";
        var embedCsp = common + "frame-ancestors *";
        return app.Use((context, next) =>
        {
            var h = context.Response.Headers;
            if (context.Request.Path.StartsWithSegments("/embed", StringComparison.OrdinalIgnoreCase))
            {
                h.ContentSecurityPolicy = embedCsp;
            }
            else
            {
                h.ContentSecurityPolicy = csp;
                h.XFrameOptions = "DENY";
            }
            h.XContentTypeOptions = "nosniff";
            h["Referrer-Policy"] = "strict-origin-when-cross-origin";
            h["Permissions-Policy"] = "geolocation=(self), camera=(), microphone=()";
            return next(context);
        });
    }
}
