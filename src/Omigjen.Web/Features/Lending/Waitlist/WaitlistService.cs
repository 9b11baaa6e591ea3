using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Lending.Bookings;
using Omigjen.Web.Features.Lending.Catalogue;
using Omigjen.Web.Features.Lending.Notices;
using Omigjen.Web.Features.Reservations;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending.Waitlist;

public enum WaitlistOutcome
{
    Done,
    NotFound,

    /// <summary>The period breaks a rule (see the problems).</summary>
    Invalid,

    LimitReached,

    /// <summary>The entry or offer was not in a state that allows this (already left, offer lapsed or taken).</summary>
    WrongState,
}

/// <summary>What joining, leaving or taking an offer did; the entry for a join.</summary>
public sealed record WaitlistResult(WaitlistOutcome Outcome, WaitlistEntry? Entry = null, IReadOnlyList<BookingProblem>? Problems = null)
{
    public IReadOnlyList<BookingProblem> Problems { get; } = Problems ?? [];
}

/// <summary>
/// The waiting list: residents join and leave it; a freed unit is offered to the first in line (an offer is a booking
/// in state Offered that holds the unit), who accepts it or lets it lapse.
/// </summary>
public sealed partial class WaitlistService(
    AppDbContext db, TimeProvider time, Availability availability, IOptions<LendingOptions> options, BookingNotices notices,
    ILogger<WaitlistService> logger)
{
    /// <summary>
    /// Puts the resident on the waiting list for the type (and size) and period; offered a unit when one frees up.
    /// The period must pass the same rules as a booking, and a resident waits in at most as many lines as they may
    /// have bookings. Outcome Done means "on the list" (the entry is returned).
    /// </summary>
    public async Task<WaitlistResult> JoinAsync(BookingRequest request, string userId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var type = await availability.BookableTypeAsync(request.TypeId, ct);
        if (type is null) return new(WaitlistOutcome.NotFound);
        var problems = await availability.ValidateAsync(type, request.Period, ct);
        if (problems.Count > 0) return new(WaitlistOutcome.Invalid, Problems: problems);
        var waiting = await db.WaitlistEntries.CountAsync(w => w.UserId == userId && w.Status == WaitlistStatus.Waiting, ct);
        var labelKey = LendingInput.LabelKeyOrNull(request.Label);
        var (pickup, back) = (request.PickupAt.UtcDateTime, request.ReturnBy.UtcDateTime);
        // Pressing the button twice does not put the resident twice in the line.
        var existing = await db.WaitlistEntries.AsNoTracking().FirstOrDefaultAsync(w => w.UserId == userId && w.TypeId == request.TypeId
            && w.LabelKey == labelKey && w.PickupAt == pickup && w.ReturnBy == back && w.Status == WaitlistStatus.Waiting, ct);
        if (existing is not null) return new(WaitlistOutcome.Done, existing);
        if (waiting >= Math.Max(1, options.Value.MaxActivePerResident)) return new(WaitlistOutcome.LimitReached);
        var entry = new WaitlistEntry
        {
            TypeId = request.TypeId, UserId = userId, LabelKey = LendingInput.LabelKeyOrNull(request.Label),
            PickupAt = request.PickupAt.UtcDateTime, ReturnBy = request.ReturnBy.UtcDateTime,
            CoBorrowerName = LendingInput.Clean(request.CoBorrowerName), CoBorrowerAge = request.CoBorrowerAge, Phone = LendingInput.Clean(request.Phone),
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.WaitlistEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        // A unit may have freed up since the page was shown.
        await OfferFreedUnitsAsync(request.TypeId, ct);
        return new(WaitlistOutcome.Done, entry);
    }

    /// <summary>The resident leaves the waiting list.</summary>
    public async Task<WaitlistResult> LeaveAsync(int entryId, string userId, CancellationToken ct = default)
    {
        var left = await db.WaitlistEntries.Where(w => w.Id == entryId && w.UserId == userId && w.Status == WaitlistStatus.Waiting)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.Status, WaitlistStatus.Cancelled), ct);
        if (left > 0) return new WaitlistResult(WaitlistOutcome.Done);
        return await db.WaitlistEntries.AnyAsync(w => w.Id == entryId && w.UserId == userId, ct)
            ? new WaitlistResult(WaitlistOutcome.WrongState) : new WaitlistResult(WaitlistOutcome.NotFound);
    }

    /// <summary>The resident takes a waiting-list offer before it runs out: it becomes an ordinary booking.</summary>
    public async Task<WaitlistResult> AcceptOfferAsync(int bookingId, string userId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var accepted = await db.Bookings
            .Where(b => b.Id == bookingId && b.UserId == userId && b.Status == BookingStatus.Offered && b.OfferExpiresAt > now && b.PickupAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BookingStatus.Booked), ct);
        if (accepted == 0)
        {
            return await db.Bookings.AnyAsync(b => b.Id == bookingId && b.UserId == userId, ct)
                ? new WaitlistResult(WaitlistOutcome.WrongState) : new WaitlistResult(WaitlistOutcome.NotFound);
        }
        var entryId = await db.Bookings.Where(b => b.Id == bookingId).Select(b => b.WaitlistEntryId).FirstAsync(ct);
        if (entryId is { } id)
        {
            await db.WaitlistEntries.Where(w => w.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(w => w.Status, WaitlistStatus.Accepted), ct);
        }
        await notices.BookedAsync(bookingId, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new WaitlistResult(WaitlistOutcome.Done);
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
            try
            {
                if (await ConflictRetry.RunAsync(() => TryOfferAsync(entry, period, type.LeadTimeHours, now, ct), BookingConflicts.IsBookingConflict,
                        e => { db.ChangeTracker.Clear(); LogRetry(logger, typeId, e); }))
                    offers++;
            }
            catch (Exception e) when (BookingConflicts.IsBookingConflict(e))
            {
                // Still in conflict after every attempt: the entry keeps its place for the next look.
                db.ChangeTracker.Clear();
                LogRetry(logger, typeId, e);
            }
        }
        return offers;
    }

    /// <summary>Offers the entry a free unit of its size, when there is one; false when none is free or the entry was taken.</summary>
    private async Task<bool> TryOfferAsync(WaitlistEntry entry, BookingPeriod period, int leadTimeHours, DateTimeOffset now, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var unitId = await availability.FreeUnitsQuery(entry.TypeId, entry.LabelKey, period).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
        if (unitId is null || !await availability.LockAvailableUnitAsync(unitId.Value, ct))
        {
            await tx.RollbackAsync(ct);
            return false;
        }
        // Claim the entry first, so two nodes never offer the same entry twice.
        var claimed = await db.WaitlistEntries.Where(w => w.Id == entry.Id && w.Status == WaitlistStatus.Waiting)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.Status, WaitlistStatus.Offered)
                .SetProperty(w => w.OfferedAt, now.UtcDateTime), ct);
        if (claimed == 0)
        {
            await tx.RollbackAsync(ct);
            return false;
        }
        var offer = new Booking
        {
            UnitId = unitId.Value, TypeId = entry.TypeId, UserId = entry.UserId, Code = ReservationRules.NewCode(),
            Status = BookingStatus.Offered, PickupAt = entry.PickupAt, ReturnBy = entry.ReturnBy,
            CoBorrowerName = entry.CoBorrowerName, CoBorrowerAge = entry.CoBorrowerAge, Phone = entry.Phone,
            CreatedAt = now.UtcDateTime, WaitlistEntryId = entry.Id,
            // The offer ends after the hours to answer, and never later than the last moment the pickup could be booked.
            OfferExpiresAt = Min(BookingRules.OfferExpiresAt(now, Math.Max(1, options.Value.OfferHours)).UtcDateTime,
                                 entry.PickupAt.AddHours(-leadTimeHours)),
        };
        db.Bookings.Add(offer);
        await db.SaveChangesAsync(ct);
        await notices.OfferedAsync(offer.Id, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
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
            await using var tx = await db.Database.BeginTransactionAsync(ct);
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
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        // Every type with people waiting gets a look, not only those whose offers ended: a unit can also free up by a
        // deleted account, a unit back from maintenance on another node, or a booking that ended early.
        var waitingTypes = await db.WaitlistEntries.AsNoTracking().Where(w => w.Status == WaitlistStatus.Waiting)
            .GroupBy(w => w.TypeId).OrderBy(g => g.Min(w => w.CreatedAt)).Select(g => g.Key).Take(500).ToListAsync(ct);
        foreach (var typeId in expired.Select(o => o.TypeId).Union(waitingTypes))
            await OfferFreedUnitsAsync(typeId, ct);
        return ended;
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    [LoggerMessage(Level = LogLevel.Information, Message = "A booking of type {TypeId} met a conflict and is tried again")]
    private static partial void LogRetry(ILogger logger, int typeId, Exception exception);
}
