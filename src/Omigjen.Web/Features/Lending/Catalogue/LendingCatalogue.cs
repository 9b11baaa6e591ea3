using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Omigjen.OpeningHours;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Items.Search;
using Omigjen.Web.Features.Lending.Bookings;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending.Catalogue;

/// <summary>
/// The public side of lending: the search ("ski, 150 cm, free next weekend, near me"), a type's details and its
/// availability day by day. Read-only; every change goes through the booking, waiting-list and desk services. Public are types that
/// are not archived, of approved initiatives that are not closed down (the search also leaves out temporarily closed
/// ones), with at least one unit that is not retired.
/// </summary>
public sealed class LendingCatalogue(AppDbContext db, DirectoryCache directory, MunicipalClock clock)
{
    /// <summary>How many days the availability covers by default (and at most): the booking horizon, eight weeks.</summary>
    public const int AvailabilityDays = Availability.HorizonDays;

    /// <summary>The public types matching every filter, counted and paged; nearest first with a point, else by name.</summary>
    public async Task<LendingSearchResult> SearchAsync(LendingQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var period = query.PeriodOn(clock.Today);
        var window = period is { } p ? (Start: StartOf(p.From), End: StartOf(p.To.AddDays(1))) : ((DateTime Start, DateTime End)?)null;
        var sizeKey = query.SizeKey;

        // The matches are few (a municipality lends out hundreds or a few thousand types), so they are fetched in one query and
        // counted, ordered and paged here: counting and paging in the database would run the availability test twice.
        var matches = await Filter(query, sizeKey, window)
            .Select(t => new TypeRow(t.Id, t.Name, t.Category, t.PriceKind, t.PriceNok, t.DepositNok, t.PhotoKey, t.PhotoAlt, t.InitiativeId,
                                     t.Latitude, t.Longitude))
            .ToListAsync(ct);
        var total = matches.Count;
        var pageCount = Math.Max(1, (total + query.PageSize - 1) / query.PageSize);
        var page = Math.Clamp(query.Page, 1, pageCount);
        if (total == 0) return new(0, page, query.PageSize, [], period);

        IEnumerable<TypeRow> ordered = query.Near is { } near
            ? matches.OrderBy(r => ItemSearch.DistanceKm(near, r.Latitude, r.Longitude)).ThenBy(r => r.Id)
            : matches.OrderBy(r => r.Name, NameOrder).ThenBy(r => r.Id);
        var rows = ordered.Skip((page - 1) * query.PageSize).Take(query.PageSize).ToList();

        // The units of the page's types, and which of them are taken in the period: two small queries for the whole page.
        var ids = rows.Select(r => r.Id).ToList();
        var units = await db.LendingUnits.AsNoTracking().Where(u => ids.Contains(u.TypeId) && u.State != LendingUnitState.Retired)
            .Select(u => new { u.Id, u.TypeId, u.Label, u.LabelKey, u.State }).ToListAsync(ct);
        var taken = new HashSet<int>();
        if (window is { } w)
        {
            var (start, end) = w;
            taken.UnionWith(await db.Bookings.AsNoTracking()
                .Where(b => ids.Contains(b.TypeId)
                    && BookingStatuses.Active.Contains(b.Status)
                    && b.PickupAt < end && start < b.ReturnBy)
                .Select(b => b.UnitId).Distinct().ToListAsync(ct));
        }

        var entries = ItemSearch.EntriesById(await directory.GetAsync(db, ct));
        var byType = units.ToLookup(u => u.TypeId);
        var hits = new List<LendingHit>(rows.Count);
        foreach (var r in rows)
        {
            // An initiative changed since the snapshot was taken: the next request will know it.
            if (!entries.TryGetValue(r.InitiativeId, out var entry)) continue;
            var own = byType[r.Id].ToList();
            var free = own.Where(u => u.State == LendingUnitState.Available && !taken.Contains(u.Id)).ToList();
            var wanted = sizeKey is null ? own : own.Where(u => LendingUnit.SizeMatches(u.LabelKey, sizeKey)).ToList();
            var freeWanted = sizeKey is null ? free : free.Where(u => LendingUnit.SizeMatches(u.LabelKey, sizeKey)).ToList();
            var labels = free.GroupBy(u => u.LabelKey, StringComparer.Ordinal).Select(g => g.First().Label)
                .Order(LabelComparer.Instance).ToList();
            double? distance = query.Near is { } n ? ItemSearch.DistanceKm(n, r.Latitude, r.Longitude) : null;
            hits.Add(new LendingHit(r.Id, r.Name, r.Category, r.PriceKind, r.PriceNok, r.DepositNok, r.PhotoKey, r.PhotoAlt, entry, distance,
                freeWanted.Count, wanted.Count, labels));
        }
        return new(total, page, query.PageSize, hits, period);
    }

