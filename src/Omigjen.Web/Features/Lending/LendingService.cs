using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Reservations;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending;

/// <summary>What a resident asks for: a type, optionally a size (as typed, e.g. "150 cm"), and a period.</summary>
public sealed record BookingRequest(int TypeId, string? Label, DateTimeOffset PickupAt, DateTimeOffset ReturnBy)
{
    public string? CoBorrowerName { get; init; }
    public int? CoBorrowerAge { get; init; }
    public string? Phone { get; init; }

    public BookingPeriod Period => new(PickupAt, ReturnBy);
}

public enum BookOutcome
{
    Booked,
    NotFound,

    /// <summary>The period breaks a rule (see the problems): closed, too long, in the past.</summary>
    Invalid,

    /// <summary>Every unit of the wanted size is booked for some of the period (or was just taken by someone else).</summary>
    NoneFree,

    LimitReached,
}

/// <summary>What to offer someone who lost: other sizes free for the same period, or the same size a few days later.</summary>
public sealed record BookingAlternative(IReadOnlyList<string> OtherLabels, BookingPeriod? LaterPeriod);

public sealed record BookResult(BookOutcome Outcome, Booking? Booking = null, IReadOnlyList<BookingProblem>? Problems = null,
                                BookingAlternative? Alternative = null)
{
    public IReadOnlyList<BookingProblem> Problems { get; } = Problems ?? [];
}

public enum LendingActionOutcome
{
    Done,
    NotFound,

    /// <summary>The booking was not in a state that allows this (already cancelled, checked out, returned, offer lapsed).</summary>
    WrongState,
}

/// <summary>What happened to the bookings of a unit sent to maintenance or retired.</summary>
public sealed record UnitStateResult(LendingActionOutcome Outcome, int Moved = 0, int Cancelled = 0);

