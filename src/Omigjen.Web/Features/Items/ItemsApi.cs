using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items.Search;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Items;

/// <summary>The item search and one item as open data: <c>/api/v1/items</c>.</summary>
public static class ItemsApi
{
    public static IEndpointRouteBuilder MapItemsEndpoints(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/items").WithTags("Items");
        group.MapGet("", List).WithName("ListItems")
            .WithSummary("Available items of the directory's initiatives matching the filters, paged")
            .WithNorwegianSummary("Tilgjengelige varer hos tiltakene i oversikten som passer filtrene, sidevis")
            .WithDescription("Filters: q (Norwegian words: inflections, compounds and one typo in longer words match), category " +
                             "(comma-separated tokens), near (lat,lon or a place name), radius_km (default 10, at most 100), open (now, " +
                             "after17, weekend or an ISO date-time: the item's place is open then), max_price, free (true: price 0), " +
                             "size, initiative (slug), sort (relevance — the default with q —, newest, distance — needs near), page, " +
                             "page_size (default 25, at most 100).");
        group.MapGet("/{id:int}", Get).WithName("GetItem").WithSummary("One item with its photos and place")
            .WithNorwegianSummary("Én vare med bilder og sted");
        return api;
    }

    private static async Task<Results<Ok<ItemPageDto>, ProblemHttpResult>> List(
        HttpRequest request, ItemSearch search, CancellationToken ct)
    {
        var errors = new List<QueryError>();
        var query = ItemQueryParser.Parse(request.Query, errors);
        if (errors.Count > 0) return Problems.BadParameters(errors);
        var result = await search.RunAsync(query, ct);
        var baseUrl = $"{request.Scheme}://{request.Host}";
        return TypedResults.Ok(new ItemPageDto(result.Hits.Select(h => h.ToSummary(baseUrl)).ToList(),
            result.Total, result.TotalIsLowerBound, result.Page, result.PageSize, result.PageCount));
    }

    private static async Task<Results<Ok<ItemDetailDto>, ProblemHttpResult>> Get(
        int id, HttpRequest request, AppDbContext db, DirectoryCache cache, MunicipalClock clock, CancellationToken ct)
    {
        if (await FindPublicAsync(db, cache, id, ct) is not { } found)
            return Problems.NotFound(FormattableString.Invariant($"Vare/item {id}"));
        var (item, entry) = found;
        var now = clock.Now;
        var state = OpenWhenRules.StateAt(entry, now, clock.Zone);
        return TypedResults.Ok(item.ToDetail(entry, state, StatusText.For(entry, now, clock.Zone), $"{request.Scheme}://{request.Host}"));
    }

    /// <summary>
    /// An item the public may see, with its initiative's directory entry: not removed, and its initiative approved and
    /// not closed down. Sold and held items are shown (as such), so a shared link still explains itself.
    /// </summary>
    public static async Task<(Item Item, DirectoryEntry Entry)?> FindPublicAsync(AppDbContext db, DirectoryCache cache, int id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cache);
        var item = await db.Items.AsNoTracking().Include(i => i.Photos).FirstOrDefaultAsync(i => i.Id == id && i.Status != ItemStatus.Removed, ct);
        if (item is null) return null;
        var snapshot = await cache.GetAsync(db, ct);
        if (!ItemSearch.EntriesById(snapshot).TryGetValue(item.InitiativeId, out var entry)) return null;
        if (entry.Initiative.Status == InitiativeStatus.Archived) return null;
        return (item, entry);
    }
}
