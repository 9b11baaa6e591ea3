using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Items.Photos;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Intake.Lots;

/// <summary>What the station is told about a registration; the same every time the same key is sent.</summary>
public sealed record LotReceipt(long Id, IntakeCategory Category, SafetyKind? Safety, int Count, decimal WeightKg, WeightSource WeightSource,
                                LotState State, DateTime RegisteredAt)
{
    public static LotReceipt Of(IntakeLot lot)
    {
        ArgumentNullException.ThrowIfNull(lot);
        // The database gives the scale of the column back ("24.000"); without trailing zeros the first answer and a repeat are the same.
        return new(lot.Id, lot.Category, lot.Safety, lot.Count, lot.WeightKg / 1.000000000000000000000000000000000m, lot.WeightSource, lot.State, lot.RegisteredAt);
    }
}

/// <summary>Either the receipt, or the key was used before for something else (<see cref="KeyConflict"/>).</summary>
public sealed record RegisterResult(LotReceipt? Receipt, bool KeyConflict);

/// <summary>
/// Registers lots once per idempotency key, and takes back the last one. A key seen before answers with the lot it
/// made; two sends of one key at the same moment meet at the unique index, and the loser answers with the winner's lot.
/// </summary>
public sealed class LotRegistration(AppDbContext db, TimeProvider time, PhotoUploads uploads)
{
    public async Task<RegisterResult> RegisterAsync(int stationId, LotDraft draft, string userId, StoredPhoto? photo, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (await ExistingAsync(stationId, draft, photo, ct) is { } earlier) return earlier;
        var lot = new IntakeLot
        {
            StationId = stationId, IdempotencyKey = draft.Key, Category = draft.Category, Count = draft.Count, WeightKg = draft.WeightKg,
            WeightSource = draft.WeightSource, Condition = draft.Condition, Notes = draft.Notes, Safety = draft.Safety,
            State = draft.Safety is null ? LotState.Registered : LotState.RefusedForSafety,
            RegisteredById = userId, RegisteredAt = WholeMilliseconds(time.GetUtcNow().UtcDateTime),
        };
        if (photo is not null) lot.Photos.Add(new IntakeLotPhoto { Key = photo.Key, Width = photo.Width, Height = photo.Height });
        db.IntakeLots.Add(lot);
        try
        {
            await db.SaveChangesAsync(ct);
            return new RegisterResult(LotReceipt.Of(lot), false);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e, "IdempotencyKey", "IntakeLots.IdempotencyKey"))
        {
            db.ChangeTracker.Clear();
            return await ExistingAsync(stationId, draft, photo, ct) ?? throw new InvalidOperationException("The key's lot vanished.", e);
        }
    }

    private async Task<RegisterResult?> ExistingAsync(int stationId, LotDraft draft, StoredPhoto? photo, CancellationToken ct)
    {
        var earlier = await db.IntakeLots.AsNoTracking().FirstOrDefaultAsync(l => l.IdempotencyKey == draft.Key, ct);
        if (earlier is null) return null;
        // The photo of a repeated send is already stored with the first one.
        if (photo is not null) await uploads.DeleteAsync(photo.Key);
        var same = earlier.StationId == stationId && earlier.Category == draft.Category && earlier.Count == draft.Count && earlier.Safety == draft.Safety;
        return same ? new RegisterResult(LotReceipt.Of(earlier), false) : new RegisterResult(null, true);
    }

    /// <summary>The person's latest lot at the station that still counts, if it can still be undone.</summary>
    public async Task<IntakeLot?> UndoableAsync(int stationId, string userId, CancellationToken ct = default)
    {
        var latest = await LatestOwn(stationId, userId).FirstOrDefaultAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        return latest is not null && LotRules.CheckUndo(latest, userId, latest.Id, now) is null ? latest : null;
    }

    /// <summary>Takes the lot back; null when done, otherwise why not. The write repeats every condition, so a lot is undone once.</summary>
    public async Task<UndoRefusal?> UndoAsync(int stationId, long lotId, string userId, CancellationToken ct = default)
    {
        var lot = await db.IntakeLots.AsNoTracking().FirstOrDefaultAsync(l => l.Id == lotId && l.StationId == stationId, ct);
        var latestId = await LatestOwn(stationId, userId).Select(l => (long?)l.Id).FirstOrDefaultAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        if (LotRules.CheckUndo(lot, userId, latestId, now) is { } refusal) return refusal;
        var since = now - LotRules.UndoWindow;
        var changed = await db.IntakeLots
            .Where(l => l.Id == lotId && l.StationId == stationId && l.RegisteredById == userId && l.UndoneAt == null && l.RegisteredAt >= since
                        && (l.State == LotState.Registered || l.State == LotState.RefusedForSafety)
                        && !db.IntakeLots.Any(o => o.StationId == stationId && o.RegisteredById == userId && o.UndoneAt == null && o.Id > lotId))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.UndoneAt, (DateTime?)now), ct);
        return changed == 1 ? null : UndoRefusal.AlreadyUndone;
    }

    // PostgreSQL keeps microseconds, SQLite ticks: whole milliseconds are kept alike by both, so a repeat answers the same.
    private static DateTime WholeMilliseconds(DateTime utc) => utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMillisecond));

    private IQueryable<IntakeLot> LatestOwn(int stationId, string userId) =>
        db.IntakeLots.AsNoTracking().Active().Where(l => l.StationId == stationId && l.RegisteredById == userId).OrderByDescending(l => l.Id);
}
