using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Activities.Calendar;

/// <summary>
/// The calendar feeds (webcal): <c>/aktiviteter/kalender.ics</c>, per initiative <c>/aktiviteter/kalender/{slug}.ics</c>
/// and per kind <c>/aktiviteter/kalender/type/{kind}.ics</c>. Public, with ETag and 304.
/// </summary>
public static class OccasionFeedEndpoints
{
    public const string AllPath = "/aktiviteter/kalender.ics";

    public static IEndpointRouteBuilder MapActivityCalendars(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(AllPath, (HttpContext http, OccasionFeeds feeds) => Serve(http, feeds.GetAsync(null, null)))
            .WithName("ActivityCalendarAll").AllowAnonymous().ExcludeFromDescription()
            .WithNorwegianSummary("Kalender med alle aktiviteter de neste 12 månedene");
        endpoints.MapGet("/aktiviteter/kalender/{slug}.ics", (string slug, HttpContext http, OccasionFeeds feeds) => Serve(http, feeds.GetAsync(slug, null)))
            .WithName("ActivityCalendarInitiative").AllowAnonymous().ExcludeFromDescription()
            .WithNorwegianSummary("Kalender med ett initiativs aktiviteter de neste 12 månedene");
        endpoints.MapGet("/aktiviteter/kalender/type/{kind}.ics", (string kind, HttpContext http, OccasionFeeds feeds) =>
                ActivityText.TryKind(kind, out var k) ? Serve(http, feeds.GetAsync(null, k)) : Task.FromResult(Results.NotFound()))
            .WithName("ActivityCalendarKind").AllowAnonymous().ExcludeFromDescription()
            .WithNorwegianSummary("Kalender med én type aktiviteter de neste 12 månedene");
        return endpoints;
    }

    /// <summary>The webcal:// address of a feed path on this site.</summary>
    public static string Webcal(HttpRequest request, string path)
    {
        ArgumentNullException.ThrowIfNull(request);
        return "webcal://" + request.Host.Value + path;
    }

    private static async Task<IResult> Serve(HttpContext http, Task<FeedFile?> building)
    {
        var file = await building;
        if (file is null) return Results.NotFound();
        var headers = http.Response.Headers;
        headers.ETag = file.ETag;
        headers.CacheControl = "public, max-age=300";
        var ifNoneMatch = http.Request.Headers.IfNoneMatch.ToString();
        if (ifNoneMatch.Length > 0 && (ifNoneMatch == "*" || ifNoneMatch.Split(',').Any(t => t.Trim().TrimStart('W', '/') == file.ETag)))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(file.Content, OccasionCalendar.ContentType);
    }
}
