using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Impact.Ledger;
using Omigjen.Web.Features.Lending.Bookings;
using Omigjen.Web.Features.Lending.Catalogue;
using Omigjen.Web.Features.Lending.Notices;
using Omigjen.Web.Features.Lending.Waitlist;
using Omigjen.Web.Features.Points;
using Omigjen.Web.Features.Points.Ledger;
using Omigjen.Web.Features.Reservations;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;

namespace Omigjen.Web.Features.Lending.Desk;

public enum DeskOutcome
{
    Done,
    NotFound,

    /// <summary>The period or the borrower breaks a rule (see the problems).</summary>
    Invalid,

    /// <summary>The booking was not in a state that allows this (already handed out, returned, cancelled, an offer, over).</summary>
    WrongState,

    /// <summary>A walk-in's unit is booked within the period (see the alternative).</summary>
    NoneFree,

    /// <summary>A booking handed out before its pickup day.</summary>
    TooEarly,
}

/// <summary>What a desk action did: the booking, the problems, what is free instead, and the bookings a unit state change moved or cancelled.</summary>
public sealed record DeskResult(DeskOutcome Outcome, Booking? Booking = null, IReadOnlyList<BookingProblem>? Problems = null,
                                BookingAlternative? Alternative = null, int Moved = 0, int Cancelled = 0)
{
    public IReadOnlyList<BookingProblem> Problems { get; } = Problems ?? [];
}

/// <summary>The staff member at the desk, as the audit log names them.</summary>
public sealed record DeskStaff(string? UserId, string Name)
{
    public static DeskStaff Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity?.Name ?? "");
    }
}

