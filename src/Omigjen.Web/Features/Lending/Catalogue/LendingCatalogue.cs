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

/// <summary>One type found by the lending search, with what the list shows.</summary>
/// <param name="FreeUnits">
/// Units of the wanted size (or of any size) free for the whole period; without a period, the units that can be booked
/// (not in maintenance).
/// </param>
/// <param name="TotalUnits">Units of the wanted size (or of any size) that are not retired.</param>
/// <param name="Labels">The sizes free for the period (without a period: the sizes that can be booked), in natural order.</param>
public sealed record LendingHit(
    int Id, string Name, GoodsCategory Category, LendingPriceKind PriceKind, int PriceNok, int? DepositNok, string? PhotoKey,
    string? PhotoAlt, DirectoryEntry Entry, double? DistanceKm, int FreeUnits, int TotalUnits, IReadOnlyList<string> Labels);

/// <summary>A page of the lending search; <see cref="Period"/> is the local days searched (both included), if any.</summary>
public sealed record LendingSearchResult(int Total, int Page, int PageSize, IReadOnlyList<LendingHit> Hits, (DateOnly From, DateOnly To)? Period)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>An open interval of a local day, as times of day; <see cref="To"/> is 24:00 when it runs to midnight.</summary>
public readonly record struct DaySlot(TimeSpan From, TimeSpan To)
{
    /// <summary>"10:00–18:00" (API and English) or "10.00–18.00" (bokmål).</summary>
    public string Text(bool norwegian = false) => Clock(From, norwegian) + "–" + Clock(To, norwegian);

    public static string Clock(TimeSpan t, bool norwegian = false) => TimeText.Clock(t, english: !norwegian);
}

/// <summary>
/// One local day of a type's availability: units free all day (no active booking touches the day), units of the size
/// not retired, and whether pickup and return can happen that day: the open slots, or why not.
/// </summary>
/// <param name="Open">The place has pickup slots left that day (or its hours are not known).</param>
/// <param name="HoursKnown">False when neither the type nor the initiative has hours: then every day counts as open.</param>
/// <param name="TooSoon">The place is open that day, but every slot ends before the booking's lead time from now.</param>
/// <param name="ClosedNb">Why the place is closed ("Stengt 25. desember (Første juledag)."); null when open.</param>
public sealed record AvailabilityDay(DateOnly Date, int Free, int Total, bool Open, bool HoursKnown, bool TooSoon,
                                     IReadOnlyList<DaySlot> Slots, string? ClosedNb, string? ClosedEn)
{
    public bool Bookable => Open && Free > 0;
}

/// <summary>A type's availability per local day from <see cref="From"/>, for one size (<see cref="LabelKey"/>) or all.</summary>
public sealed record LendingAvailability(LendingType Type, LendingPlace Place, string? LabelKey, DateOnly From, IReadOnlyList<AvailabilityDay> Days);

/// <summary>One size of a type: its label, how many units are not retired and how many of those can be booked.</summary>
public sealed record LendingSize(string Label, string LabelKey, int Units, int Available);

/// <summary>A type as its page and the API show it: with its initiative, its hours and its units (retired ones left out).</summary>
public sealed record LendingTypeDetails(LendingType Type, DirectoryEntry? Entry, LendingPlace Place, IReadOnlyList<LendingUnit> Units)
{
    /// <summary>The sizes in natural order ("120 cm" before "1000 cm", "Nr. 2" before "Nr. 10").</summary>
    public IReadOnlyList<LendingSize> Sizes { get; } = Units
        .GroupBy(u => u.LabelKey, StringComparer.Ordinal)
        .Select(g => new LendingSize(g.OrderBy(u => u.Id).First().Label, g.Key, g.Count(), g.Count(u => u.State == LendingUnitState.Available)))
        .OrderBy(s => s.Label, LabelComparer.Instance).ToList();

