using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Lending.Bookings;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending.Catalogue;

/// <summary>What to offer someone who lost: other sizes free for the same period, or the same size a few days later.</summary>
public sealed record BookingAlternative(IReadOnlyList<string> OtherLabels, BookingPeriod? LaterPeriod);

/// <summary>Which units are free for a period, what is free instead, and the rules and hours a period must pass.</summary>
public sealed class Availability(AppDbContext db, TimeProvider time, DirectoryCache directory, MunicipalClock clock)
{
    /// <summary>How far ahead bookings can be made and alternatives are looked for.</summary>
    public const int HorizonDays = 56;

    /// <summary>Every problem with booking a unit of <paramref name="type"/> for <paramref name="period"/> now.</summary>
    public async Task<IReadOnlyList<BookingProblem>> ValidateAsync(LendingType type, BookingPeriod period, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(type);
        var place = await PlaceAsync(type, ct);
        return BookingRules.Validate(period, time.GetUtcNow(), place.Schedule, place.Context, type.MaxDays, TimeSpan.FromHours(type.LeadTimeHours));
    }

    /// <summary>The hours that govern pickup and return for the type.</summary>
    public async Task<LendingPlace> PlaceAsync(LendingType type, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(type);
        // A type loaded without its initiative (as a unit's type often is) has its initiative's slug looked up.
        var slug = type.Initiative?.Slug
            ?? await db.Initiatives.AsNoTracking().Where(i => i.Id == type.InitiativeId).Select(i => i.Slug).FirstAsync(ct);
        return await LendingPlace.ForAsync(db, directory, clock, slug, type.StaffedHours, ct);
    }

    /// <summary>Units of the type (and size) that are available and have no active booking overlapping the period, lowest id first.</summary>
    public IQueryable<LendingUnit> FreeUnitsQuery(int typeId, string? labelKey, BookingPeriod period, int? exceptBookingId = null)
    {
        var start = period.PickupAt.UtcDateTime;
        var end = period.ReturnBy.UtcDateTime;
        var except = exceptBookingId ?? 0;
        // A unit that is overdue is not on the shelf: it is not offered for a pickup within the next day.
        var now = time.GetUtcNow().UtcDateTime;
        var overdueBlocksUntil = now.AddDays(1);
        return db.LendingUnits
            .Where(u => u.TypeId == typeId && u.State == LendingUnitState.Available && (labelKey == null || u.LabelKey == labelKey))
            .Where(u => !db.Bookings.Any(b => b.UnitId == u.Id && b.Id != except
                && ((BookingStatuses.Active.Contains(b.Status)
                     && b.PickupAt < end && start < b.ReturnBy)
                    || (b.Status == BookingStatus.CheckedOut && b.ReturnBy <= now && start < overdueBlocksUntil))))
            .OrderBy(u => u.Id);
    }

    /// <summary>The active bookings of the unit that overlap the period.</summary>
    public IQueryable<Booking> OverlappingQuery(int unitId, BookingPeriod period)
    {
        var start = period.PickupAt.UtcDateTime;
        var end = period.ReturnBy.UtcDateTime;
        return db.Bookings.Where(b => b.UnitId == unitId
            && BookingStatuses.Active.Contains(b.Status)
            && b.PickupAt < end && start < b.ReturnBy);
    }

    /// <summary>
    /// Other sizes free for the same period, and the first later period of the same size, length and times of day
    /// (moved by whole days, within the booking horizon) that passes the rules and has a free unit.
    /// </summary>
    /// <param name="exceptBookingId">A booking being changed: its own period does not count as taken.</param>
    public async Task<BookingAlternative> AlternativeAsync(LendingType type, string? labelKey, BookingPeriod period, int? exceptBookingId = null,
                                                           CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(type);
        var except = exceptBookingId ?? 0;
        var otherLabels = labelKey is null ? [] : await FreeUnitsQuery(type.Id, null, period, exceptBookingId)
            .Where(u => u.LabelKey != labelKey).Select(u => u.Label).Distinct().Take(10).ToListAsync(ct);
        var place = await PlaceAsync(type, ct);
        var now = time.GetUtcNow();
        var zone = clock.Zone;
        var pickupLocal = TimeZoneInfo.ConvertTime(period.PickupAt, zone).DateTime;
        var returnLocal = TimeZoneInfo.ConvertTime(period.ReturnBy, zone).DateTime;
        var horizon = now.AddDays(HorizonDays);

        // The unit bookings of the type within the horizon, fetched once; candidates are checked in memory.
        var units = await db.LendingUnits.AsNoTracking()
            .Where(u => u.TypeId == type.Id && u.State == LendingUnitState.Available && (labelKey == null || u.LabelKey == labelKey))
            .Select(u => u.Id).ToListAsync(ct);
        var from = period.PickupAt.UtcDateTime;
        var to = horizon.UtcDateTime.AddDays(type.MaxDays + 1);
        var taken = await db.Bookings.AsNoTracking()
            .Where(b => db.LendingUnits.Any(u => u.Id == b.UnitId && u.TypeId == type.Id) && b.Id != except
                && BookingStatuses.Active.Contains(b.Status)
                && b.PickupAt < to && from < b.ReturnBy)
            .Select(b => new { b.UnitId, b.PickupAt, b.ReturnBy }).ToListAsync(ct);
        var byUnit = taken.ToLookup(b => b.UnitId, b => new BookingPeriod(new(b.PickupAt, TimeSpan.Zero), new(b.ReturnBy, TimeSpan.Zero)));

        for (var days = 1; days <= HorizonDays; days++)
        {
            var candidate = new BookingPeriod(
                new DateTimeOffset(pickupLocal.AddDays(days), zone.GetUtcOffset(pickupLocal.AddDays(days))),
                new DateTimeOffset(returnLocal.AddDays(days), zone.GetUtcOffset(returnLocal.AddDays(days))));
            if (candidate.PickupAt > horizon) break;
            if (!units.Any(u => !byUnit[u].Any(b => b.Overlaps(candidate)))) continue;
            if (BookingRules.Validate(candidate, now, place.Schedule, place.Context, type.MaxDays, TimeSpan.FromHours(type.LeadTimeHours)).Count > 0) continue;
            return new(otherLabels, candidate);
        }
        return new(otherLabels, null);
    }

    /// <summary>The type when it can be booked (not archived, its initiative approved and active), with its initiative.</summary>
    public Task<LendingType?> BookableTypeAsync(int typeId, CancellationToken ct) =>
        db.LendingTypes.AsNoTracking().Include(t => t.Initiative).Bookable().FirstOrDefaultAsync(t => t.Id == typeId, ct);

    /// <summary>
    /// PostgreSQL: takes a share lock on the unit's row while it is still available, so a state change to maintenance
    /// (an UPDATE, which waits for the lock) either happens before (and this returns false) or sees this booking when
    /// it moves the unit's bookings. SQLite: the write transaction already serialises, so always true.
    /// </summary>
    public async Task<bool> LockAvailableUnitAsync(int unitId, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()) return true;
        var rows = await db.Database
            .SqlQuery<int>($"SELECT 1 AS \"Value\" FROM \"LendingUnits\" WHERE \"Id\" = {unitId} AND \"State\" = 'Available' FOR SHARE")
            .ToListAsync(ct);
        return rows.Count > 0;
    }
}
