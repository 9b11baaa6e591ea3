using Microsoft.AspNetCore.Http.HttpResults;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Activities.WhatsOn;

public sealed record ActivityDto(long Id, long SeriesId, string Title, string Kind, string Status, DateTimeOffset Start, DateTimeOffset End,
    DateTimeOffset? PreviousStart, string Place, double Latitude, double Longitude, bool IsFree, int? PriceNok, int? AgeFrom, int? AgeTo,
    int? Capacity, int? PlacesLeft, string Language, string Initiative, string InitiativeSlug, string Url, double? DistanceKm);

public sealed record ActivityPageDto(List<ActivityDto> Activities, int Total, int Page, int PageSize, int PageCount);

/// <summary>Open data on activities under <c>/api/v1/activities</c>: the coming occasions, one occasion and the map layer. No personal data.</summary>
public static class ActivitiesApi
{
    private const string Filters = "Filters: when (this-week, next-week), kind (repair-cafe, course, swap-market, children, pop-up-market, other), " +
        "children (true: for children), free (true), near (lat,lon or a place name), radius_km (default 10, at most 100), " +
        "page, page_size (default 25, at most 100).";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup("/activities").WithTags("Activities");
        group.MapGet("", List).WithName("ListActivities").AllowAnonymous()
            .WithSummary("Coming activities (one row per occasion) matching the filters, paged")
            .WithNorwegianSummary("Kommende aktiviteter (én rad per gang) som passer filtrene, sidevis")
            .WithDescription(Filters + " Sorted by start. Times with the municipality's offset.");
        group.MapGet("/{id:long}", Get).WithName("GetActivity").AllowAnonymous()
            .WithSummary("One occasion of an activity")
            .WithNorwegianSummary("Én gang av en aktivitet");
        endpoints.MapGet("/activities.geojson", GeoJson).WithName("ActivitiesGeoJson").WithTags("Activities").AllowAnonymous()
            .WithSummary("The same page of activities as a GeoJSON FeatureCollection, one point per occasion (same filters)")
            .WithNorwegianSummary("Samme side med aktiviteter som GeoJSON (FeatureCollection), ett punkt per gang (samme filtre)")
            .WithDescription(Filters + " Paged like the list, so the map shows the page the list shows; total, page and pageCount say which. " +
                             "Each feature has title, start, end (with the municipality's offset), when (Norwegian) and whenEn (English), kind, status, place, initiative and url.")
            .Produces(StatusCodes.Status200OK, contentType: Infrastructure.GeoJson.ContentType);
        return endpoints;
    }

    private static async Task<Results<Ok<ActivityPageDto>, ProblemHttpResult>> List(HttpRequest request, WhatsOnSearch search, MunicipalClock clock, CancellationToken ct)
    {
        var errors = new List<QueryError>();
        var query = WhatsOnQuery.Parse(request.Query, errors);
        if (errors.Count > 0) return Problems.BadParameters(errors);
        var result = await search.SearchAsync(query, ct);
        var baseUrl = $"{request.Scheme}://{request.Host}";
        return TypedResults.Ok(new ActivityPageDto(result.Hits.Select(h => Dto(h, clock, baseUrl)).ToList(), result.Total, result.Page, result.PageSize, result.PageCount));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GeoJson(HttpRequest request, WhatsOnSearch search, MunicipalClock clock, CancellationToken ct)
    {
        var errors = new List<QueryError>();
        var query = WhatsOnQuery.Parse(request.Query, errors);
        if (errors.Count > 0) return Problems.BadParameters(errors);
        var result = await search.SearchAsync(query, ct);
        return TypedResults.File(ActivityGeoJson.Write(result, clock, $"{request.Scheme}://{request.Host}"), Infrastructure.GeoJson.ContentType);
    }

    private static async Task<Results<Ok<ActivityDto>, ProblemHttpResult>> Get(long id, HttpRequest request, WhatsOnSearch search, MunicipalClock clock, CancellationToken ct)
    {
        var hit = await search.OneAsync(id, ct);
        if (hit is null) return Problems.NotFound(FormattableString.Invariant($"Aktivitet/activity {id}"));
        return TypedResults.Ok(Dto(hit, clock, $"{request.Scheme}://{request.Host}"));
    }

    private static ActivityDto Dto(WhatsOnHit h, MunicipalClock clock, string baseUrl)
    {
        var o = h.Occasion;
        var s = o.Series!;
        return new(o.Id, o.SeriesId, h.Title, ActivityText.Token(o.Kind), o.Status.ToString().ToLowerInvariant(), clock.ToLocal(o.StartUtc), clock.ToLocal(o.EndUtc),
            o.PreviousStartUtc is { } p ? clock.ToLocal(p) : null, h.Place, o.Latitude, o.Longitude, o.IsFree, s.PriceNok, o.AgeFrom, o.AgeTo,
            o.Capacity, o.PlacesLeft, s.Language, h.InitiativeName, h.InitiativeSlug,
            FormattableString.Invariant($"{baseUrl}/aktiviteter/{o.Id}"), h.DistanceKm);
    }
}
