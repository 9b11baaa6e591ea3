using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Omigjen.Web.Infrastructure.Input;

/// <summary>
/// The largest request body each kind of endpoint takes. Uploads declare their own limit (<see cref="IRequestSizeLimitMetadata"/>:
/// photo and spreadsheet pages); every other form gets <see cref="Form"/>, every API call <see cref="Api"/>, instead of
/// the server's 30 MB, so one anonymous post cannot fill the database or the memory.
/// </summary>
public static class RequestBodyLimits
{
    /// <summary>The longest form: about twenty fields of <see cref="TextLimits.LongText"/> characters, percent-encoded.</summary>
    public const long Form = 512 * 1024;

    public const long Api = 64 * 1024;

    /// <summary>Runs after routing, so the endpoint's own limit is known.</summary>
    public static IApplicationBuilder UseRequestBodyLimits(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            var request = http.Request;
            if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
                || http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is not null)
            {
                await next(http);
                return;
            }
            var api = request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
            var limit = api ? Api : Form;
            if (request.ContentLength > limit)
            {
                await RefuseAsync(http, limit, api);
                return;
            }
            // A body without a length is counted by the server while it is read.
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit;
            await next(http);
        });

    private static Task RefuseAsync(HttpContext http, long limit, bool api)
    {
        var kb = (limit / 1024).ToString(CultureInfo.InvariantCulture);
        var nb = $"Forespørselen er for stor: høyst {kb} kB.";
        var en = $"The request is too large: at most {kb} kB.";
        http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        if (api)
        {
            http.Response.ContentType = "application/problem+json";
            return http.Response.WriteAsJsonAsync(new { type = "about:blank", title = en, status = 413, detail = $"{nb} / {en}" }, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
        }
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync($"{nb}\n{en}\n");
    }
}
