using Microsoft.Extensions.Options;

namespace Omigjen.Web.Infrastructure;

public static class SecurityHeaders
{
    /// <summary>A strict content security policy: own scripts only; map tiles and the logo from the configured hosts.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var map = app.ApplicationServices.GetRequiredService<IOptions<MapOptions>>().Value;
        var municipality = app.ApplicationServices.GetRequiredService<IOptions<MunicipalityOptions>>().Value;
        var common = "default-src 'self'; script-src 'self'; style-src 'self'; " +
                     $"img-src {ImageSources(map, municipality)}; connect-src 'self'; font-src 'self'; " +
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

    /// <summary>The CSP img-src sources: this site, data: URLs, the tile server and an off-site municipality logo.</summary>
    internal static string ImageSources(MapOptions map, MunicipalityOptions municipality)
    {
        var sources = new List<string> { "'self'", "data:" };
        var tiles = new Uri(map.TileUrl.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal));
        // Tile servers on a, b, c… subdomains are allowed as a whole domain (*.example.org).
        var host = tiles.Host.StartsWith("a.", StringComparison.Ordinal) || map.TileUrl.Contains("{s}", StringComparison.Ordinal)
            ? "*." + string.Join('.', tiles.Host.Split('.').Skip(1))
            : tiles.Host;
        sources.Add(Origin(tiles.Scheme, host, tiles));
        if (Uri.TryCreate(municipality.LogoUrl, UriKind.Absolute, out var logo) && logo.Scheme is "https" or "http")
            sources.Add(Origin(logo.Scheme, logo.Host, logo));
        return string.Join(' ', sources.Distinct(StringComparer.Ordinal));
    }

    /// <summary>scheme://host, with the port when it is not the scheme's default (a source without one allows only the default).</summary>
    private static string Origin(string scheme, string host, Uri uri) =>
        uri.IsDefaultPort ? $"{scheme}://{host}" : $"{scheme}://{host}:{uri.Port}";
}
