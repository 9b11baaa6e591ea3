using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Impact.Ledger;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Points;
using Omigjen.Web.Features.Points.Ledger;
using Omigjen.Web.Features.Reservations.Notices;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Reservations;

/// <summary>Settings for holds (section <c>Reservations</c>).</summary>
public sealed class ReservationOptions
{
    public const string Section = "Reservations";

    /// <summary>Active holds one resident may have at once.</summary>
    public int MaxActivePerResident { get; set; } = 3;

    /// <summary>Whether the background job releases expired holds (tests run it themselves).</summary>
    public bool ExpiryJobEnabled { get; set; } = true;
}

public enum ReserveStatus
{
    Reserved,
    NotFound,

    /// <summary>The last unit went to someone else (or is held by others).</summary>
    Taken,

    /// <summary>Sold, given away or removed.</summary>
    NotAvailable,

    LimitReached,

    /// <summary>The chosen pickup day is not one of the place's next opening days that the initiative allows.</summary>
    DayNotOffered,
}

public sealed record ReserveResult(ReserveStatus Status, Reservation? Reservation = null, HoldExpiry? Expiry = null);

public enum HandleStatus
{
    Done,
    NotFound,

    /// <summary>The hold was no longer active: collected, released, cancelled or expired before this request.</summary>
    AlreadyHandled,
}