/// <summary>
/// Every change to bookings. No two active bookings of a unit overlap: PostgreSQL's exclusion constraint
/// (<c>EX_Bookings_Unit_Period</c>) and SQLite's triggers refuse one, and on SQLite the transactions begin with
/// <c>BEGIN IMMEDIATE</c> (Microsoft.Data.Sqlite's default), so a "which unit is free" check and the insert that
/// follows it see the same bookings. On PostgreSQL two requests can both see a unit as free; the constraint lets one
/// in and the other tries the next free unit.
/// </summary>
public sealed partial class LendingService(
    AppDbContext db, TimeProvider time, DirectoryCache directory, MunicipalClock clock, IOptions<LendingOptions> options,
    LendingNotices notices, ILogger<LendingService> logger)
{
    private const int MaxAttempts = 6;

    /// <summary>How far ahead bookings can be made and alternatives are looked for.</summary>
    public const int HorizonDays = 56;

    /// <summary>Books one free unit of the wanted type and size for <paramref name="userId"/>.</summary>
    public async Task<BookResult> BookAsync(BookingRequest request, string userId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(userId);
        var type = await LoadTypeAsync(request.TypeId, ct);
        if (type is null) return new(BookOutcome.NotFound);
        var problems = await ValidateAsync(type, request.Period, ct);
        if (problems.Count > 0) return new(BookOutcome.Invalid, Problems: problems);

        var labelKey = KeyOrNull(request.Label);
        var max = Math.Max(1, options.Value.MaxActivePerResident);
        for (var attempt = 1; ; attempt++)
        {
            try
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
                    return new(BookOutcome.LimitReached);
                }
                var unitId = await FreeUnitsQuery(type.Id, labelKey, request.Period).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
                if (unitId is null)
                {
                    await tx.RollbackAsync(ct);
                    return new(BookOutcome.NoneFree, Alternative: await AlternativeAsync(type, labelKey, request.Period, null, ct));
                }
                if (!await LockAvailableUnitAsync(unitId.Value, ct))
                {
                    // Sent to maintenance a moment ago: look again.
                    await tx.RollbackAsync(ct);
                    continue;
                }
                var booking = new Booking
                {
                    UnitId = unitId.Value, TypeId = type.Id, UserId = userId, Code = ReservationRules.NewCode(),
                    Status = BookingStatus.Booked, PickupAt = request.PickupAt.UtcDateTime, ReturnBy = request.ReturnBy.UtcDateTime,
                    CoBorrowerName = Clean(request.CoBorrowerName), CoBorrowerAge = request.CoBorrowerAge, Phone = Clean(request.Phone),
                    CreatedAt = time.GetUtcNow().UtcDateTime,
                };
                db.Bookings.Add(booking);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                await notices.BookedAsync(booking.Id, ct);
                return new(BookOutcome.Booked, booking);
            }
            catch (Exception e) when (attempt < MaxAttempts && (IsOverlap(e) || DatabaseErrors.IsUniqueViolation(e, "Code", "Bookings.Code") || DatabaseErrors.IsTransient(e)))
            {
                // Someone else got the unit between our check and our insert (PostgreSQL), or the code was drawn twice:
                // nothing was written; look again.
                db.ChangeTracker.Clear();
                LogRetry(logger, request.TypeId, e);
            }
            catch (Exception e) when (IsOverlap(e))
            {
                db.ChangeTracker.Clear();
                return new(BookOutcome.NoneFree, Alternative: await AlternativeAsync(type, labelKey, request.Period, null, ct));
            }
        }
    }

    /// <summary>Moves a resident's booking to a new period: the same unit when it is free, else another of the same size.</summary>
    public async Task<BookResult> ChangeAsync(int bookingId, string userId, BookingPeriod period, CancellationToken ct = default)
    {
        var current = await db.Bookings.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookingId && b.UserId == userId, ct);
        if (current is null) return new(BookOutcome.NotFound);
        if (current.Status != BookingStatus.Booked)
            return new(BookOutcome.Invalid, Problems: [new(BookingRules.PickupField,
                "Bestillingen kan ikke endres lenger (den er hentet, levert eller avbestilt).",
                "The booking can no longer be changed (it is picked up, returned or cancelled).")]);
        var type = await LoadTypeAsync(current.TypeId, ct);
        if (type is null) return new(BookOutcome.NotFound);
        var problems = await ValidateAsync(type, period, ct);
        if (problems.Count > 0) return new(BookOutcome.Invalid, Problems: problems);
        var labelKey = await db.LendingUnits.Where(u => u.Id == current.UnitId).Select(u => u.LabelKey).FirstAsync(ct);

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                // The booking's own row does not count against itself; its own unit is tried first.
                var unitId = await FreeUnitsQuery(type.Id, labelKey, period, exceptBookingId: bookingId)
                    .OrderBy(u => u.Id == current.UnitId ? 0 : 1).ThenBy(u => u.Id)
                    .Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
                if (unitId is null)
                {
                    await tx.RollbackAsync(ct);
                    return new(BookOutcome.NoneFree, Alternative: await AlternativeAsync(type, labelKey, period, bookingId, ct));
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
                    return new(BookOutcome.NotFound);
                }
                await tx.CommitAsync(ct);
                break;
            }
            catch (Exception e) when (attempt < MaxAttempts && (IsOverlap(e) || DatabaseErrors.IsTransient(e)))
            {
                LogRetry(logger, type.Id, e);
            }
            catch (Exception e) when (IsOverlap(e))
            {
                return new(BookOutcome.NoneFree, Alternative: await AlternativeAsync(type, labelKey, period, bookingId, ct));
            }
        }
        await notices.ChangedAsync(bookingId, ct);
        // The old period may now be free for someone on the waiting list.
        await OfferFreedUnitsAsync(type.Id, ct);
        var updated = await db.Bookings.AsNoTracking().FirstAsync(b => b.Id == bookingId, ct);
        return new(BookOutcome.Booked, updated);
    }

    /// <summary>The resident calls off a booking (or declines an offer); the unit goes to the waiting list.</summary>
    public async Task<LendingActionOutcome> CancelAsync(int bookingId, string userId, CancellationToken ct = default)
    {
        var found = await db.Bookings.AsNoTracking().Where(b => b.Id == bookingId && b.UserId == userId)
            .Select(b => new { b.Id, b.TypeId, b.Status, b.WaitlistEntryId }).FirstOrDefaultAsync(ct);
        if (found is null) return LendingActionOutcome.NotFound;
        var now = time.GetUtcNow().UtcDateTime;
        var cancelled = await db.Bookings
            .Where(b => b.Id == bookingId && BookingStatuses.NotHandedOut.Contains(b.Status))
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BookingStatus.Cancelled).SetProperty(b => b.CancelledAt, now), ct);
        if (cancelled == 0) return LendingActionOutcome.WrongState;
        if (found.WaitlistEntryId is { } entryId && found.Status == BookingStatus.Offered)
        {
            await db.WaitlistEntries.Where(w => w.Id == entryId && w.Status == WaitlistStatus.Offered)
                .ExecuteUpdateAsync(s => s.SetProperty(w => w.Status, WaitlistStatus.Cancelled), ct);
        }
        await notices.CancelledAsync(bookingId, byStaff: false, ct);
        await OfferFreedUnitsAsync(found.TypeId, ct);
        return LendingActionOutcome.Done;
    }

    /// <summary>
    /// Puts the resident on the waiting list for the type (and size) and period; offered a unit when one frees up.
    /// The period must pass the same rules as a booking, and a resident waits in at most as many lines as they may
    /// have bookings. Outcome Booked means "on the list" (the entry is returned).
    /// </summary>
    public async Task<(BookOutcome Outcome, WaitlistEntry? Entry, IReadOnlyList<BookingProblem> Problems)> JoinWaitlistAsync(
        BookingRequest request, string userId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var type = await LoadTypeAsync(request.TypeId, ct);
        if (type is null) return (BookOutcome.NotFound, null, []);
        var problems = await ValidateAsync(type, request.Period, ct);
        if (problems.Count > 0) return (BookOutcome.Invalid, null, problems);
        var waiting = await db.WaitlistEntries.CountAsync(w => w.UserId == userId && w.Status == WaitlistStatus.Waiting, ct);
        var labelKey = KeyOrNull(request.Label);
        var (pickup, back) = (request.PickupAt.UtcDateTime, request.ReturnBy.UtcDateTime);
        // Pressing the button twice does not put the resident twice in the line.
        var existing = await db.WaitlistEntries.AsNoTracking().FirstOrDefaultAsync(w => w.UserId == userId && w.TypeId == request.TypeId
            && w.LabelKey == labelKey && w.PickupAt == pickup && w.ReturnBy == back && w.Status == WaitlistStatus.Waiting, ct);
        if (existing is not null) return (BookOutcome.Booked, existing, []);
        if (waiting >= Math.Max(1, options.Value.MaxActivePerResident)) return (BookOutcome.LimitReached, null, []);
        var entry = new WaitlistEntry
        {
            TypeId = request.TypeId, UserId = userId, LabelKey = KeyOrNull(request.Label),
            PickupAt = request.PickupAt.UtcDateTime, ReturnBy = request.ReturnBy.UtcDateTime,
            CoBorrowerName = Clean(request.CoBorrowerName), CoBorrowerAge = request.CoBorrowerAge, Phone = Clean(request.Phone),
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.WaitlistEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        // A unit may have freed up since the page was shown.
        await OfferFreedUnitsAsync(request.TypeId, ct);
        return (BookOutcome.Booked, entry, []);
    }

    /// <summary>The resident leaves the waiting list.</summary>
    public async Task<LendingActionOutcome> LeaveWaitlistAsync(int entryId, string userId, CancellationToken ct = default)
    {
        var left = await db.WaitlistEntries.Where(w => w.Id == entryId && w.UserId == userId && w.Status == WaitlistStatus.Waiting)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.Status, WaitlistStatus.Cancelled), ct);
        if (left > 0) return LendingActionOutcome.Done;
        return await db.WaitlistEntries.AnyAsync(w => w.Id == entryId && w.UserId == userId, ct)
            ? LendingActionOutcome.WrongState : LendingActionOutcome.NotFound;
    }

    /// <summary>The resident takes a waiting-list offer before it runs out: it becomes an ordinary booking.</summary>
    public async Task<LendingActionOutcome> AcceptOfferAsync(int bookingId, string userId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var accepted = await db.Bookings
            .Where(b => b.Id == bookingId && b.UserId == userId && b.Status == BookingStatus.Offered && b.OfferExpiresAt > now && b.PickupAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BookingStatus.Booked), ct);
        if (accepted == 0)
        {
            return await db.Bookings.AnyAsync(b => b.Id == bookingId && b.UserId == userId, ct)
                ? LendingActionOutcome.WrongState : LendingActionOutcome.NotFound;
        }
        var entryId = await db.Bookings.Where(b => b.Id == bookingId).Select(b => b.WaitlistEntryId).FirstAsync(ct);
        if (entryId is { } id)
        {
            await db.WaitlistEntries.Where(w => w.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(w => w.Status, WaitlistStatus.Accepted), ct);
        }
        await notices.BookedAsync(bookingId, ct);
        return LendingActionOutcome.Done;
    }

    /// <summary>
    /// Offers freed units to the waiting list of a type, first come first served: each waiting entry whose period
    /// now has a free unit of its size gets an offer (a booking in state Offered) that lasts <see cref="LendingOptions.OfferHours"/>.
    /// Entries whose pickup has passed lapse. Returns the number of offers made.
    /// </summary>
    public async Task<int> OfferFreedUnitsAsync(int typeId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var type = await db.LendingTypes.AsNoTracking().Where(t => t.Id == typeId)
            .Select(t => new { t.Archived, t.LeadTimeHours }).FirstOrDefaultAsync(ct);
        if (type is null || type.Archived) return 0;
        // An entry whose pickup is nearer than the lead time can no longer be offered anything.
        var tooLate = now.UtcDateTime.AddHours(type.LeadTimeHours);
        await db.WaitlistEntries.Where(w => w.TypeId == typeId && w.Status == WaitlistStatus.Waiting && w.PickupAt <= tooLate)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.Status, WaitlistStatus.Lapsed), ct);
        var waiting = await db.WaitlistEntries.AsNoTracking()
            .Where(w => w.TypeId == typeId && w.Status == WaitlistStatus.Waiting)
            .OrderBy(w => w.CreatedAt).ThenBy(w => w.Id).Take(200).ToListAsync(ct);
        var offers = 0;
        foreach (var entry in waiting)
        {
            var period = new BookingPeriod(new DateTimeOffset(entry.PickupAt, TimeSpan.Zero), new DateTimeOffset(entry.ReturnBy, TimeSpan.Zero));
            for (var attempt = 1; attempt <= MaxAttempts; attempt++)
            {
                try
                {
                    await using var tx = await db.Database.BeginTransactionAsync(ct);
                    var unitId = await FreeUnitsQuery(typeId, entry.LabelKey, period).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
                    if (unitId is null || !await LockAvailableUnitAsync(unitId.Value, ct))
                    {
                        await tx.RollbackAsync(ct);
                        break;
                    }
                    // Claim the entry first, so two nodes never offer the same entry twice.
                    var claimed = await db.WaitlistEntries.Where(w => w.Id == entry.Id && w.Status == WaitlistStatus.Waiting)
                        .ExecuteUpdateAsync(s => s.SetProperty(w => w.Status, WaitlistStatus.Offered)
                            .SetProperty(w => w.OfferedAt, now.UtcDateTime), ct);
                    if (claimed == 0)
                    {
                        await tx.RollbackAsync(ct);
                        break;
                    }
                    var offer = new Booking
                    {
                        UnitId = unitId.Value, TypeId = typeId, UserId = entry.UserId, Code = ReservationRules.NewCode(),
                        Status = BookingStatus.Offered, PickupAt = entry.PickupAt, ReturnBy = entry.ReturnBy,
                        CoBorrowerName = entry.CoBorrowerName, CoBorrowerAge = entry.CoBorrowerAge, Phone = entry.Phone,
                        CreatedAt = now.UtcDateTime, WaitlistEntryId = entry.Id,
                        // The offer ends after the hours to answer, and never later than the last moment the pickup could be booked.
                        OfferExpiresAt = Min(BookingRules.OfferExpiresAt(now, Math.Max(1, options.Value.OfferHours)).UtcDateTime,
                                             entry.PickupAt.AddHours(-type.LeadTimeHours)),
                    };
                    db.Bookings.Add(offer);
                    await db.SaveChangesAsync(ct);
                    await tx.CommitAsync(ct);
                    offers++;
                    await notices.OfferedAsync(offer.Id, ct);
                    break;
                }
                catch (Exception e) when (IsOverlap(e) || DatabaseErrors.IsUniqueViolation(e, "Code", "Bookings.Code") || DatabaseErrors.IsTransient(e))
                {
                    db.ChangeTracker.Clear();
                    LogRetry(logger, typeId, e);
                }
            }
        }
        return offers;
    }

    /// <summary>
    /// Ends offers nobody took in time and offers free units to the people waiting (for every type with a waiting
    /// list). Returns the number of offers ended.
    /// </summary>
    public async Task<int> LapseExpiredOffersAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var expired = await db.Bookings.AsNoTracking()
            .Where(b => b.Status == BookingStatus.Offered && b.OfferExpiresAt <= now)
            .Select(b => new { b.Id, b.TypeId, b.WaitlistEntryId }).Take(500).ToListAsync(ct);
        var ended = 0;
        foreach (var offer in expired)
        {
            var claimed = await db.Bookings.Where(b => b.Id == offer.Id && b.Status == BookingStatus.Offered && b.OfferExpiresAt <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BookingStatus.Lapsed).SetProperty(b => b.CancelledAt, now), ct);
            if (claimed == 0) continue;
            ended++;
            if (offer.WaitlistEntryId is { } entryId)
            {
                await db.WaitlistEntries.Where(w => w.Id == entryId && w.Status == WaitlistStatus.Offered)
                    .ExecuteUpdateAsync(s => s.SetProperty(w => w.Status, WaitlistStatus.Lapsed), ct);
            }
            await notices.OfferLapsedAsync(offer.Id, ct);
        }
        // Every type with people waiting gets a look, not only those whose offers ended: a unit can also free up by a
        // deleted account, a unit back from maintenance on another node, or a booking that ended early.
        var waitingTypes = await db.WaitlistEntries.AsNoTracking().Where(w => w.Status == WaitlistStatus.Waiting)
            .GroupBy(w => w.TypeId).OrderBy(g => g.Min(w => w.CreatedAt)).Select(g => g.Key).Take(500).ToListAsync(ct);
        foreach (var typeId in expired.Select(o => o.TypeId).Union(waitingTypes))
            await OfferFreedUnitsAsync(typeId, ct);
        return ended;
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

    /// <summary>Staff hands out a booked unit, found by its code at the staff member's initiative.</summary>
    public async Task<(LendingActionOutcome Outcome, Booking? Booking)> CheckOutAsync(int initiativeId, string code, CancellationToken ct = default)
    {
        var normalized = ReservationRules.NormalizeCode(code);
        if (normalized is null) return (LendingActionOutcome.NotFound, null);
        var booking = await db.Bookings.AsNoTracking()
            .FirstOrDefaultAsync(b => b.Code == normalized && db.LendingTypes.Any(t => t.Id == b.TypeId && t.InitiativeId == initiativeId), ct);
        if (booking is null) return (LendingActionOutcome.NotFound, null);
        var now = time.GetUtcNow().UtcDateTime;
        // A booking whose period is over cannot be handed out: the unit would be out without any period holding it.
        var done = await db.Bookings.Where(b => b.Id == booking.Id && b.Status == BookingStatus.Booked && b.ReturnBy > now)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BookingStatus.CheckedOut).SetProperty(b => b.CheckedOutAt, now), ct);
        if (done == 0) return (LendingActionOutcome.WrongState, booking);
        return (LendingActionOutcome.Done, await db.Bookings.AsNoTracking().FirstAsync(b => b.Id == booking.Id, ct));
    }

    /// <summary>
    /// Staff lends a unit on the spot to someone who walks in: checked out now, due back at <paramref name="returnBy"/>.
    /// Refused (NoneFree) when the unit is booked within the period; Invalid when the return is not after now or too far ahead.
    /// </summary>
    public async Task<BookResult> WalkInAsync(int initiativeId, int unitId, string borrowerName, string? phone, DateTimeOffset returnBy,
                                              CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(borrowerName);
        var unit = await db.LendingUnits.AsNoTracking().Include(u => u.Type).ThenInclude(t => t!.Initiative)
            .FirstOrDefaultAsync(u => u.Id == unitId && u.Type!.InitiativeId == initiativeId, ct);
        if (unit?.Type is null) return new(BookOutcome.NotFound);
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
        if (problems.Count > 0) return new(BookOutcome.Invalid, Problems: problems);
        try
        {
            var booking = new Booking
            {
                UnitId = unit.Id, TypeId = unit.TypeId, BorrowerName = borrowerName.Trim(), Phone = Clean(phone),
                Code = ReservationRules.NewCode(), Status = BookingStatus.CheckedOut,
                PickupAt = now.UtcDateTime, ReturnBy = returnBy.UtcDateTime, CreatedAt = now.UtcDateTime, CheckedOutAt = now.UtcDateTime,
            };
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (await OverlappingQuery(unit.Id, period).AnyAsync(ct))
            {
                await tx.RollbackAsync(ct);
                return new(BookOutcome.NoneFree, Alternative: await AlternativeAsync(unit.Type, unit.LabelKey, period, null, ct));
            }
            db.Bookings.Add(booking);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return new(BookOutcome.Booked, booking);
        }
        catch (Exception e) when (IsOverlap(e))
        {
            db.ChangeTracker.Clear();
            return new(BookOutcome.NoneFree, Alternative: await AlternativeAsync(unit.Type, unit.LabelKey, period, null, ct));
        }
    }

    /// <summary>
    /// Staff takes a unit back, with a note on its condition; optionally straight into maintenance. A unit back early
    /// frees the rest of its period at once (the booking's end moves to now) for the waiting list.
    /// </summary>
    public async Task<UnitStateResult> CheckInAsync(int initiativeId, int bookingId, string? conditionNote, bool toMaintenance,
                                                    CancellationToken ct = default)
    {
        var booking = await db.Bookings.AsNoTracking()
            .FirstOrDefaultAsync(b => b.Id == bookingId && db.LendingTypes.Any(t => t.Id == b.TypeId && t.InitiativeId == initiativeId), ct);
        if (booking is null) return new(LendingActionOutcome.NotFound);
        var now = time.GetUtcNow().UtcDateTime;
        var note = Clean(conditionNote);
        var newEnd = now < booking.ReturnBy && now > booking.PickupAt ? now : booking.ReturnBy;
        var done = await db.Bookings.Where(b => b.Id == bookingId && b.Status == BookingStatus.CheckedOut)
            .ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Status, BookingStatus.Returned)
                .SetProperty(b => b.ReturnedAt, now)
                .SetProperty(b => b.ReturnBy, newEnd)
                .SetProperty(b => b.ConditionNote, note), ct);
        if (done == 0) return new(LendingActionOutcome.WrongState);
        if (toMaintenance) return await SetUnitStateAsync(initiativeId, booking.UnitId, LendingUnitState.Maintenance, note, ct);
        await OfferFreedUnitsAsync(booking.TypeId, ct);
        return new(LendingActionOutcome.Done);
    }

    /// <summary>
    /// Sets a unit's state. Maintenance and retirement block new bookings; the unit's coming bookings move to another
    /// free unit of the same size when there is one, else they are cancelled; each borrower is told which.
    /// Back to available: the waiting list gets its chance.
    /// </summary>
    public async Task<UnitStateResult> SetUnitStateAsync(int initiativeId, int unitId, LendingUnitState state, string? note, CancellationToken ct = default)
    {
        var unit = await db.LendingUnits.AsNoTracking().Include(u => u.Type)
            .FirstOrDefaultAsync(u => u.Id == unitId && u.Type!.InitiativeId == initiativeId, ct);
        if (unit is null) return new(LendingActionOutcome.NotFound);
        await db.LendingUnits.Where(u => u.Id == unitId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.State, state).SetProperty(u => u.StateNote, Clean(note)), ct);
        if (state == LendingUnitState.Available)
        {
            await OfferFreedUnitsAsync(unit.TypeId, ct);
            return new(LendingActionOutcome.Done);
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
                await notices.MovedAsync(booking.Id, ct);
                continue;
            }
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
        }
        return new(LendingActionOutcome.Done, moved, cancelled);
    }

    private async Task<bool> TryMoveAsync(int bookingId, int typeId, string labelKey, BookingPeriod period, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            try
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var target = await FreeUnitsQuery(typeId, labelKey, period, exceptBookingId: bookingId).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
                if (target is null || !await LockAvailableUnitAsync(target.Value, ct))
                {
                    await tx.RollbackAsync(ct);
                    return false;
                }
                var moved = await db.Bookings.Where(b => b.Id == bookingId && BookingStatuses.NotHandedOut.Contains(b.Status))
                    .ExecuteUpdateAsync(s => s.SetProperty(b => b.UnitId, target.Value), ct);
                await tx.CommitAsync(ct);
                return moved > 0;
            }
            catch (Exception e) when (IsOverlap(e) || DatabaseErrors.IsTransient(e))
            {
                LogRetry(logger, typeId, e);
            }
        }
        return false;
    }

    /// <summary>Every problem with booking a unit of <paramref name="type"/> for <paramref name="period"/> now.</summary>
    public async Task<IReadOnlyList<BookingProblem>> ValidateAsync(LendingType type, BookingPeriod period, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(type);
        var place = await PlaceAsync(type, ct);
        return BookingRules.Validate(period, time.GetUtcNow(), place.Schedule, place.Context, type.MaxDays, TimeSpan.FromHours(type.LeadTimeHours));
    }

    /// <summary>The hours that govern pickup and return for the type.</summary>
    public Task<LendingPlace> PlaceAsync(LendingType type, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(type);
        var slug = type.Initiative?.Slug ?? throw new InvalidOperationException("The type's initiative must be loaded.");
        return LendingPlace.ForAsync(db, directory, clock, slug, type.StaffedHours, ct);
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

    private IQueryable<Booking> OverlappingQuery(int unitId, BookingPeriod period)
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

    private Task<LendingType?> LoadTypeAsync(int typeId, CancellationToken ct) =>
        db.LendingTypes.AsNoTracking().Include(t => t.Initiative)
            .FirstOrDefaultAsync(t => t.Id == typeId && !t.Archived && t.Initiative!.Moderation == Portal.ModerationState.Approved
                && t.Initiative.Status == InitiativeStatus.Active, ct);

    /// <summary>
    /// PostgreSQL: takes a share lock on the unit's row while it is still available, so a state change to maintenance
    /// (an UPDATE, which waits for the lock) either happens before (and this returns false) or sees this booking when
    /// it moves the unit's bookings. SQLite: the write transaction already serialises, so always true.
    /// </summary>
    private async Task<bool> LockAvailableUnitAsync(int unitId, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()) return true;
        var rows = await db.Database
            .SqlQuery<int>($"SELECT 1 AS \"Value\" FROM \"LendingUnits\" WHERE \"Id\" = {unitId} AND \"State\" = 'Available' FOR SHARE")
            .ToListAsync(ct);
        return rows.Count > 0;
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static string? KeyOrNull(string? label) => string.IsNullOrWhiteSpace(label) ? null : LendingUnit.KeyOf(label);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The database refused an overlapping active booking (PostgreSQL's exclusion constraint, SQLite's trigger).</summary>
    public static bool IsOverlap(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is PostgresException { SqlState: PostgresErrorCodes.ExclusionViolation }) return true;
            if (inner is SqliteException sqlite && sqlite.Message.Contains("EX_Bookings_Unit_Period", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A booking of type {TypeId} met a conflict and is tried again")]
    private static partial void LogRetry(ILogger logger, int typeId, Exception exception);
}
