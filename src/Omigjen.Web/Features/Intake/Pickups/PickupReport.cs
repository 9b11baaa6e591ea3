using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Intake.Allocation;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Intake.Pickups;

public enum ReportOutcome
{
    Done, AlreadyDone, NotOpen, NotFound,
}

/// <summary>
/// The partner confirms what it took at a pickup, kg per category. One guarded update moves the pickup from planned to
/// done (so two members confirming at once give one outcome, and the second is told); the kg rows and the lots'
/// <see cref="LotState.Collected"/> are written in the same transaction.
/// </summary>
public sealed class PickupReport(AppDbContext db, MunicipalClock clock, TimeProvider time)
{
    public const decimal MaxKg = 2000m;

    public async Task<ReportOutcome> ConfirmAsync(long pickupId, int partnerId, IReadOnlyDictionary<IntakeCategory, decimal> kg, string? userId,
                                                  CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(kg);
        if (kg.Values.Any(v => v is < 0 or > MaxKg)) throw new ArgumentOutOfRangeException(nameof(kg));
        var now = LotAnnouncer.WholeMilliseconds(time.GetUtcNow().UtcDateTime);
        var today = clock.Today;
        var mine = db.StandingPickups.Where(p => p.Id == pickupId && p.PartnerId == partnerId);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var done = await mine.Where(p => p.State == PickupState.Planned && p.Date <= today).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.State, PickupState.Done).SetProperty(p => p.ClosedAt, (DateTime?)now).SetProperty(p => p.ConfirmedById, userId), ct);
        if (done == 0)
        {
            await tx.RollbackAsync(ct);
            var state = await mine.Select(p => (PickupState?)p.State).FirstOrDefaultAsync(ct);
            return state switch
            {
                null => ReportOutcome.NotFound,
                PickupState.Done => ReportOutcome.AlreadyDone,
                _ => ReportOutcome.NotOpen,
            };
        }
        db.PickupTaken.AddRange(kg.Select(k => new PickupTaken { PickupId = pickupId, Category = k.Key, Kg = k.Value }));
        await db.SaveChangesAsync(ct);
        await db.IntakeLots.Where(l => l.PickupId == pickupId && l.State == LotState.PlannedForPickup)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.State, LotState.Collected), ct);
        await tx.CommitAsync(ct);
        return ReportOutcome.Done;
    }

    /// <summary>The categories the form asks kg for: those of the pickup's lots, else those the partner wants.</summary>
    public static async Task<List<IntakeCategory>> CategoriesAsync(AppDbContext db, long pickupId, int partnerId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ofLots = await db.IntakeLots.AsNoTracking().Where(l => l.PickupId == pickupId).Select(l => l.Category).Distinct().ToListAsync(ct);
        if (ofLots.Count > 0) return ofLots.Order().ToList();
        return await db.IntakePartnerCategories.AsNoTracking().Where(c => c.PartnerId == partnerId).Select(c => c.Category).OrderBy(c => c).ToListAsync(ct);
    }

    public static (string Nb, string En) Text(ReportOutcome outcome) => outcome switch
    {
        ReportOutcome.Done => ("Takk! Hentingen er registrert som utført.", "Thank you! The pickup is recorded as done."),
        ReportOutcome.AlreadyDone => ("Henting: denne hentingen var allerede bekreftet. Ingenting er endret.", "Pickup: this pickup was already confirmed. Nothing was changed."),
        ReportOutcome.NotOpen => ("Henting: denne hentingen kan ikke bekreftes (den er ikke i dag eller tidligere, eller den er avlyst eller uteblitt).",
            "Pickup: this pickup cannot be confirmed (it is not today or earlier, or it is cancelled or missed)."),
        _ => ("Henting: fant ingen slik henting.", "Pickup: found no such pickup."),
    };
}