    public InitiativeLocation? Location => Entry?.Initiative.Locations.FirstOrDefault();
}

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

        foreach (var pattern in TextPatterns(query.Text))
            types = types.Where(t => EF.Functions.Like(t.SearchTerms, pattern, LikeEscape));

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
            // A box first (the coordinate index), then the circle with plain arithmetic (SQLite has no trigonometry).
            var (lat, lon) = (near.Latitude, near.Longitude);
            var cos = Math.Max(Math.Cos(lat * Math.PI / 180), 0.01);
            var dLat = query.RadiusKm / ItemSearch.KmPerDegree;
            var dLon = query.RadiusKm / (ItemSearch.KmPerDegree * cos);
            var (minLat, maxLat, minLon, maxLon) = (lat - dLat, lat + dLat, lon - dLon, lon + dLon);
            var ky = ItemSearch.KmPerDegree * ItemSearch.KmPerDegree;
            var kx = ky * cos * cos;
            var r2 = query.RadiusKm * query.RadiusKm;
            types = types.Where(t => t.Latitude >= minLat && t.Latitude <= maxLat && t.Longitude >= minLon && t.Longitude <= maxLon)
                .Where(t => (t.Latitude - lat) * (t.Latitude - lat) * ky + (t.Longitude - lon) * (t.Longitude - lon) * kx <= r2);
        }
        return types;
    }

    private const string LikeEscape = "\\";

    /// <summary>
    /// One LIKE pattern per query word, all of which must match the type's terms: a stem that can head compounds
    /// matches a term ending in it ("ski" finds "langrennski", not "skiftenøkkel"); a short one or a number only a
    /// whole term ("28" does not find "128").
    /// </summary>
    public static IReadOnlyList<string> TextPatterns(string? text) =>
        NorwegianAnalyzer.QueryStems(text)
            .Select(stem => NorwegianAnalyzer.CanHeadCompounds(stem) && stem.All(char.IsLetter)
                ? "%" + EscapeLike(stem) + " %"
                : "% " + EscapeLike(stem) + " %")
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

    /// <summary>A day's open intervals (or why it is closed) under one set of hours.</summary>
    private sealed record DayHours(IReadOnlyList<OpeningInterval> Intervals, string? ClosedNb, string? ClosedEn);

    /// <summary>
    /// The day's hours, remembered per hours text, place and date: they do not depend on the bookings, and evaluating the
    /// opening hours for 56 days costs more than the two queries. Bounded; cleared when full.
    /// </summary>
    private static readonly ConcurrentDictionary<(string Hours, string Zone, double? Lat, double? Lon, DateOnly Date), DayHours> HoursMemo = new();

    private static readonly string[] SunWords = ["sunrise", "sunset", "dawn", "dusk"];

    private static DayHours HoursOn(DateOnly date, OpeningHoursSchedule schedule, LendingPlace place, string? hoursText)
    {
        DayHours Compute()
        {
            var intervals = BookingRules.PickupSlots(date, schedule, place.Context);
            if (intervals.Count > 0) return new(intervals, null, null);
            var (nb, en) = BookingRules.ClosedReason(date, schedule, place.Context);
            return new([], nb, en);
        }
        if (hoursText is null) return Compute();
        if (HoursMemo.Count > 100_000) HoursMemo.Clear();
        var c = place.Context;
        // The place's coordinates matter only to sunrise and sunset rules; without them places with the same hours share entries.
        var sun = SunWords.Any(w => hoursText.Contains(w, StringComparison.OrdinalIgnoreCase));
        return HoursMemo.GetOrAdd((hoursText, c.TimeZoneId, sun ? c.Latitude : null, sun ? c.Longitude : null, date), _ => Compute());
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

        var (intervals, closedNb, closedEn) = HoursOn(date, schedule, place, hoursText);
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

/// <summary>Display texts for lending in bokmål and English.</summary>
public static class LendingLabels
{
    private static readonly CultureInfo Nb = CultureInfo.GetCultureInfo("nb-NO");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"Gratis", "150 kr per dag", "400 kr per uke".</summary>
    public static string Price(LendingPriceKind kind, int priceNok) => Price(kind, priceNok, L.IsEnglish);

    public static string Price(LendingPriceKind kind, int priceNok, bool english)
    {
        if (kind == LendingPriceKind.Free || priceNok == 0) return english ? "Free" : "Gratis";
        var amount = english ? $"NOK {priceNok.ToString("N0", En)}" : $"{priceNok.ToString("N0", Nb)} kr";
        return kind == LendingPriceKind.PerDay
            ? english ? amount + " per day" : amount + " per dag"
            : english ? amount + " per week" : amount + " per uke";
    }

    /// <summary>"500 kr" / "NOK 500"; null when there is no deposit.</summary>
    public static string? Deposit(int? depositNok, bool english) =>
        depositNok is > 0 and { } d ? english ? $"NOK {d.ToString("N0", En)}" : $"{d.ToString("N0", Nb)} kr" : null;

    /// <summary>"3 ledige" / "3 free".</summary>
    public static string Free(int count) => count == 1 ? L.T("1 ledig", "1 free") : L.T($"{count} ledige", $"{count} free");

    /// <summary>"5.–6. desember" / "5–6 December" for a period of local days (both included); one day alone when equal.</summary>
    public static string Period(DateOnly from, DateOnly to)
    {
        if (from == to) return L.T(from.ToString("d. MMMM", Nb), from.ToString("d MMMM", En));
        if (from.Month == to.Month && from.Year == to.Year)
            return L.T($"{from.Day}.–{to.ToString("d. MMMM", Nb)}", $"{from.Day}–{to.ToString("d MMMM", En)}");
        return L.T($"{from.ToString("d. MMMM", Nb)}–{to.ToString("d. MMMM", Nb)}", $"{from.ToString("d MMMM", En)}–{to.ToString("d MMMM", En)}");
    }

    public static string Of(LendingUnitState state) => BookingLabels.UnitState(state);
}

/// <summary>Sizes in natural order: by the leading number when both have one ("30" before "120 cm"), then as text.</summary>
public sealed class LabelComparer : IComparer<string>
{
    public static readonly LabelComparer Instance = new();

    private static readonly StringComparer Text = StringComparer.Create(CultureInfo.GetCultureInfo("nb-NO"), true);

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var (nx, ny) = (Number(x), Number(y));
        if (nx is { } a && ny is { } b && a != b) return a.CompareTo(b);
        return Text.Compare(x, y);
    }

    /// <summary>The first run of digits in the label ("Nr. 12" → 12), if any.</summary>
    private static decimal? Number(string label)
    {
        var start = -1;
        for (var i = 0; i < label.Length; i++)
        {
            if (char.IsAsciiDigit(label[i])) { start = i; break; }
        }
        if (start < 0) return null;
        var end = start;
        while (end < label.Length && (char.IsAsciiDigit(label[end]) || (label[end] is '.' or ',' && end + 1 < label.Length && char.IsAsciiDigit(label[end + 1])))) end++;
        return decimal.TryParse(label.AsSpan(start, end - start).ToString().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
