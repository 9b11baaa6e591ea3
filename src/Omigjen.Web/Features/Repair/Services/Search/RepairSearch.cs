using Microsoft.EntityFrameworkCore;
using Omigjen.OpeningHours;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items.Search;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Repair.Services.Search;

/// <summary>A matching repair service: its initiative's directory entry, the nearest place, how many query words it matched.</summary>
public sealed record RepairHit(RepairService Service, DirectoryEntry Entry, InitiativeLocation Location, double? DistanceKm, int Matched)
{
    public OpeningState StateNow { get; init; } = OpeningState.Unknown;
}

/// <summary>One page of hits, and every hit (the map shows them all).</summary>
public sealed record RepairSearchResult(int Total, int Page, int PageSize, IReadOnlyList<RepairHit> Hits, IReadOnlyList<RepairHit> All)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// Finds repair services by what is broken, near a place, open now or at a time. A service matches when it has a term
/// of at least one query word (the item search's analyser and expansion: inflections, compounds, one typo), so "glidelås
/// jakke" finds "glidelås" though no price list says "jakke"; more matched words rank higher. Price lists are short (a
/// few lines per repair initiative), so the candidates are read once and matched in memory; opening hours come from the
/// directory's snapshot, as the directory evaluates them.
/// </summary>
public sealed class RepairSearch(AppDbContext db, DirectoryCache cache, MunicipalClock clock)
{
    public async Task<RepairSearchResult> RunAsync(RepairQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var snapshot = await cache.GetAsync(db, ct);
        var entries = ItemSearch.EntriesById(snapshot);
        var services = db.RepairServices.AsNoTracking().Where(s => !s.Archived);
        if (query.Categories.Count > 0) services = services.Where(s => query.Categories.Contains(s.Category));
        if (query.FreeOnly) services = services.Where(s => s.PriceKind == RepairPriceKind.Free);
        if (query.Initiative is { } slug)
        {
            var id = snapshot.Find(slug)?.Initiative.Id ?? -1;
            services = services.Where(s => s.InitiativeId == id);
        }
        var candidates = await services.ToListAsync(ct);

        var terms = candidates.ToDictionary(s => s.Id, s => s.SearchTerms.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal));
        var groups = QueryExpansion.Expand(terms.Values.SelectMany(t => t).ToHashSet(StringComparer.Ordinal), query.Text);
        var now = clock.Now;
        var today = clock.Today;
        var open = new Dictionary<int, bool>();
        var hits = new List<RepairHit>();
        foreach (var s in candidates)
        {
            if (!entries.TryGetValue(s.InitiativeId, out var entry) || entry.Initiative.Status == InitiativeStatus.Archived) continue;
            var matched = groups.Count(g => g.Any(terms[s.Id].Contains));
            if (groups.Count > 0 && matched == 0) continue;
            if (query.Open != OpenWhen.Any)
            {
                if (!open.TryGetValue(s.InitiativeId, out var isOpen))
                    open[s.InitiativeId] = isOpen = OpenWhenRules.Matches(entry, query.Open, query.At, now, clock.Zone);
                if (!isOpen) continue;
            }
            var locations = entry.Initiative.Locations.Where(l => l.IsValidOn(today)).ToList();
            if (locations.Count == 0) continue;
            var (location, distance) = Nearest(locations, query.Near);
            if (query.RadiusKm is { } radius && distance > radius) continue;
            hits.Add(new RepairHit(s, entry, location, distance, matched));
        }

        var sorted = Sort(hits, query).ToList();
        var page = sorted.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(h => h with { StateNow = OpenWhenRules.StateAt(h.Entry, now, clock.Zone) }).ToList();
        return new RepairSearchResult(sorted.Count, query.Page, query.PageSize, page, sorted);
    }

    /// <summary>The lowest price a resident pays: 0 when free, else the fixed or the "from" price.</summary>
    public static int LowestPrice(RepairService s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.PriceFromNok ?? 0;
    }

    private static IEnumerable<RepairHit> Sort(List<RepairHit> hits, RepairQuery query) => query.Sort switch
    {
        RepairSort.Price => hits.OrderBy(h => LowestPrice(h.Service)).ThenBy(h => h.DistanceKm).ThenBy(h => h.Service.Id),
        RepairSort.Distance => hits.OrderBy(h => h.DistanceKm).ThenBy(h => LowestPrice(h.Service)).ThenBy(h => h.Service.Id),
        _ => hits.OrderByDescending(h => h.Matched).ThenBy(h => h.DistanceKm).ThenBy(h => LowestPrice(h.Service)).ThenBy(h => h.Service.Id),
    };

    private static (InitiativeLocation, double?) Nearest(List<InitiativeLocation> locations, GeoPoint? near)
    {
        if (near is not { } p) return (locations[0], null);
        return locations.Select(l => (l, (double?)Geo.DistanceKm(p, new GeoPoint(l.Latitude, l.Longitude)))).MinBy(x => x.Item2);
    }
}
