using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Activities.WhatsOn;

/// <summary>What "Hva skjer" and the API are asked: a week, for children, free, a kind, near a place, a page.</summary>
public sealed record WhatsOnQuery(string? When, bool Children, bool Free, ActivityKind? Kind, GeoPoint? Near, string? NearName, double RadiusKm, int Page, int PageSize)
{
    public const string ThisWeek = "denne-uken";
    public const string NextWeek = "neste-uke";

    /// <summary>Reads the query string (the page's Norwegian names and the API's English ones); bad values add errors.</summary>
    public static WhatsOnQuery Parse(IQueryCollection q, List<QueryError> errors)
    {
        ArgumentNullException.ThrowIfNull(q);
        string? One(params string[] keys) => keys.Select(k => q[k].ToString().Trim()).FirstOrDefault(v => v.Length > 0);
        var when = One("uke", "when") switch
        {
            null => null,
            ThisWeek or "this-week" => ThisWeek,
            NextWeek or "next-week" => NextWeek,
            var other => QueryValues.Error<string?>(errors, "when", $"«{other}»: bruk this-week eller next-week", $"“{other}”: use this-week or next-week", null),
        };
        ActivityKind? kind = null;
        if (One("type", "kind") is { } k)
        {
            if (ActivityText.TryKind(k, out var parsed)) kind = parsed;
            else errors.Add(new("kind", "ukjent type", "unknown kind"));
        }
        var (near, name) = QueryValues.Near(One("naer", "near"), errors);
        var children = QueryValues.Flag(One("barn", "children"), "children", errors);
        var free = QueryValues.Flag(One("gratis", "free"), "free", errors);
        var radius = QueryValues.WholeNumber(One("radius_km"), "radius_km", 10, 1, 100, errors);
        var page = QueryValues.WholeNumber(One("side", "page"), "page", 1, 1, 10_000, errors);
        var size = QueryValues.WholeNumber(One("page_size"), "page_size", Paging.DefaultPageSize, 1, 100, errors);
        return new(when, children, free, kind, near, name, radius, page, size);
    }
}

public sealed record WhatsOnHit(ActivityOccasion Occasion, string Title, string InitiativeName, string InitiativeSlug, string Place, double? DistanceKm);

public sealed record WhatsOnResult(List<WhatsOnHit> Hits, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>The coming occasions of public initiatives matching a <see cref="WhatsOnQuery"/>, soonest first (nearest first with a place).</summary>
public sealed class WhatsOnSearch(AppDbContext db, MunicipalClock clock)
{
    /// <summary>One occasion of a public initiative, past or coming, or null.</summary>
    public async Task<WhatsOnHit?> OneAsync(long id, CancellationToken ct = default)
    {
        var o = await db.ActivityOccasions.AsNoTracking().Include(x => x.Series)
            .OfPublicInitiatives(db).Where(x => x.Id == id).FirstOrDefaultAsync(ct);
        if (o is null) return null;
        var i = await db.Initiatives.AsNoTracking().Where(x => x.Id == o.InitiativeId).Select(x => new { x.Name, x.Slug }).FirstAsync(ct);
        var places = await ActivityPlaces.ForInitiativesAsync(db, [o.InitiativeId], clock.Today, ct);
        return new(o, o.Series!.Title, i.Name, i.Slug, o.Series.Address ?? places.GetValueOrDefault(o.InitiativeId, ""), null);
    }

    public async Task<WhatsOnResult> SearchAsync(WhatsOnQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var now = clock.Now.UtcDateTime;
        var q = db.ActivityOccasions.AsNoTracking().OfPublicInitiatives(db).Where(o => o.EndUtc > now);
        var earliest = now - ActivityOccasion.LongestSpan;
        if (query.When is { } when)
        {
            var today = clock.Today;
            var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
            if (when == WhatsOnQuery.NextWeek) monday = monday.AddDays(7);
            var from = Occasions.LocalTimes.ToUtc(monday.ToDateTime(TimeOnly.MinValue), clock.Zone);
            var to = Occasions.LocalTimes.ToUtc(monday.AddDays(7).ToDateTime(TimeOnly.MinValue), clock.Zone);
            q = q.Where(o => o.StartUtc < to && o.EndUtc > from);
            if (from - ActivityOccasion.LongestSpan > earliest) earliest = from - ActivityOccasion.LongestSpan;
        }
        q = q.Where(o => o.StartUtc > earliest);
        if (query.Children) q = q.Where(o => o.Kind == ActivityKind.Children || (o.AgeTo != null && o.AgeTo <= 15));
        if (query.Free) q = q.Where(o => o.IsFree);
        if (query.Kind is { } kind) q = q.Where(o => o.Kind == kind);
        IOrderedQueryable<ActivityOccasion> ordered;
        if (query.Near is { } point)
        {
            // Within the radius (a box for the index, then the circle), soonest first and then nearest, counted and paged
            // in the database, so only one page of rows is read.
            var flat = new FlatEarth(point);
            q = q.Where(flat.Within<ActivityOccasion>(o => o.Latitude, o => o.Longitude, query.RadiusKm));
            ordered = q.OrderBy(o => o.StartUtc).ThenBy(flat.SquaredKm<ActivityOccasion>(o => o.Latitude, o => o.Longitude));
        }
        else
        {
            ordered = q.OrderBy(o => o.StartUtc);
        }
        var total = await q.CountAsync(ct);
        // The page's ids first, which the time index covers; then their rows. Asked for whole rows at once, SQLite picks the
        // coordinate index and sorts nearly every occasion in the box (12 ms against 0.2 ms at the benchmark's size).
        var ids = await ordered.ThenBy(o => o.Id).Select(o => o.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(ct);
        var rows = await db.ActivityOccasions.AsNoTracking().Include(o => o.Series).Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var page = ids.Select(id => rows[id]).ToList();
        var distances = query.Near is { } origin
            ? page.ToDictionary(o => o.Id, o => Geo.DistanceKm(origin, new GeoPoint(o.Latitude, o.Longitude)))
            : null;
        var initiativeIds = page.Select(o => o.InitiativeId).Distinct().ToList();
        var initiatives = await db.Initiatives.AsNoTracking().Where(i => initiativeIds.Contains(i.Id)).Select(i => new { i.Id, i.Name, i.Slug }).ToDictionaryAsync(i => i.Id, ct);
        var places = await ActivityPlaces.ForInitiativesAsync(db, initiativeIds, clock.Today, ct);
        var hits = page.Select(o => new WhatsOnHit(o, o.Series!.Title, initiatives[o.InitiativeId].Name, initiatives[o.InitiativeId].Slug,
            o.Series.Address ?? places.GetValueOrDefault(o.InitiativeId, ""), distances?.GetValueOrDefault(o.Id))).ToList();
        return new(hits, total, query.Page, query.PageSize);
    }
}
