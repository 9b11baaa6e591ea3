using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Intake.Lots;

namespace Omigjen.Web.Features.Intake.Allocation;

public enum ConfirmOutcome
{
    Confirmed, AlreadyConfirmed, NotFound,
}

/// <summary>
/// The station confirms that the partner took the allocated lot. The decision's <see cref="AllocationDecision.ConfirmedAt"/>
/// is set by one guarded update, so two staff confirming at once give one confirmation; the lot becomes
/// <see cref="LotState.Collected"/> in the same transaction.
/// </summary>
public sealed class PickupConfirmation(AppDbContext db, TimeProvider time)
{
    public async Task<ConfirmOutcome> ConfirmAsync(int stationId, long lotId, string userId, CancellationToken ct = default)
    {
        var now = LotAnnouncer.WholeMilliseconds(time.GetUtcNow().UtcDateTime);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var confirmed = await db.AllocationDecisions
            .Where(d => d.LotId == lotId && d.StationId == stationId && d.PartnerId != null && d.ConfirmedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.ConfirmedAt, (DateTime?)now).SetProperty(d => d.ConfirmedById, userId), ct);
        if (confirmed == 0)
        {
            await tx.RollbackAsync(ct);
            var done = await db.AllocationDecisions.AnyAsync(d => d.LotId == lotId && d.StationId == stationId && d.ConfirmedAt != null, ct);
            return done ? ConfirmOutcome.AlreadyConfirmed : ConfirmOutcome.NotFound;
        }
        await db.IntakeLots.Where(l => l.Id == lotId && l.State == LotState.Allocated).ExecuteUpdateAsync(s => s.SetProperty(l => l.State, LotState.Collected), ct);
        await tx.CommitAsync(ct);
        return ConfirmOutcome.Confirmed;
    }

    public static (string Nb, string En) Text(ConfirmOutcome outcome) => outcome switch
    {
        ConfirmOutcome.Confirmed => ("Hentingen er bekreftet.", "The pickup is confirmed."),
        ConfirmOutcome.AlreadyConfirmed => ("Hentingen var allerede bekreftet.", "The pickup was already confirmed."),
        _ => ("Parti: fant ingen fordeling å bekrefte for dette partiet.", "Lot: found no allocation to confirm for this lot."),
    };
}
