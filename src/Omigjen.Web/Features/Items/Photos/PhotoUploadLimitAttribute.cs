using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Omigjen.Web.Features.Items.Photos;

/// <summary>
/// Limits the posts of a page with a photo upload to <see cref="MaxRequestBytes"/> (room for a 15 MB photo and the
/// form's fields). A larger body is not read at all: the person is sent back to the page (<c>?for-stor=1</c>), which
/// says in words that the photo is too large, instead of a bare 413. Runs before the antiforgery check, which would
/// otherwise read the whole body.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PhotoUploadLimitAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter, Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata
{
    public const long MaxRequestBytes = 16L * 1024 * 1024;
    public const string TooLargeQuery = "for-stor";

    public int Order => -2000;

    long? Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata.MaxRequestBodySize => MaxRequestBytes;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method)) return;
        if (http.Request.ContentLength > MaxRequestBytes)
        {
            context.Result = BackToPage(http);
            return;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = MaxRequestBytes;
        if (!http.Request.HasFormContentType) return;
        try
        {
            // A body without a length (chunked) is counted while it is read.
            await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = MaxRequestBytes }, http.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            context.Result = BackToPage(http);
        }
    }

    private static RedirectResult BackToPage(HttpContext http) => new(http.Request.PathBase + http.Request.Path + "?" + TooLargeQuery + "=1");
}
