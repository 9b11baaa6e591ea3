using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Engagement;
using Omigjen.Web.Infrastructure;
using static Omigjen.Web.Infrastructure.LocalTime;

namespace Omigjen.Web.Features.Lending.Statistics;

/// <summary>One ISO week (Monday to Sunday, local dates) with its week number.</summary>
public sealed record LendingWeek(DateOnly Monday, int Number);

/// <summary>
/// Loans and use in one week (or a sum of weeks): loans handed out, booked unit-days and available unit-days.
/// <see cref="Utilisation"/> is booked ÷ available, null when nothing was available.
/// </summary>
public sealed record LendingUse(int Loans, double BookedDays, double AvailableDays)
{
    public static readonly LendingUse Zero = new(0, 0, 0);

    public double? Utilisation => AvailableDays > 0 ? BookedDays / AvailableDays : null;

    public LendingUse Plus(LendingUse other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Loans + other.Loans, BookedDays + other.BookedDays, AvailableDays + other.AvailableDays);
    }
}

/// <summary>One type's weeks, oldest first, and its total.</summary>
public sealed record LendingTypeUse(int TypeId, string Name, bool Archived, IReadOnlyList<LendingUse> Weeks, LendingUse Total);

/// <summary>The statistics of one initiative: the weeks, each type's use per week, the weeks summed over the types, and the total.</summary>
public sealed record LendingReport(IReadOnlyList<LendingWeek> Weeks, IReadOnlyList<LendingTypeUse> Types, IReadOnlyList<LendingUse> WeekTotals, LendingUse Total);

/// <summary>
/// Loans per type and week, and utilisation, for the last weeks (ISO weeks of Oslo dates, this week included).
/// <list type="bullet">
/// <item>A loan is a booking that was handed out (checked out, also a walk-in), counted in the week of its pickup.</item>
/// <item>Booked unit-days are the part of each booked, handed-out or returned booking inside the week, in days as
/// fractions (12 hours is 0.5), measured on the local clock so every week has 7 days, also the weeks the clocks change.
/// A booking runs from its pickup to its return: for a returned unit the moment it came back, for a unit still out at
/// least until now (an overdue loan keeps the unit busy).</item>
/// <item>Available unit-days are 7 per unit that is not retired, counted from the day the unit was added (or its first
/// booking, if earlier). The history of a unit's state is not stored,
/// so a unit in maintenance today counts as available in every week; a retired unit counts in the weeks it was
/// booked.</item>
/// </list>
/// </summary>
public static class LendingStatistics
{
    public const int DefaultWeeks = 12;

    public sealed record TypeRow(int Id, string Name, bool Archived);

    /// <param name="CreatedAt">When the unit was added (UTC); it counts as available from then on. Null: all along.</param>
    public sealed record UnitRow(int Id, int TypeId, LendingUnitState State, DateTime? CreatedAt = null);

    public sealed record BookingRow(int UnitId, int TypeId, BookingStatus Status, DateTime PickupAt, DateTime ReturnBy, DateTime? CheckedOutAt,
                                    DateTime? ReturnedAt);

    /// <summary>The report for the initiative's types over the last <paramref name="weeks"/> weeks up to and including this one.</summary>
    public static async Task<LendingReport> LoadAsync(AppDbContext db, int initiativeId, MunicipalClock clock, int weeks = DefaultWeeks,
                                                      CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var list = WeeksEndingIn(clock.Today, weeks);
        var from = StartOf(list[0].Monday, clock.Zone).UtcDateTime;
        var to = StartOf(list[^1].Monday.AddDays(7), clock.Zone).UtcDateTime;
        var now = clock.Now.UtcDateTime;

        var types = await db.LendingTypes.AsNoTracking().Where(t => t.InitiativeId == initiativeId)
            .Select(t => new TypeRow(t.Id, t.Name, t.Archived)).ToListAsync(ct);
        var typeIds = types.Select(t => t.Id).ToList();
        var units = await db.LendingUnits.AsNoTracking().Where(u => typeIds.Contains(u.TypeId))
            .Select(u => new UnitRow(u.Id, u.TypeId, u.State, u.CreatedAt)).ToListAsync(ct);
        var bookings = await db.Bookings.AsNoTracking()
            .Where(b => typeIds.Contains(b.TypeId)
                && BookingStatuses.Counted.Contains(b.Status)
                && b.PickupAt < to
                && (b.ReturnBy > from || b.ReturnedAt > from || (b.Status == BookingStatus.CheckedOut && now > from)))
            .Select(b => new BookingRow(b.UnitId, b.TypeId, b.Status, b.PickupAt, b.ReturnBy, b.CheckedOutAt, b.ReturnedAt))
            .ToListAsync(ct);
        return Compute(types, units, bookings, list, clock.Zone, clock.Now);
    }

