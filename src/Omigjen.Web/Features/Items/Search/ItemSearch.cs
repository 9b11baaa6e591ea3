using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Omigjen.OpeningHours;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Items.Search;

/// <summary>
/// Runs an <see cref="ItemQuery"/>: the text through each database's full-text index (the only provider-specific
/// part), everything else — filters, order, paging — as one LINQ query that is the same on SQLite and PostgreSQL.
/// Shown are available items of approved initiatives that are not closed down.
/// </summary>
public sealed class ItemSearch(AppDbContext db, DirectoryCache cache, MunicipalClock clock)
{
    /// <summary>Kilometres per degree of latitude (mean earth radius).</summary>

    /// <summary>
    /// Matches are counted only up to this many pages past the one shown: an exact count of 80,000 hits for "sykkel"
    /// near a place that is open now costs far more than the page itself, and nobody pages that far. The page then says
    /// "over N" and the pager reaches further as one goes on.
    /// </summary>
    public const int CountPagesAhead = 10;

    /// <summary>How many matches are counted for a page: up to the end of <see cref="CountPagesAhead"/> pages past it.</summary>
    public static int CountCap(ItemQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return (query.Page - 1 + CountPagesAhead) * query.PageSize;
    }

    private static readonly ConditionalWeakTable<DirectorySnapshot, Dictionary<int, DirectoryEntry>> ById = [];

    public async Task<ItemSearchResult> RunAsync(ItemQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var snapshot = await cache.GetAsync(db, ct);
        var matches = await MatchesAsync(query, snapshot, ct);
        if (matches is null) return new ItemSearchResult(0, query.Page, query.PageSize, []);

        int counted;
        List<PageRow> rows;
        if (query.HasText && query.EffectiveSort == ItemSort.Relevance && await RelevancePageAsync(query, snapshot, ct) is { } staged)
        {
            (counted, rows) = staged;
        }
        else
        {
            counted = await matches.Take(CountCap(query) + 1).CountAsync(ct);
            rows = await Project(Order(matches, query).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize), ct);
        }
        var total = Math.Min(counted, CountCap(query));

        // The first photo of each item on the page, in a query of its own: a per-row subquery in the page query made the
        // database number every photo of every item before joining.
        var ids = rows.Select(r => r.Id).ToList();
        var photos = ids.Count == 0 ? [] : (await db.ItemPhotos.AsNoTracking().Where(p => ids.Contains(p.ItemId))
                .OrderBy(p => p.SortOrder).ThenBy(p => p.Id)
                .Select(p => new { p.ItemId, Photo = new ItemPhotoRef(p.Key, p.AltText, p.Width, p.Height) }).ToListAsync(ct))
            .GroupBy(p => p.ItemId).ToDictionary(g => g.Key, g => g.First().Photo);