/// <summary>
/// Every change to a hold and to the item's counts. Each is one transaction of conditional set-based updates: the
/// item's row is the one place that decides who gets the last unit, on SQLite (one writer at a time) and on
/// PostgreSQL (the row lock of the update; the condition is checked again on the newest row).
/// </summary>
public sealed partial class ReservationService(
    AppDbContext db, TimeProvider time, IOptions<ReservationOptions> options, IOptions<MunicipalityOptions> municipality,
    ReservationNotices notices, ImpactLedger ledger, PointsCredits points, ILogger<ReservationService> logger)
{
    private const int MaxAttempts = 4;

    /// <summary>
    /// Holds one unit of <paramref name="itemId"/> for <paramref name="userId"/> until the place closes on
    /// <paramref name="pickupDay"/>, which must be one of <see cref="PickupDaysAsync"/>; without a day, the first of them.
    /// </summary>
    public async Task<ReserveResult> ReserveAsync(int itemId, string userId, DateOnly? pickupDay = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        var item = await db.Items.AsNoTracking().Where(i => i.Id == itemId)
            .Select(i => new { i.Id, i.InitiativeId, i.Status, i.Available }).FirstOrDefaultAsync(ct);
        if (item is null) return new(ReserveStatus.NotFound);
        if (item.Status is ItemStatus.Sold or ItemStatus.Removed) return new(ReserveStatus.NotAvailable);
        var days = await PickupDaysAsync(item.InitiativeId, ct);
        if (ExpiryOn(days, pickupDay) is not { } expiry) return new(ReserveStatus.DayNotOffered);

        ReserveResult result;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                result = await TryReserveAsync(itemId, userId, expiry, ct);
                break;
            }
            catch (DbUpdateException e) when (attempt < MaxAttempts && DatabaseErrors.IsUniqueViolation(e, "Code", "Reservations.Code"))
            {
                // Two holds drew the same code (about one in 900 million): draw again.
                db.ChangeTracker.Clear();
            }
            catch (Exception e) when (attempt < MaxAttempts && DatabaseErrors.IsTransient(e))
            {
                // PostgreSQL gave up on a lock wait (deadlock or serialization failure): nothing was written; once more.
                db.ChangeTracker.Clear();
                LogRetry(logger, itemId, e);
            }
        }
        return result;
    }

    private async Task<ReserveResult> TryReserveAsync(int itemId, string userId, HoldExpiry expiry, CancellationToken ct)
    {
        var max = Math.Max(1, options.Value.MaxActivePerResident);
        // SQLite: BEGIN IMMEDIATE (the provider's default), so the transaction holds the write lock from its first
        // statement and never has to upgrade a read lock (which fails at once with SQLITE_BUSY when another writer waits).
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql())
        {
            // One resident's holds are counted under a lock on the resident's row, so two tabs cannot both pass the limit.
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM \"AspNetUsers\" WHERE \"Id\" = {userId} FOR UPDATE", ct);
        }
        var taken = await db.Items
            .Where(i => i.Id == itemId && i.Status == ItemStatus.Available && i.Available > 0)
            .ExecuteUpdateAsync(s => s
                .SetProperty(i => i.Available, i => i.Available - 1)
                .SetProperty(i => i.Status, i => i.Available - 1 == 0 ? ItemStatus.Reserved : i.Status), ct);
        if (taken == 0)
        {
            await tx.RollbackAsync(ct);
            var now = await db.Items.AsNoTracking().Where(i => i.Id == itemId).Select(i => (ItemStatus?)i.Status).FirstOrDefaultAsync(ct);
            return new(now switch
            {
                null => ReserveStatus.NotFound,
                ItemStatus.Sold or ItemStatus.Removed => ReserveStatus.NotAvailable,
                _ => ReserveStatus.Taken,
            });
        }
        var active = await db.Reservations.CountAsync(r => r.UserId == userId && r.Status == ReservationStatus.Active, ct);
        if (active >= max)
        {
            await tx.RollbackAsync(ct);
            return new(ReserveStatus.LimitReached);
        }
        var reservation = new Reservation
        {
            ItemId = itemId, UserId = userId, Code = ReservationRules.NewCode(), Status = ReservationStatus.Active,
            CreatedAt = time.GetUtcNow().UtcDateTime, ExpiresAt = expiry.ExpiresAt.UtcDateTime,
        };
        db.Reservations.Add(reservation);
        await db.SaveChangesAsync(ct);
        // The notices commit with the hold: neither exists without the other.
        await notices.AddAsync(reservation.Id, ReservationStatus.Active, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new(ReserveStatus.Reserved, reservation, expiry);
    }

    /// <summary>
    /// The days a hold made now at this initiative may be picked up: its next opening days by its effective hours
    /// (exceptions included), as many as its hold length allows. Empty when the hours are unknown.
    /// </summary>
    public async Task<IReadOnlyList<PickupDay>> PickupDaysAsync(int initiativeId, CancellationToken ct = default)
    {
        var initiative = await db.Initiatives.AsNoTracking().Include(i => i.Locations).Include(i => i.Exceptions).AsSplitQuery()
            .FirstAsync(i => i.Id == initiativeId, ct);
        var entry = new DirectoryEntry(initiative, municipality.Value.TimeZone);
        return ReservationRules.PickupDays(entry.Schedule, entry.Context, time.GetUtcNow(), initiative.HoldOpeningDays);
    }

    /// <summary>
    /// The end of a hold picked up on <paramref name="day"/> (the first offered day when null); the fixed fallback when
    /// no day is offered and none was asked for; null when the day asked for is not offered.
    /// </summary>
    public HoldExpiry? ExpiryOn(IReadOnlyList<PickupDay> days, DateOnly? day)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (days.Count == 0) return day is null ? new HoldExpiry(time.GetUtcNow() + ReservationRules.FallbackDuration, FromHours: false) : null;
        var chosen = day is { } d ? days.FirstOrDefault(p => p.Date == d) : days[0];
        return chosen is null ? null : new HoldExpiry(chosen.Closes, FromHours: true);
    }

    /// <summary>The resident calls off their own hold; the unit is free again and the actor is told (a notice).</summary>
    public async Task<HandleStatus> CancelAsync(int reservationId, string userId, CancellationToken ct = default)
    {
        return await EndAsync(db.Reservations.Where(r => r.Id == reservationId && r.UserId == userId), ReservationStatus.Cancelled, ct);
    }

    /// <summary>The actor lets a hold go; the unit is free again and the resident is told.</summary>
    public async Task<HandleStatus> ReleaseAsync(int reservationId, int initiativeId, CancellationToken ct = default)
    {
        return await EndAsync(db.Reservations.Where(r => r.Id == reservationId && r.Item!.InitiativeId == initiativeId), ReservationStatus.Released, ct);
    }

    /// <summary>The resident picked the item up: one unit fewer, and the item is sold or given away when it was the last.</summary>
    public Task<HandleStatus> CollectAsync(int reservationId, int initiativeId, CancellationToken ct = default) =>
        EndAsync(db.Reservations.Where(r => r.Id == reservationId && r.Item!.InitiativeId == initiativeId), ReservationStatus.Collected, ct);

    /// <summary>Ends one active hold (claimed by a conditional update) and adjusts the item's counts, in one transaction.</summary>
    internal async Task<HandleStatus> EndAsync(IQueryable<Reservation> which, ReservationStatus to, CancellationToken ct, DateTime? expiredBefore = null)
    {
        var found = await which.AsNoTracking().Select(r => new { r.Id, r.ItemId, r.Status, r.UserId, r.Item!.InitiativeId }).FirstOrDefaultAsync(ct);
        if (found is null) return HandleStatus.NotFound;
        if (found.Status != ReservationStatus.Active) return HandleStatus.AlreadyHandled;
        var now = time.GetUtcNow().UtcDateTime;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var claim = db.Reservations.Where(r => r.Id == found.Id && r.Status == ReservationStatus.Active);
                if (expiredBefore is { } due) claim = claim.Where(r => r.ExpiresAt <= due);
                var claimed = await claim.ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.Status, to)
                    .SetProperty(r => r.EndedAt, now), ct);
                if (claimed == 0)
                {
                    await tx.RollbackAsync(ct);
                    return HandleStatus.AlreadyHandled;
                }
                var items = db.Items.Where(i => i.Id == found.ItemId);
                if (to == ReservationStatus.Collected)
                {
                    // Available stays: the held unit was never counted there. The guards keep the checks true whatever
                    // an edit of the quantity did meanwhile.
                    await items.ExecuteUpdateAsync(s => s
                        .SetProperty(i => i.Quantity, i => i.Quantity > 0 ? i.Quantity - 1 : 0)
                        .SetProperty(i => i.Available, i => i.Available < i.Quantity ? i.Available : (i.Quantity > 0 ? i.Quantity - 1 : 0))
                        .SetProperty(i => i.Status, i => i.Quantity <= 1 && i.Status != ItemStatus.Removed ? ItemStatus.Sold : i.Status), ct);
                    var item = await items.AsNoTracking().Select(i => new { i.InitiativeId, i.Category, i.WeightKg }).FirstAsync(ct);
                    await ledger.RecordAsync(db, new(ReuseActKind.HoldCollected, item.InitiativeId, item.Category, 1, item.WeightKg, found.UserId, found.Id), ct);
                }
                else
                {
                    await items.ExecuteUpdateAsync(s => s
                        .SetProperty(i => i.Available, i => i.Available < i.Quantity ? i.Available + 1 : i.Quantity)
                        .SetProperty(i => i.Status, i => i.Status == ItemStatus.Reserved && i.Available < i.Quantity ? ItemStatus.Available : i.Status), ct);
                }
                if (to == ReservationStatus.Expired)
                    await db.Reservations.Where(r => r.Id == found.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.ExpiryNoticeSentAt, now), ct);
                if (to != ReservationStatus.Collected)
                    await notices.AddAsync(found.Id, to, ct);
                else
                    await points.CreditVerifiedAsync(db, found.UserId, found.InitiativeId, PointsAction.BuyingUsed, "hold:" + found.Id, ct);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return HandleStatus.Done;
            }
            catch (Exception e) when (attempt < MaxAttempts && DatabaseErrors.IsTransient(e))
            {
                db.ChangeTracker.Clear();
                LogRetry(logger, found.ItemId, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A hold on item {ItemId} ran into a lock conflict and is tried again")]
    private static partial void LogRetry(ILogger logger, int itemId, Exception exception);
}
