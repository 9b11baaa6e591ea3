using Omigjen.OpeningHours;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Initiatives;

/// <summary>A matching initiative: its locations that match (valid, inside the box) and the nearest of them.</summary>
public sealed record SearchHit(DirectoryEntry Entry, IReadOnlyList<InitiativeLocation> Locations, InitiativeLocation Location,
    double? DistanceKm)
{
    /// <summary>The state now; set for the hits of the page shown (evaluating it for every match would be wasted work).</summary>
    public OpeningState StateNow { get; init; } = OpeningState.Unknown;
}

public sealed record SearchResult(int Total, int Page, int PageSize, IReadOnlyList<SearchHit> Hits)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Filters, sorts and pages the directory. Pure: the snapshot and the clock are passed in.</summary>
public static class InitiativeSearch
{
    public static IEnumerable<SearchHit> Filter(DirectorySnapshot snapshot, InitiativeQuery q, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(q);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var words = (q.Text ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var open = q.Open == OpenWhen.Any ? null : snapshot.OpenMatches(q.Open, q.At, now, zone);
        for (var n = 0; n < snapshot.Entries.Count; n++)
        {
            var e = snapshot.Entries[n];
            var i = e.Initiative;
            if (i.Status == InitiativeStatus.Archived && !q.IncludeArchived) continue;
            if (q.Kinds.Count > 0 && !q.Kinds.Any(i.Kinds.Contains)) continue;
            if (q.Categories.Count > 0 && !q.Categories.Any(i.Categories.Contains)) continue;
            if (q.Services.Count > 0 && !q.Services.Any(i.Services.Contains)) continue;
            if (q.StepFree && i.Accessibility.StepFreeEntrance != true) continue;
            if (words.Length > 0 && !words.All(w => e.SearchText.Contains(w, StringComparison.Ordinal))) continue;
            if (open is not null && !open[n]) continue;

            // Locations outside their validity period (a pop-up that has moved on) are not shown.
            var locations = i.Locations;
            if (e.HasValidityPeriods) locations = i.Locations.Where(l => l.IsValidOn(today) || l.ValidFrom > today).ToList();
            if (q.BBox is { } box) locations = locations.Where(l => box.Contains(l.Latitude, l.Longitude)).ToList();
            if (locations.Count == 0) continue;
            var (location, distance) = Nearest(locations, q.Near);
            if (q.RadiusKm is { } radius && distance > radius) continue;
            yield return new SearchHit(e, locations, location, distance);
        }
    }

    public static SearchResult Run(DirectorySnapshot snapshot, InitiativeQuery q, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(q);
        var hits = Filter(snapshot, q, now, zone).ToList();
        // The snapshot is already in name order; OrderBy is stable, so equal distances stay by name.
        IEnumerable<SearchHit> sorted = q.Sort == InitiativeSort.Distance ? hits.OrderBy(h => h.DistanceKm) : hits;
        var page = sorted.Skip((q.Page - 1) * q.PageSize).Take(q.PageSize)
            .Select(h => h with { StateNow = OpenWhenRules.StateAt(h.Entry, now, zone) }).ToList();
        return new SearchResult(hits.Count, q.Page, q.PageSize, page);
    }

    private static (InitiativeLocation, double?) Nearest(List<InitiativeLocation> locations, GeoPoint? near)
    {
        if (near is not { } p) return (locations[0], null);
        var (best, bestKm) = (locations[0], double.MaxValue);
        foreach (var l in locations)
        {
            var km = Geo.DistanceKm(p, new GeoPoint(l.Latitude, l.Longitude));
            if (km < bestKm) (best, bestKm) = (l, km);
        }
        return (best, bestKm);
    }
}
