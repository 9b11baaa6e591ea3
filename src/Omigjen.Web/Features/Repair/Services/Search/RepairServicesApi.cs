using Microsoft.AspNetCore.Http.HttpResults;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Repair.Services.Search;

/// <summary>The repair search as open data: <c>/api/v1/repair-services</c> and its map layer. Public, read-only.</summary>
public static class RepairServicesApi
{
    public const string Filters = "Filters: q (what is broken, in Norwegian: \"glidelås jakke\", \"sykkel punktering\"; inflections, " +
        "compounds and one typo in longer words match, a service matching more words ranks higher), category (comma-separated " +
        "tokens), near (lat,lon or a place name), radius_km (with near; default 10, at most 100), open (now or an ISO date-time: " +
        "the initiative is open then), free (true: free repairs only), initiative (slug), sort (relevance — the default —, price, " +
        "distance — needs near), page, page_size (default 25, at most 100).";

    public static IEndpointRouteBuilder MapRepairServicesEndpoints(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/repair-services", List).WithName("ListRepairServices").WithTags("Repair")
            .WithSummary("Repair services of the directory's initiatives matching the filters, with prices to compare, paged")
            .WithNorwegianSummary("Reparasjonstjenester hos tiltakene i oversikten som passer filtrene, med priser å sammenligne, sidevis")
            .WithDescription(Filters);
        api.MapGet("/repair-services.geojson", GeoJson).WithName("RepairServicesGeoJson").WithTags("Repair")
            .WithSummary("The initiatives with matching repair services as GeoJSON points (same filters)")
            .WithNorwegianSummary("Tiltakene med reparasjonstjenester som passer filtrene, som GeoJSON-punkter (samme filtre)")
            .WithDescription(Filters);
        return api;
    }

    private static async Task<Results<Ok<RepairServicePageDto>, ProblemHttpResult>> List(HttpRequest request, RepairSearch search, CancellationToken ct)
    {
        var errors = new List<QueryError>();
        var query = RepairQueryParser.Parse(request.Query, errors);
        if (errors.Count > 0) return Problems.BadParameters(errors);
        var result = await search.RunAsync(query, ct);
        var baseUrl = $"{request.Scheme}://{request.Host}";
        return TypedResults.Ok(new RepairServicePageDto(result.Hits.Select(h => h.ToDto(baseUrl)).ToList(),
            result.Total, result.Page, result.PageSize, result.PageCount));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GeoJson(
        HttpRequest request, RepairSearch search, AppDbContext db, DirectoryCache cache, MunicipalClock clock, CancellationToken ct)
    {
        var errors = new List<QueryError>();
        var query = RepairQueryParser.Parse(request.Query, errors);
        if (errors.Count > 0) return Problems.BadParameters(errors);
        var result = await search.RunAsync(query, ct);
        var snapshot = await cache.GetAsync(db, ct);
        return TypedResults.File(RepairGeoJson.Write(result.All, snapshot, clock.Now, clock.Zone), Infrastructure.GeoJson.ContentType);
    }
}