    private sealed record TypeRow(int Id, string Name, GoodsCategory Category, LendingPriceKind PriceKind, int PriceNok, int? DepositNok,
                                  string? PhotoKey, string? PhotoAlt, int InitiativeId, double Latitude, double Longitude);

    /// <summary>Every filter as one query, the same SQL on both databases.</summary>
    private IQueryable<LendingType> Filter(LendingQuery query, string? sizeKey, (DateTime Start, DateTime End)? window)
    {
        var types = db.LendingTypes.AsNoTracking().Bookable().Where(t =>
            db.LendingUnits.Any(u => u.TypeId == t.Id && u.State != LendingUnitState.Retired));

        foreach (var (word, firstPart) in TextPatterns(query.Text))
            types = types.Where(t => EF.Functions.Like(t.SearchTerms, word, LikeEscape) || EF.Functions.Like(t.SearchTerms, firstPart, LikeEscape));

        if (query.Categories.Count > 0)
        {
            var categories = query.Categories.ToList();
            types = types.Where(t => categories.Contains(t.Category));
        }
        if (query.Initiative is { } slug)
            types = types.Where(t => db.Initiatives.Any(i => i.Id == t.InitiativeId && i.Slug == slug));

        // A bare number also finds the number with a unit (LendingUnit.SizeMatches), in SQL: "130" → "130cm", not "1300cm".
        var number = sizeKey is not null && LendingUnit.IsBareNumber(sizeKey) ? sizeKey : null;
        var numberLength = number?.Length ?? 0;

        if (window is { } w)
        {
            // A unit of the size that can be booked and that no active booking holds at any instant of the period.
            var (start, end) = w;
            types = types.Where(t => db.LendingUnits.Any(u => u.TypeId == t.Id && u.State == LendingUnitState.Available
                && (sizeKey == null || u.LabelKey == sizeKey
                    || (number != null && u.LabelKey.StartsWith(number) && u.LabelKey.Length > numberLength
                        && !LendingUnit.NumberCharacters.Contains(u.LabelKey.Substring(numberLength, 1))))
                && !db.Bookings.Any(b => b.UnitId == u.Id
                    && BookingStatuses.Active.Contains(b.Status)
                    && b.PickupAt < end && start < b.ReturnBy)));
        }
        else if (sizeKey is not null)
        {
            types = types.Where(t => db.LendingUnits.Any(u => u.TypeId == t.Id && u.State != LendingUnitState.Retired
                && (u.LabelKey == sizeKey
                    || (number != null && u.LabelKey.StartsWith(number) && u.LabelKey.Length > numberLength
                        && !LendingUnit.NumberCharacters.Contains(u.LabelKey.Substring(numberLength, 1))))));
        }

        if (query.Near is { } near)
        {
            // A box first (the coordinate index), then the circle (FlatEarth: plain arithmetic both databases compute).
            types = types.Where(new FlatEarth(near).Within<LendingType>(t => t.Latitude, t => t.Longitude, query.RadiusKm));
        }
        return types;
    }

