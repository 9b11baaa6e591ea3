using Microsoft.AspNetCore.Http.HttpResults;
using Omigjen.Web.Data;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Initiatives;

public static class InitiativesApi
{
    public static RouteGroupBuilder MapInitiativesApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/initiatives").WithTags("Initiatives");
        group.MapGet("", List).WithName("ListInitiatives").CacheOutput(DirectoryOutputCache.Policy)
            .WithSummary("Initiatives matching the directory's filters, paged")
            .WithNorwegianSummary("Tiltak som passer filtrene i oversikten, sidevis")
            .WithDescription("Filters: q, kind, category, service (comma-separated tokens), open (now, after17, weekend, at with day and time, or an ISO date-time), near (lat,lon or a place name), radius_km, stepfree, bbox (minLon,minLat,maxLon,maxLat), archived, sort (name, distance), page, page_size (at most 100). "
                + "stateNow is the state now; statusText answers for now too, except under a time filter (open other than now), where it says when the place is open in the chosen time (\"Åpen lørdag kl. 10.00–15.00\").");
        api.MapGet("/initiatives.geojson", GeoJson).WithName("InitiativesGeoJson").WithTags("Initiatives").CacheOutput(DirectoryOutputCache.Policy)
            .WithSummary("The same filters as a GeoJSON FeatureCollection, one feature per location")
            .WithNorwegianSummary("Samme filtre som GeoJSON (FeatureCollection), ett punkt per sted")
            .WithDescription("Each feature's state and status describe now, or the chosen time under a time filter (open other than now): state is then open and status says when (\"Åpen lørdag kl. 10.00–15.00\").")
            .Produces(StatusCodes.Status200OK, contentType: Infrastructure.GeoJson.ContentType);
        group.MapGet("/{slug}", Get).WithName("GetInitiative").CacheOutput(DirectoryOutputCache.Policy).WithSummary("One initiative with everything the public page shows")
            .WithNorwegianSummary("Ett tiltak med alt den offentlige siden viser");
        return api;
    }

    private static async Task<Results<Ok<PageDto<InitiativeSummaryDto>>, ProblemHttpResult>> List(
        HttpRequest request, AppDbContext db, DirectoryCache cache, MunicipalClock clock, CancellationToken ct)
    {
        var errors = new List<QueryError>();
        var query = InitiativeQueryParser.Parse(request.Query, errors);
        if (errors.Count > 0) return Problems.BadParameters(errors);
        var snapshot = await cache.GetAsync(db, ct);
        var now = clock.Now;
        var result = InitiativeSearch.Run(snapshot, query, now, clock.Zone);
        var baseUrl = $"{request.Scheme}://{request.Host}";
        var items = result.Hits.Select(h => h.ToSummary(snapshot, query, now, clock.Zone, baseUrl)).ToList();
        return TypedResults.Ok(new PageDto<InitiativeSummaryDto>(items, result.Total, result.Page, result.PageSize, result.PageCount));
    }

    private static async Task<Results<Ok<InitiativeDetailDto>, ProblemHttpResult>> Get(
        string slug, HttpRequest request, AppDbContext db, DirectoryCache cache, MunicipalClock clock, CancellationToken ct)
    {
        var snapshot = await cache.GetAsync(db, ct);
        if (snapshot.Find(slug) is not { } entry) return Problems.NotFound($"«{slug}»");
        return TypedResults.Ok(entry.ToDetail(clock.Now, clock.Zone, $"{request.Scheme}://{request.Host}"));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GeoJson(
        HttpRequest request, AppDbContext db, DirectoryCache cache, MunicipalClock clock, CancellationToken ct)
    {
        var errors = new List<QueryError>();
        var query = InitiativeQueryParser.Parse(request.Query, errors); // GeoJSON is not paged: Filter yields every match
        if (errors.Count > 0) return Problems.BadParameters(errors);
        var snapshot = await cache.GetAsync(db, ct);
        var now = clock.Now;
        // The output cache keeps the answer for the rest of the minute; the unfiltered map is the hot path.
        var bytes = GeoJsonWriter.Write(snapshot, InitiativeSearch.Filter(snapshot, query, now, clock.Zone), query, now, clock.Zone);
        return TypedResults.File(bytes, Infrastructure.GeoJson.ContentType);
    }
}
