using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Lending.Catalogue;
using Omigjen.Web.Features.Lending.Notices;
using Omigjen.Web.Features.Lending.Waitlist;
using Omigjen.Web.Features.Reservations;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending.Bookings;

public enum BookingOutcome
{
    Done,
    NotFound,

    /// <summary>The period breaks a rule (see the problems): closed, too long, in the past; or the booking can no longer change.</summary>
    Invalid,

    /// <summary>Every unit of the wanted size is booked for some of the period (or was just taken by someone else).</summary>
    NoneFree,

    LimitReached,

    /// <summary>The booking was not in a state that allows this (already cancelled, checked out, returned, offer lapsed).</summary>
    WrongState,
}

/// <summary>What a resident's booking, change or cancellation did.</summary>
public sealed record BookingResult(BookingOutcome Outcome, Booking? Booking = null, IReadOnlyList<BookingProblem>? Problems = null,
                                   BookingAlternative? Alternative = null)
{
    public IReadOnlyList<BookingProblem> Problems { get; } = Problems ?? [];
}

/// <summary>
/// A resident's bookings: book, change, cancel. No two active bookings of a unit overlap: PostgreSQL's exclusion constraint
/// (<c>EX_Bookings_Unit_Period</c>) and SQLite's triggers refuse one, and on SQLite the transactions begin with
/// <c>BEGIN IMMEDIATE</c> (Microsoft.Data.Sqlite's default), so a "which unit is free" check and the insert that
/// follows it see the same bookings. On PostgreSQL two requests can both see a unit as free; the constraint lets one
/// in and the other tries the next free unit.
/// </summary>
public sealed partial class BookingService(
    AppDbContext db, TimeProvider time, Availability availability, WaitlistService waitlist, IOptions<LendingOptions> options,
    BookingNotices notices, ILogger<BookingService> logger)
{
    /// <summary>Books one free unit of the wanted type and size for <paramref name="userId"/>.</summary>
    public async Task<BookingResult> BookAsync(BookingRequest request, string userId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(userId);
        var type = await availability.BookableTypeAsync(request.TypeId, ct);
        if (type is null) return new(BookingOutcome.NotFound);
        var problems = await availability.ValidateAsync(type, request.Period, ct);
        if (problems.Count > 0) return new(BookingOutcome.Invalid, Problems: problems);

        var labelKey = LendingInput.LabelKeyOrNull(request.Label);
        var max = Math.Max(1, options.Value.MaxActivePerResident);
        try
        {
            return await ConflictRetry.RunAsync(async () =>
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                if (db.Database.IsNpgsql())
                {
                    // One resident's bookings are counted under a lock on the resident's row, so two tabs cannot both pass the limit.
                    await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM \"AspNetUsers\" WHERE \"Id\" = {userId} FOR UPDATE", ct);
                }
                var now = time.GetUtcNow().UtcDateTime;
                var active = await db.Bookings.CountAsync(b => b.UserId == userId
                    && (b.Status == BookingStatus.CheckedOut
                        || (BookingStatuses.NotHandedOut.Contains(b.Status) && b.ReturnBy > now)), ct);
                if (active >= max)
                {
                    await tx.RollbackAsync(ct);
                    return new BookingResult(BookingOutcome.LimitReached);
                }
                int? unitId;
                do
                {
                    unitId = await availability.FreeUnitsQuery(type.Id, labelKey, request.Period).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
                }
                // Sent to maintenance a moment ago: look again (each statement sees what was committed before it).
                while (unitId is not null && !await availability.LockAvailableUnitAsync(unitId.Value, ct));
                if (unitId is null)
                {
                    await tx.RollbackAsync(ct);
                    return new(BookingOutcome.NoneFree, Alternative: await availability.AlternativeAsync(type, labelKey, request.Period, null, ct));
                }
                var booking = new Booking
                {
                    UnitId = unitId.Value, TypeId = type.Id, UserId = userId, Code = ReservationRules.NewCode(),
                    Status = BookingStatus.Booked, PickupAt = request.PickupAt.UtcDateTime, ReturnBy = request.ReturnBy.UtcDateTime,
                    CoBorrowerName = LendingInput.Clean(request.CoBorrowerName), CoBorrowerAge = request.CoBorrowerAge, Phone = LendingInput.Clean(request.Phone),
                    CreatedAt = time.GetUtcNow().UtcDateTime,
                };
                db.Bookings.Add(booking);
                await db.SaveChangesAsync(ct);
                // The notices commit with the booking: neither exists without the other.
                await notices.BookedAsync(booking.Id, ct);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return new BookingResult(BookingOutcome.Done, booking);
            },
            BookingConflicts.IsBookingConflict,
            e =>
            {
                // Someone else got the unit between our check and our insert (PostgreSQL), or the code was drawn twice:
                // nothing was written; look again.
                db.ChangeTracker.Clear();
                LogRetry(logger, request.TypeId, e);
            });
        }
        catch (Exception e) when (BookingConflicts.IsOverlap(e))
        {
            db.ChangeTracker.Clear();
            return new(BookingOutcome.NoneFree, Alternative: await availability.AlternativeAsync(type, labelKey, request.Period, null, ct));
        }
    }

    /// <summary>Moves a resident's booking to a new period: the same unit when it is free, else another of the same size.</summary>
    public async Task<BookingResult> ChangeAsync(int bookingId, string userId, BookingPeriod period, CancellationToken ct = default)
    {
        var current = await db.Bookings.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookingId && b.UserId == userId, ct);
        if (current is null) return new(BookingOutcome.NotFound);
        if (current.Status != BookingStatus.Booked)
            return new(BookingOutcome.Invalid, Problems: [new(BookingRules.PickupField,
                "Bestillingen kan ikke endres lenger (den er hentet, levert eller avbestilt).",
                "The booking can no longer be changed (it is picked up, returned or cancelled).")]);
        var type = await availability.BookableTypeAsync(current.TypeId, ct);
        if (type is null) return new(BookingOutcome.NotFound);
        var problems = await availability.ValidateAsync(type, period, ct);
        if (problems.Count > 0) return new(BookingOutcome.Invalid, Problems: problems);
        var labelKey = await db.LendingUnits.Where(u => u.Id == current.UnitId).Select(u => u.LabelKey).FirstAsync(ct);

        try
        {
            // Null when the booking moved; otherwise why not.
            var refused = await ConflictRetry.RunAsync<BookingResult?>(async () =>
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                // The booking's own row does not count against itself; its own unit is tried first.
                var unitId = await availability.FreeUnitsQuery(type.Id, labelKey, period, exceptBookingId: bookingId)
                    .OrderBy(u => u.Id == current.UnitId ? 0 : 1).ThenBy(u => u.Id)
                    .Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
                if (unitId is null)
                {
                    await tx.RollbackAsync(ct);
                    return new(BookingOutcome.NoneFree, Alternative: await availability.AlternativeAsync(type, labelKey, period, bookingId, ct));
                }
                var (newPickup, newReturn) = (period.PickupAt.UtcDateTime, period.ReturnBy.UtcDateTime);
                var changed = await db.Bookings.Where(b => b.Id == bookingId && b.Status == BookingStatus.Booked)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(b => b.UnitId, unitId.Value)
                        .SetProperty(b => b.PickupAt, period.PickupAt.UtcDateTime)
                        .SetProperty(b => b.ReturnBy, period.ReturnBy.UtcDateTime)
                        .SetProperty(b => b.PickupReminderSentAt, b => b.PickupAt == newPickup ? b.PickupReminderSentAt : null)
                        .SetProperty(b => b.ReturnReminderSentAt, b => b.ReturnBy == newReturn ? b.ReturnReminderSentAt : null), ct);
                if (changed == 0)
                {
                    await tx.RollbackAsync(ct);
                    return new(BookingOutcome.NotFound);
                }
                await notices.ChangedAsync(bookingId, ct);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return null;
            },
            e => BookingConflicts.IsOverlap(e) || DatabaseErrors.IsTransient(e),
            e =>
            {
                // The failed attempt's notices go with it.
                notices.Discard();
                LogRetry(logger, type.Id, e);
            });
            if (refused is not null) return refused;
        }
        catch (Exception e) when (BookingConflicts.IsOverlap(e))
        {
            notices.Discard();
            return new(BookingOutcome.NoneFree, Alternative: await availability.AlternativeAsync(type, labelKey, period, bookingId, ct));
        }
        // The old period may now be free for someone on the waiting list.
        await waitlist.OfferFreedUnitsAsync(type.Id, ct);
        var updated = await db.Bookings.AsNoTracking().FirstAsync(b => b.Id == bookingId, ct);
        return new(BookingOutcome.Done, updated);
    }

    /// <summary>The resident calls off a booking (or declines an offer); the unit goes to the waiting list.</summary>
    public async Task<BookingResult> CancelAsync(int bookingId, string userId, CancellationToken ct = default)
    {
        var found = await db.Bookings.AsNoTracking().Where(b => b.Id == bookingId && b.UserId == userId)
            .Select(b => new { b.Id, b.TypeId, b.Status, b.WaitlistEntryId }).FirstOrDefaultAsync(ct);
        if (found is null) return new(BookingOutcome.NotFound);
        var now = time.GetUtcNow().UtcDateTime;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var cancelled = await db.Bookings
                .Where(b => b.Id == bookingId && BookingStatuses.NotHandedOut.Contains(b.Status))
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BookingStatus.Cancelled).SetProperty(b => b.CancelledAt, now), ct);
            if (cancelled == 0) return new(BookingOutcome.WrongState);
            if (found.WaitlistEntryId is { } entryId && found.Status == BookingStatus.Offered)
            {
                await db.WaitlistEntries.Where(w => w.Id == entryId && w.Status == WaitlistStatus.Offered)
                    .ExecuteUpdateAsync(s => s.SetProperty(w => w.Status, WaitlistStatus.Cancelled), ct);
            }
            await notices.CancelledAsync(bookingId, byStaff: false, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        await waitlist.OfferFreedUnitsAsync(found.TypeId, ct);
        return new(BookingOutcome.Done);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A booking of type {TypeId} met a conflict and is tried again")]
    private static partial void LogRetry(ILogger logger, int typeId, Exception exception);
}