    private const string LikeEscape = "\\";

    /// <summary>
    /// Two LIKE patterns per query word, one of which must match the type's terms for every word: a stem that can head
    /// compounds matches a term ending in it ("ski" finds "langrennski", not "skiftenøkkel"), a short one or a number
    /// only a whole term ("28" does not find "128"); and the stem as a compound's first part ("telt" finds "teltplugger",
    /// indexed as "telt0", see <see cref="NorwegianAnalyzer.FirstPart"/>).
    /// </summary>
    public static IReadOnlyList<(string Word, string FirstPart)> TextPatterns(string? text) =>
        NorwegianAnalyzer.QueryStems(text)
            .Select(stem => (NorwegianAnalyzer.CanHeadCompounds(stem) && stem.All(char.IsLetter)
                ? "%" + EscapeLike(stem) + " %"
                : "% " + EscapeLike(stem) + " %",
                "% " + EscapeLike(NorwegianAnalyzer.FirstPart(stem)) + " %"))
            .ToList();

    private static string EscapeLike(string s) =>
        s.Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
         .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
         .Replace("_", LikeEscape + "_", StringComparison.Ordinal);

    /// <summary>A public type with its initiative, its hours and its units that are not retired; null when not public.</summary>
    public async Task<LendingTypeDetails?> DetailsAsync(int typeId, CancellationToken ct = default)
    {
        var type = await FindPublicAsync(typeId, ct);
        if (type is null) return null;
        var units = await db.LendingUnits.AsNoTracking().Where(u => u.TypeId == typeId && u.State != LendingUnitState.Retired)
            .OrderBy(u => u.Id).ToListAsync(ct);
        if (units.Count == 0) return null;
        var place = await LendingPlace.ForAsync(db, directory, clock, type.Initiative!.Slug, type.StaffedHours, ct);
        return new(type, place.Entry, place, units.OrderBy(u => u.Label, LabelComparer.Instance).ThenBy(u => u.Id).ToList());
    }

    /// <summary>A type that is not archived, of an approved initiative that is not closed down, with its initiative loaded.</summary>
    public Task<LendingType?> FindPublicAsync(int typeId, CancellationToken ct = default) =>
        db.LendingTypes.AsNoTracking().Include(t => t.Initiative).Public().FirstOrDefaultAsync(t => t.Id == typeId, ct);

    /// <summary>
    /// The availability of a public type per local day from <paramref name="from"/> for <paramref name="days"/> days,
    /// for one size (<paramref name="labelKey"/>, as <see cref="LendingUnit.KeyOf"/> gives it) or all; null when the
    /// type is not public.
    /// </summary>
    public async Task<LendingAvailability?> AvailabilityAsync(int typeId, string? labelKey, DateOnly from, int days = AvailabilityDays,
                                                             CancellationToken ct = default)
    {
        var type = await FindPublicAsync(typeId, ct);
        if (type is null) return null;
        var place = await LendingPlace.ForAsync(db, directory, clock, type.Initiative!.Slug, type.StaffedHours, ct);
        return await AvailabilityAsync(type, place, labelKey, from, days, ct);
    }

    /// <summary>As <see cref="AvailabilityAsync(int, string?, DateOnly, int, CancellationToken)"/>, for a type already loaded.</summary>
    public async Task<LendingAvailability> AvailabilityAsync(LendingType type, LendingPlace place, string? labelKey, DateOnly from,
                                                            int days = AvailabilityDays, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(place);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, AvailabilityDays);
        var typeId = type.Id;
        var start = StartOf(from);
        var end = StartOf(from.AddDays(days));