        var now = clock.Now;
        var entries = EntriesById(snapshot);
        var hits = new List<ItemHit>(rows.Count);
        foreach (var r in rows)
        {
            // An initiative approved or changed since the snapshot was taken: the next request will know it.
            if (!entries.TryGetValue(r.InitiativeId, out var entry)) continue;
            var location = PlaceOf(entry.Initiative, r.LocationId);
            double? distance = query.Near is { } p ? DistanceKm(p, r.Latitude, r.Longitude) : null;
            var stateNow = OpenWhenRules.StateAt(entry, now, clock.Zone);
            var (statusText, statusState) = StatusText.Describe(snapshot, entry, query.Open, query.At, now, clock.Zone, stateNow);
            hits.Add(new ItemHit(r.Id, r.Title, r.PriceNok, r.Condition, r.Category, r.Quantity, r.Available, r.Size, r.CreatedAt,
                photos.GetValueOrDefault(r.Id), r.TitleHit > 0, entry, location, distance, stateNow, statusText, statusState));
        }
        return new ItemSearchResult(total, query.Page, query.PageSize, hits, counted > CountCap(query));
    }

    private sealed record PageRow(
        int Id, string Title, int PriceNok, ItemCondition Condition, GoodsCategory Category, int Quantity, int Available, string? Size,
        DateTime CreatedAt, int InitiativeId, int? LocationId, double Latitude, double Longitude, int TitleHit, int Key);

    private static Task<List<PageRow>> Project(IQueryable<ItemMatch> page, CancellationToken ct) =>
        page.Select(m => new PageRow(
                m.Item.Id, m.Item.Title, m.Item.PriceNok, m.Item.Condition, m.Item.Category, m.Item.Quantity, m.Item.Available,
                m.Item.Size, m.Item.CreatedAt, m.Item.InitiativeId, m.Item.LocationId, m.Item.Latitude, m.Item.Longitude, m.TitleHit,
                // Selected so the outer query can keep the order by it (a column that is not selected is dropped with its order).
                m.Key))
            .AsNoTracking().ToListAsync(ct);

    /// <summary>
    /// Relevance in stages, so the full-text index hands over matches newest first and the database stops at the page:
    /// items whose title has every word itself or as a compound's head, then those whose title has a word only as a
    /// compound's first part ("telt" in "Teltplugger"), then the rest; within each, the most recently listed first
    /// (highest id). Sorting every match instead costs hundreds of milliseconds for a word like "sykkel" among a million
    /// items. The middle stage is skipped when no word is anyone's first part. Null when the query has no words (only signs).
    /// </summary>
    private async Task<(int Counted, List<PageRow> Rows)?> RelevancePageAsync(ItemQuery query, DirectorySnapshot snapshot, CancellationToken ct)
    {
        var groups = await QueryExpansion.ExpandAsync(db, query.Text, ct);
        if (groups.Count == 0) return null;
        if (groups.Any(g => g.Count == 0)) return (0, []);
        var whole = ItemSearchText.WithoutFirstParts(groups);
        var filtered = Filter(query, snapshot);
        var counted = await Stage(filtered, TextIds(groups, whole, TextPart.Any), 0).Take(CountCap(query) + 1).CountAsync(ct);
        var stages = new List<(TextPart Part, int TitleHit)> { (TextPart.Title, 2) };
        if (!ReferenceEquals(whole, groups)) stages.Add((TextPart.TitleFirstPart, 1));
        stages.Add((TextPart.NotTitle, 0));

        var (skip, take) = ((query.Page - 1) * query.PageSize, query.PageSize);
        var rows = new List<PageRow>(take);
        for (var n = 0; n < stages.Count && rows.Count < take; n++)
        {
            var stage = Stage(filtered, TextIds(groups, whole, stages[n].Part), stages[n].TitleHit);
            if (n < stages.Count - 1)
            {
                // Only as many as the page needs: a stage wholly before the page is skipped by its count.
                var inStage = await stage.Take(skip + take - rows.Count).CountAsync(ct);
                if (skip >= inStage)
                {
                    skip -= inStage;
                    continue;
                }
            }
            rows.AddRange(await Project(stage.OrderByDescending(m => m.Key).Skip(skip).Take(take - rows.Count), ct));
            skip = 0;
        }
        return (counted, rows);
    }

    private static IQueryable<ItemMatch> Stage(IQueryable<Item> filtered, IQueryable<int> ids, int titleHit) =>
        filtered.Join(ids, i => i.Id, id => id, (i, id) => new ItemMatch { Item = i, TitleHit = titleHit, Key = id });

    private enum TextPart { Any, Title, TitleFirstPart, NotTitle }

    /// <summary>
    /// Ids of the items whose terms match every word: anywhere; in the title by whole words and heads
    /// (<paramref name="whole"/>); in the title only with a first part; or anywhere but not all in the title.
    /// </summary>
    private IQueryable<int> TextIds(IReadOnlyList<IReadOnlyList<string>> groups, IReadOnlyList<IReadOnlyList<string>> whole, TextPart part)
    {
        if (db.Database.IsNpgsql())
        {
            var any = ItemSearchText.TsQuery(groups);
            var strong = ItemSearchText.TsQuery(whole);
            return part switch
            {
                TextPart.Title => db.Database.SqlQuery<int>($"""
                    SELECT "Id" AS "Value" FROM "Items" WHERE "SearchVector" @@ to_tsquery('simple', {strong}) AND "TitleVector" @@ to_tsquery('simple', {strong})
                    """),
                TextPart.TitleFirstPart => db.Database.SqlQuery<int>($"""
                    SELECT "Id" AS "Value" FROM "Items" WHERE "SearchVector" @@ to_tsquery('simple', {any}) AND "TitleVector" @@ to_tsquery('simple', {any}) AND NOT ("TitleVector" @@ to_tsquery('simple', {strong}))
                    """),
                TextPart.NotTitle => db.Database.SqlQuery<int>($"""
                    SELECT "Id" AS "Value" FROM "Items" WHERE "SearchVector" @@ to_tsquery('simple', {any}) AND NOT ("TitleVector" @@ to_tsquery('simple', {any}))
                    """),
                _ => db.Database.SqlQuery<int>($"""
                    SELECT "Id" AS "Value" FROM "Items" WHERE "SearchVector" @@ to_tsquery('simple', {any})
                    """),
            };
        }
        var all = ItemSearchText.Fts5Match(groups, titleOnly: false);
        var title = ItemSearchText.Fts5Match(groups, titleOnly: true);
        var titleWhole = ItemSearchText.Fts5Match(whole, titleOnly: true);
        var match = part switch
        {
            TextPart.Title => titleWhole,
            TextPart.TitleFirstPart => $"({title}) NOT {titleWhole}",
            TextPart.NotTitle => $"({all}) NOT {title}",
            _ => all,
        };
        return db.Database.SqlQuery<int>($"""SELECT rowid AS "Value" FROM "ItemSearch" WHERE "ItemSearch" MATCH {match}""");
    }

    /// <summary>
    /// The items matching every filter, not yet ordered or paged; null when the text cannot match anything. Saved
    /// searches use this to find what is new.
    /// </summary>
    public async Task<IQueryable<ItemMatch>?> MatchesAsync(ItemQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await MatchesAsync(query, await cache.GetAsync(db, ct), ct);
    }

    private async Task<IQueryable<ItemMatch>?> MatchesAsync(ItemQuery query, DirectorySnapshot snapshot, CancellationToken ct)
    {
        var items = Filter(query, snapshot);
        if (!query.HasText) return items.Select(i => new ItemMatch { Item = i, TitleHit = 0 });
        var groups = await QueryExpansion.ExpandAsync(db, query.Text, ct);
        if (groups.Count == 0) return items.Select(i => new ItemMatch { Item = i, TitleHit = 0 }); // no words, only signs
        if (groups.Any(g => g.Count == 0)) return null; // a word nothing in the index has: every word must match
        return items.Join(TextHits(groups), i => i.Id, h => h.Id, (i, h) => new ItemMatch { Item = i, TitleHit = h.TitleHit });
    }

    /// <summary>Every filter but the text.</summary>
    private IQueryable<Item> Filter(ItemQuery query, DirectorySnapshot snapshot)
    {
        // EXISTS rather than a join: the planner then walks the items' own indexes (newest first) and stops at the page,
        // instead of starting from the initiatives and sorting every item.
        var items = db.Items.AsNoTracking().Where(i => i.Status == ItemStatus.Available && i.Available > 0
            && db.Initiatives.Public().Any(x => x.Id == i.InitiativeId));

        if (query.Categories.Count > 0)
        {
            var categories = query.Categories.ToList();
            items = items.Where(i => categories.Contains(i.Category));
        }
        if (query.Free) items = items.Where(i => i.PriceNok == 0);
        else if (query.MaxPrice is { } max) items = items.Where(i => i.PriceNok <= max);
        if (query.Size is { Length: > 0 } size)
        {
            var lower = size.ToLowerInvariant();
#pragma warning disable CA1862 // translated to SQL lower(): a comparison type would not translate
            items = items.Where(i => i.Size != null && i.Size.ToLower() == lower);
#pragma warning restore CA1862
        }
        if (query.Initiative is { } slug) items = items.Where(i => i.Initiative!.Slug == slug);
        if (query.Open != OpenWhen.Any)
        {
            var open = snapshot.OpenMatches(query.Open, query.At, clock.Now, clock.Zone);
            var ids = snapshot.Entries.Where((_, n) => open[n]).Select(e => e.Initiative.Id).ToList();
            items = items.Where(i => ids.Contains(i.InitiativeId));
        }
        if (query.Near is { } near)
        {
            // A box first (served by the coordinate index), then the exact circle (FlatEarth: plain arithmetic both databases compute).
            items = items.Where(new FlatEarth(near).Within<Item>(i => i.Latitude, i => i.Longitude, query.RadiusKm));
        }

        return items;
    }

    /// <summary>
    /// The full-text part: ids of items whose terms contain every word, and how the title does (<see cref="ItemMatch.TitleHit"/>):
    /// 2 by whole words and heads, 1 only with a compound's first part, 0 not at all.
    /// </summary>
    private IQueryable<TextHit> TextHits(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        var whole = ItemSearchText.WithoutFirstParts(groups);
        if (db.Database.IsNpgsql())
        {
            var tsquery = ItemSearchText.TsQuery(groups);
            var strong = ItemSearchText.TsQuery(whole);
            return db.Database.SqlQuery<TextHit>($"""
                SELECT "Id", CASE WHEN "TitleVector" @@ to_tsquery('simple', {strong}) THEN 2
                                  WHEN "TitleVector" @@ to_tsquery('simple', {tsquery}) THEN 1 ELSE 0 END AS "TitleHit"
                FROM "Items" WHERE "SearchVector" @@ to_tsquery('simple', {tsquery})
                """);
        }
        var all = ItemSearchText.Fts5Match(groups, titleOnly: false);
        var title = ItemSearchText.Fts5Match(groups, titleOnly: true);
        var titleWhole = ItemSearchText.Fts5Match(whole, titleOnly: true);
        return db.Database.SqlQuery<TextHit>($"""
            SELECT rowid AS "Id",
                   CASE WHEN rowid IN (SELECT rowid FROM "ItemSearch" WHERE "ItemSearch" MATCH {titleWhole}) THEN 2
                        WHEN rowid IN (SELECT rowid FROM "ItemSearch" WHERE "ItemSearch" MATCH {title}) THEN 1 ELSE 0 END AS "TitleHit"
            FROM "ItemSearch" WHERE "ItemSearch" MATCH {all}
            """);
    }

    /// <summary>Relevance: by how the title matches (<see cref="ItemMatch.TitleHit"/>), then the most recently listed (highest id).</summary>
    private static IQueryable<ItemMatch> Order(IQueryable<ItemMatch> matches, ItemQuery query)
    {
        switch (query.EffectiveSort)
        {
            case ItemSort.Relevance:
                return matches.OrderByDescending(m => m.TitleHit).ThenByDescending(m => m.Item.Id);
            case ItemSort.Distance when query.Near is { } near:
                return matches.OrderBy(new FlatEarth(near).SquaredKm<ItemMatch>(m => m.Item.Latitude, m => m.Item.Longitude))
                    .ThenByDescending(m => m.Item.CreatedAt).ThenByDescending(m => m.Item.Id);
            default:
                return matches.OrderByDescending(m => m.Item.CreatedAt).ThenByDescending(m => m.Item.Id);
        }
    }

    /// <summary>The same flat-earth distance the filter uses; at municipal scale it is within metres of the great circle.</summary>
    public static double DistanceKm(GeoPoint from, double latitude, double longitude) => new FlatEarth(from).DistanceKm(latitude, longitude);

    /// <summary>The item's place: its own location, else the initiative's first.</summary>
    public static InitiativeLocation? PlaceOf(Initiative initiative, int? locationId)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        return (locationId is { } id ? initiative.Locations.FirstOrDefault(l => l.Id == id) : null) ?? initiative.Locations.FirstOrDefault();
    }

    /// <summary>The snapshot's entries by initiative id, built once per snapshot.</summary>
    public static Dictionary<int, DirectoryEntry> EntriesById(DirectorySnapshot snapshot) =>
        ById.GetValue(snapshot, s => s.Entries.ToDictionary(e => e.Initiative.Id));
}