    /// <summary>The <paramref name="count"/> ISO weeks ending with the week of <paramref name="today"/>, oldest first.</summary>
    public static IReadOnlyList<LendingWeek> WeeksEndingIn(DateOnly today, int count = DefaultWeeks)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var thisWeek = UsageCounter.WeekStartOf(today);
        return Enumerable.Range(0, count)
            .Select(n => thisWeek.AddDays(7 * (n - count + 1)))
            .Select(m => new LendingWeek(m, UsageCounter.IsoWeek(m)))
            .ToList();
    }

    /// <summary>
    /// The report from the rows: every type that is not archived, and archived types with loans or bookings in the weeks.
    /// Types are ordered by name. Pure: the clock comes in as <paramref name="now"/>.
    /// </summary>
    public static LendingReport Compute(IReadOnlyList<TypeRow> types, IReadOnlyList<UnitRow> units, IReadOnlyList<BookingRow> bookings,
                                        IReadOnlyList<LendingWeek> weeks, TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(bookings);
        ArgumentNullException.ThrowIfNull(weeks);
        ArgumentNullException.ThrowIfNull(zone);
        var counted = bookings.Where(b => BookingStatuses.Counted.Contains(b.Status)).ToList();
        var unitsByType = units.ToLookup(u => u.TypeId);
        // A unit is in service from when it was added, or from its first booking if that is earlier (data from before
        // the unit's row was created, such as an import).
        var firstPickup = counted.GroupBy(b => b.UnitId).ToDictionary(g => g.Key, g => g.Min(b => b.PickupAt));
        DateTime? InServiceFrom(UnitRow u) => u.CreatedAt is not { } added ? null
            : firstPickup.TryGetValue(u.Id, out var first) && first < added ? first : added;
        var bookingsByType = counted.ToLookup(b => b.TypeId);

        var result = new List<LendingTypeUse>();
        foreach (var type in types.OrderBy(t => t.Name, StringComparer.CurrentCulture).ThenBy(t => t.Id))
        {
            var typeBookings = bookingsByType[type.Id].ToList();
            var cells = new List<LendingUse>();
            for (var w = 0; w < weeks.Count; w++)
            {
                var start = weeks[w].Monday.ToDateTime(TimeOnly.MinValue);
                var end = start.AddDays(7);
                var loans = typeBookings.Count(b => b.CheckedOutAt is not null && (b.Status is BookingStatus.CheckedOut or BookingStatus.Returned)
                    && UsageCounter.WeekStartOf(LocalDate(b.PickupAt, zone)) == weeks[w].Monday);
                var bookedByUnit = typeBookings
                    .Select(b => (b.UnitId, Days: Overlap(Local(b.PickupAt, zone), Local(EndOf(b, now), zone), start, end)))
                    .Where(x => x.Days > 0).ToList();
                var booked = bookedByUnit.Sum(x => x.Days);
                var busyUnits = bookedByUnit.Select(x => x.UnitId).ToHashSet();
                // A unit counts from the moment it was added, so a unit added on Thursday gives 4 days that week.
                var available = unitsByType[type.Id].Where(u => u.State != LendingUnitState.Retired || busyUnits.Contains(u.Id))
                    .Sum(u => InServiceFrom(u) is { } from ? Overlap(Local(from, zone), end, start, end) : 7.0);
                cells.Add(new LendingUse(loans, booked, available));
            }
            var total = cells.Aggregate(LendingUse.Zero, (a, c) => a.Plus(c));
            if (type.Archived && total.Loans == 0 && total.BookedDays == 0) continue;
            result.Add(new LendingTypeUse(type.Id, type.Name, type.Archived, cells, total));
        }
        var weekTotals = Enumerable.Range(0, weeks.Count)
            .Select(w => result.Aggregate(LendingUse.Zero, (a, t) => a.Plus(t.Weeks[w]))).ToList();
        return new LendingReport(weeks, result, weekTotals, weekTotals.Aggregate(LendingUse.Zero, (a, c) => a.Plus(c)));
    }

    /// <summary>
    /// When the booking stops holding its unit: the return for a returned unit (when it came back), at least now for a
    /// unit still out, else the agreed return.
    /// </summary>
    private static DateTimeOffset EndOf(BookingRow b, DateTimeOffset now)
    {
        DateTimeOffset returnBy = b.ReturnBy;
        return b.Status switch
        {
            BookingStatus.Returned when b.ReturnedAt is { } back && back > b.PickupAt => back,
            BookingStatus.CheckedOut when now > returnBy => now,
            _ => returnBy,
        };
    }

    /// <summary>Days (as fractions) of [from, to) inside [start, end), all local wall-clock times.</summary>
    private static double Overlap(DateTime from, DateTime to, DateTime start, DateTime end)
    {
        var a = from > start ? from : start;
        var b = to < end ? to : end;
        return b > a ? (b - a).TotalHours / 24 : 0;
    }

    private static DateTime Local(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    private static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

}
