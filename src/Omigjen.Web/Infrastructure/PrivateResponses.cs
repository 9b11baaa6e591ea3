namespace Omigjen.Web.Infrastructure;

/// <summary>
/// Keeps a person's own pages out of every cache: the account (with the personal-data download), the portal and the
/// administration. Set once here, as a page or a file result could otherwise leave them storable in a shared browser.
/// </summary>
public static class PrivateResponses
{
    public const string CacheControl = "no-store";

    private static readonly PathString[] PrivatePaths = ["/konto", "/portal", "/admin"];

    public static bool IsPrivate(PathString path) => PrivatePaths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    public static IApplicationBuilder UsePrivateResponses(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use((context, next) =>
        {
            if (IsPrivate(context.Request.Path))
            {
                // On starting, so a header set by the page or the antiforgery filter cannot weaken it.
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.CacheControl = CacheControl;
                    context.Response.Headers.Pragma = "no-cache";
                    return Task.CompletedTask;
                });
            }
            return next(context);
        });
    }
}