        // One query for the units and one for the bookings that touch the days; the rest is counted here.
        var units = await db.LendingUnits.AsNoTracking()
            .Where(u => u.TypeId == typeId && u.State != LendingUnitState.Retired && (labelKey == null || u.LabelKey == labelKey))
            .Select(u => new { u.Id, u.State }).ToListAsync(ct);
        var bookings = await db.Bookings.AsNoTracking()
            .Where(b => b.TypeId == typeId
                && BookingStatuses.Active.Contains(b.Status)
                && b.PickupAt < end && start < b.ReturnBy)
            .Select(b => new { b.UnitId, b.PickupAt, b.ReturnBy }).ToListAsync(ct);

        var byUnit = bookings.ToLookup(b => b.UnitId);
        var bookable = units.Where(u => u.State == LendingUnitState.Available).Select(u => byUnit[u.Id].ToList()).ToList();
        var cutoff = clock.Now.AddHours(type.LeadTimeHours);
        var hoursText = place.FromStaffedHours ? type.StaffedHours : place.Entry?.EffectiveHours;
        var result = new List<AvailabilityDay>(days);
        var dayStart = start;
        for (var d = 0; d < days; d++)
        {
            var date = from.AddDays(d);
            var dayEnd = StartOf(date.AddDays(1));
            var free = 0;
            foreach (var taken in bookable)
            {
                var busy = false;
                foreach (var b in taken)
                {
                    if (b.PickupAt < dayEnd && dayStart < b.ReturnBy) { busy = true; break; }
                }
                if (!busy) free++;
            }
            result.Add(Day(date, dayStart, dayEnd, free, units.Count, place, hoursText, cutoff));
            dayStart = dayEnd;
        }
        return new(type, place, labelKey, from, result);
    }

    private AvailabilityDay Day(DateOnly date, DateTime dayStart, DateTime dayEnd, int free, int total, LendingPlace place, string? hoursText,
                                DateTimeOffset cutoff)
    {
        if (place.Entry?.Initiative is { Status: InitiativeStatus.TemporarilyClosed } closed && (closed.ClosedUntil is null || date <= closed.ClosedUntil))
        {
            var (untilNb, untilEn) = closed.ClosedUntil is { } u
                ? (" til og med " + u.ToString("d. MMMM", Nb), " until " + u.ToString("d MMMM", En))
                : ("", "");
            return new(date, free, total, false, place.Schedule is not null, false, [],
                $"Midlertidig stengt{untilNb}.", $"Temporarily closed{untilEn}.");
        }
        if (place.Schedule is not { } schedule)
            return new(date, free, total, true, false, false, [], null, null);

        var (intervals, closedNb, closedEn) = DayHours.On(date, schedule, place, hoursText);
        if (intervals.Count == 0) return new(date, free, total, false, true, false, [], closedNb, closedEn);
        var start = new DateTimeOffset(dayStart, TimeSpan.Zero);
        var end = new DateTimeOffset(dayEnd, TimeSpan.Zero);
        var slots = new List<DaySlot>(intervals.Count);
        foreach (var i in intervals)
        {
            if (i.To <= cutoff) continue;
            var from = i.From <= start ? TimeSpan.Zero : clock.ToLocal(i.From).TimeOfDay;
            var to = i.To >= end ? TimeSpan.FromHours(24) : clock.ToLocal(i.To).TimeOfDay;
            slots.Add(new DaySlot(from, to));
        }
        return slots.Count == 0
            ? new(date, free, total, false, true, true, [], "For sent å bestille til denne dagen.", "Too late to book for this day.")
            : new(date, free, total, true, true, false, slots, null, null);
    }

    /// <summary>Local midnight at the start of <paramref name="date"/>, as a UTC instant.</summary>
    public DateTime StartOf(DateOnly date) => TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue), clock.Zone);

    private static readonly CultureInfo Nb = CultureInfo.GetCultureInfo("nb-NO");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Names in Norwegian order (æ, ø, å last), ignoring case, the same on both databases.</summary>
    private static readonly StringComparer NameOrder = StringComparer.Create(Nb, true);
}