/// <summary>
/// The staff's side of lending: hand-out, walk-in loans, returns, unit states and the no-show job. The desk's rules
/// (no hand-out before the pickup day) and its audit entries live here, so every caller gets them.
/// </summary>
public sealed partial class DeskService(
    AppDbContext db, TimeProvider time, MunicipalClock clock, Availability availability, WaitlistService waitlist, BookingNotices notices,
    AuditLog audit, ImpactLedger ledger, PointsCredits points, ILogger<DeskService> logger)
{
    /// <summary>
    /// Staff hands out a booked unit, found by its code at the staff member's initiative; not before its pickup day
    /// (TooEarly). The hand-out is written to the audit log.
    /// </summary>
    public async Task<DeskResult> CheckOutAsync(int initiativeId, string code, DeskStaff staff, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var normalized = ReservationRules.NormalizeCode(code);
        if (normalized is null) return new(DeskOutcome.NotFound);
        var booking = await db.Bookings.AsNoTracking()
            .FirstOrDefaultAsync(b => b.Code == normalized && db.LendingTypes.Any(t => t.Id == b.TypeId && t.InitiativeId == initiativeId), ct);
        if (booking is null) return new(DeskOutcome.NotFound);
        // Not before the pickup day: the resident has it from that day, and until then the unit may serve a walk-in.
        if (booking.Status == BookingStatus.Booked && DateOnly.FromDateTime(clock.ToLocal(booking.PickupAt).DateTime) > clock.Today)
            return new(DeskOutcome.TooEarly, booking);
        var now = time.GetUtcNow().UtcDateTime;
        // A booking whose period is over cannot be handed out: the unit would be out without any period holding it.
        var done = await db.Bookings.Where(b => b.Id == booking.Id && b.Status == BookingStatus.Booked && b.ReturnBy > now)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BookingStatus.CheckedOut).SetProperty(b => b.CheckedOutAt, now), ct);
        if (done == 0) return new(DeskOutcome.WrongState, booking);
        await audit.WriteAsync("lending-checked-out", staff.UserId, staff.Name, initiativeId, $"booking {booking.Id}: {booking.Code}", ct);
        return new(DeskOutcome.Done, await db.Bookings.AsNoTracking().FirstAsync(b => b.Id == booking.Id, ct));
    }

    /// <summary>
    /// Staff lends a unit on the spot to someone who walks in: checked out now, due back at <paramref name="returnBy"/>.
    /// Refused (NoneFree) when the unit is booked within the period; Invalid when the return is not after now or too far ahead.
    /// The loan is written to the audit log.
    /// </summary>
    public async Task<DeskResult> WalkInAsync(int initiativeId, int unitId, string borrowerName, string? phone, DateTimeOffset returnBy,
                                              DeskStaff staff, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(borrowerName);
        ArgumentNullException.ThrowIfNull(staff);
        var unit = await db.LendingUnits.AsNoTracking().Include(u => u.Type).ThenInclude(t => t!.Initiative)
            .FirstOrDefaultAsync(u => u.Id == unitId && u.Type!.InitiativeId == initiativeId, ct);
        if (unit?.Type is null) return new(DeskOutcome.NotFound);
        var now = time.GetUtcNow();
        var period = new BookingPeriod(now, returnBy);
        var problems = new List<BookingProblem>();
        if (returnBy <= now) problems.Add(new(BookingRules.ReturnField, "Innleveringen må være etter nå.", "The return must be after now."));
        else if (returnBy > now.AddDays(unit.Type.MaxDays + 1))
            problems.Add(new(BookingRules.ReturnField, $"Utlånet kan vare høyst {unit.Type.MaxDays} dager.", $"A loan may last at most {unit.Type.MaxDays} days."));
        if (string.IsNullOrWhiteSpace(borrowerName))
            problems.Add(new("name", "Skriv navnet til den som låner.", "Enter the borrower's name."));
        if (unit.State != LendingUnitState.Available)
            problems.Add(new("unit", "Enheten er ikke tilgjengelig (vedlikehold eller tatt ut).", "The unit is not available (maintenance or retired)."));
        if (problems.Count > 0) return new(DeskOutcome.Invalid, Problems: problems);
        try
        {
            var booking = new Booking
            {
                UnitId = unit.Id, TypeId = unit.TypeId, BorrowerName = borrowerName.Trim(), Phone = LendingInput.Clean(phone),
                Code = ReservationRules.NewCode(), Status = BookingStatus.CheckedOut,
                PickupAt = now.UtcDateTime, ReturnBy = returnBy.UtcDateTime, CreatedAt = now.UtcDateTime, CheckedOutAt = now.UtcDateTime,
            };
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (await availability.OverlappingQuery(unit.Id, period).AnyAsync(ct))
            {
                await tx.RollbackAsync(ct);
                return new(DeskOutcome.NoneFree, Alternative: await availability.AlternativeAsync(unit.Type, unit.LabelKey, period, null, ct));
            }
            db.Bookings.Add(booking);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            await audit.WriteAsync("lending-walk-in", staff.UserId, staff.Name, initiativeId, $"booking {booking.Id}: {booking.Code}, unit {booking.UnitId}", ct);
            return new(DeskOutcome.Done, booking);
        }
        catch (Exception e) when (BookingConflicts.IsOverlap(e))
        {
            db.ChangeTracker.Clear();
            return new(DeskOutcome.NoneFree, Alternative: await availability.AlternativeAsync(unit.Type, unit.LabelKey, period, null, ct));
        }
    }

    /// <summary>
    /// Staff takes a unit back, with a note on its condition; optionally straight into maintenance. A unit back early
    /// frees the rest of its period at once (the booking's end moves to now) for the waiting list. The return is
    /// written to the audit log.
    /// </summary>
    public async Task<DeskResult> CheckInAsync(int initiativeId, int bookingId, string? conditionNote, bool toMaintenance, DeskStaff staff,
                                               CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var booking = await db.Bookings.AsNoTracking()
            .FirstOrDefaultAsync(b => b.Id == bookingId && db.LendingTypes.Any(t => t.Id == b.TypeId && t.InitiativeId == initiativeId), ct);
        if (booking is null) return new(DeskOutcome.NotFound);
        var now = time.GetUtcNow().UtcDateTime;
        var note = LendingInput.Clean(conditionNote);
        var newEnd = now < booking.ReturnBy && now > booking.PickupAt ? now : booking.ReturnBy;
        // The return and its impact entry stand or fall together.
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var done = await db.Bookings.Where(b => b.Id == bookingId && b.Status == BookingStatus.CheckedOut)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(b => b.Status, BookingStatus.Returned)
                    .SetProperty(b => b.ReturnedAt, now)
                    .SetProperty(b => b.ReturnBy, newEnd)
                    .SetProperty(b => b.ConditionNote, note), ct);
            if (done == 0) return new(DeskOutcome.WrongState);
            var type = await db.LendingTypes.AsNoTracking().Where(t => t.Id == booking.TypeId)
                .Select(t => new { t.InitiativeId, t.Category, t.WeightKg }).FirstAsync(ct);
            await ledger.RecordAsync(db, new(ReuseActKind.LoanReturned, type.InitiativeId, type.Category, 1, type.WeightKg, booking.UserId, booking.Id), ct);
            await points.CreditVerifiedAsync(db, booking.UserId, initiativeId, PointsAction.Loan, "booking:" + booking.Id, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        await audit.WriteAsync("lending-checked-in", staff.UserId, staff.Name, initiativeId,
            $"booking {booking.Id}: {booking.Code}{(toMaintenance ? " (to maintenance)" : "")}", ct);
        if (toMaintenance) return await SetUnitStateAsync(initiativeId, booking.UnitId, LendingUnitState.Maintenance, note, ct);
        await waitlist.OfferFreedUnitsAsync(booking.TypeId, ct);
        return new(DeskOutcome.Done);
    }

    /// <summary>
    /// Sets a unit's state. Maintenance and retirement block new bookings; the unit's coming bookings move to another
    /// free unit of the same size when there is one, else they are cancelled; each borrower is told which.
    /// Back to available: the waiting list gets its chance.
    /// </summary>
    public async Task<DeskResult> SetUnitStateAsync(int initiativeId, int unitId, LendingUnitState state, string? note, CancellationToken ct = default)
    {
        var unit = await db.LendingUnits.AsNoTracking().Include(u => u.Type)
            .FirstOrDefaultAsync(u => u.Id == unitId && u.Type!.InitiativeId == initiativeId, ct);
        if (unit is null) return new(DeskOutcome.NotFound);
        await db.LendingUnits.Where(u => u.Id == unitId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.State, state).SetProperty(u => u.StateNote, LendingInput.Clean(note)), ct);
        if (state == LendingUnitState.Available)
        {
            await waitlist.OfferFreedUnitsAsync(unit.TypeId, ct);
            return new(DeskOutcome.Done);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var affected = await db.Bookings.AsNoTracking()
            .Where(b => b.UnitId == unitId && BookingStatuses.NotHandedOut.Contains(b.Status) && b.ReturnBy > now)
            .OrderBy(b => b.PickupAt).ToListAsync(ct);
        int moved = 0, cancelled = 0;
        foreach (var booking in affected)
        {
            var period = new BookingPeriod(new DateTimeOffset(booking.PickupAt, TimeSpan.Zero), new DateTimeOffset(booking.ReturnBy, TimeSpan.Zero));
            var movedTo = await TryMoveAsync(booking.Id, unit.TypeId, unit.LabelKey, period, ct);
            if (movedTo)
            {
                moved++;
                continue;
            }
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var done = await db.Bookings
                .Where(b => b.Id == booking.Id && BookingStatuses.NotHandedOut.Contains(b.Status))
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BookingStatus.Cancelled).SetProperty(b => b.CancelledAt, now), ct);
            if (done == 0) continue;
            cancelled++;
            if (booking.Status == BookingStatus.Offered && booking.WaitlistEntryId is { } entryId)
            {
                // A withdrawn offer puts the person back in their place in the line.
                await db.WaitlistEntries.Where(w => w.Id == entryId && w.Status == WaitlistStatus.Offered)
                    .ExecuteUpdateAsync(s => s.SetProperty(w => w.Status, WaitlistStatus.Waiting).SetProperty(w => w.OfferedAt, (DateTime?)null), ct);
            }
            await notices.CancelledAsync(booking.Id, byStaff: true, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        return new(DeskOutcome.Done, Moved: moved, Cancelled: cancelled);
    }

    private async Task<bool> TryMoveAsync(int bookingId, int typeId, string labelKey, BookingPeriod period, CancellationToken ct)
    {
        try
        {
            return await ConflictRetry.RunAsync(async () =>
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var target = await availability.FreeUnitsQuery(typeId, labelKey, period, exceptBookingId: bookingId).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
                if (target is null || !await availability.LockAvailableUnitAsync(target.Value, ct))
                {
                    await tx.RollbackAsync(ct);
                    return false;
                }
                var moved = await db.Bookings.Where(b => b.Id == bookingId && BookingStatuses.NotHandedOut.Contains(b.Status))
                    .ExecuteUpdateAsync(s => s.SetProperty(b => b.UnitId, target.Value), ct);
                if (moved > 0)
                {
                    await notices.MovedAsync(bookingId, ct);
                    await db.SaveChangesAsync(ct);
                }
                await tx.CommitAsync(ct);
                return moved > 0;
            },
            e => BookingConflicts.IsOverlap(e) || DatabaseErrors.IsTransient(e),
            e =>
            {
                // The failed attempt's notices go with it.
                notices.Discard();
                LogRetry(logger, typeId, e);
            });
        }
        catch (Exception e) when (BookingConflicts.IsOverlap(e) || DatabaseErrors.IsTransient(e))
        {
            notices.Discard();
            // Still in conflict after every attempt: the caller cancels the booking instead.
            LogRetry(logger, typeId, e);
            return false;
        }
    }

    /// <summary>
    /// Ends bookings whose whole period passed without a pickup: they no longer count against the resident's limit
    /// nor as booked days in the statistics. Returns the number ended.
    /// </summary>
    public Task<int> EndNoShowsAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return db.Bookings.Where(b => b.Status == BookingStatus.Booked && b.ReturnBy <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BookingStatus.NoShow).SetProperty(b => b.CancelledAt, now), ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A booking of type {TypeId} met a conflict and is tried again")]
    private static partial void LogRetry(ILogger logger, int typeId, Exception exception);
}
