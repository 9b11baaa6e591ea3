using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Intake.Allocation;

public enum ClaimOutcome
{
    Claimed, AlreadyClaimed, NotAPartner, NotEligible, WindowClosed, NotFound,
}

/// <summary>
/// A partner's claim on an announced lot. The claim first counts itself on the announcement with a guarded update
/// (window open, not yet allocated), then inserts its row, in one transaction: the allocation, which closes the
/// announcement the same way, sees every claim that got in and none that did not. The unique index on lot and partner
/// makes a repeated claim (two clicks, two members) one row.
/// </summary>
public sealed class LotClaimer(AppDbContext db, MunicipalClock clock, TimeProvider time)
{
    public async Task<ClaimOutcome> ClaimAsync(int initiativeId, long lotId, string? userId, CancellationToken ct = default)
    {
        var partner = await db.IntakePartners.AsNoTracking().Include(p => p.Categories).FirstOrDefaultAsync(p => p.InitiativeId == initiativeId, ct);
        if (partner is null) return ClaimOutcome.NotAPartner;
        var lot = await db.IntakeLots.AsNoTracking().Where(l => l.Id == lotId && db.LotAnnouncements.Any(a => a.LotId == l.Id))
            .Select(l => new { l.Id, l.Category }).FirstOrDefaultAsync(ct);
        if (lot is null) return ClaimOutcome.NotFound;
        if (!partner.InForceOn(clock.Today) || partner.Categories.All(c => c.Category != lot.Category)) return ClaimOutcome.NotEligible;
        if (await db.LotClaims.AnyAsync(c => c.LotId == lotId && c.PartnerId == partner.Id, ct)) return ClaimOutcome.AlreadyClaimed;
        var now = LotAnnouncer.WholeMilliseconds(time.GetUtcNow().UtcDateTime);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var open = await db.LotAnnouncements.Where(a => a.LotId == lotId && a.ClosedAt == null && a.ClaimsCloseAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Claims, a => a.Claims + 1), ct);
        if (open == 0)
        {
            await tx.RollbackAsync(ct);
            return ClaimOutcome.WindowClosed;
        }
        db.LotClaims.Add(new LotClaim { LotId = lotId, PartnerId = partner.Id, ClaimedAt = now, ClaimedById = userId });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e, "IX_IntakeLotClaims_LotId_PartnerId", "IntakeLotClaims.PartnerId"))
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return ClaimOutcome.AlreadyClaimed;
        }
        await tx.CommitAsync(ct);
        return ClaimOutcome.Claimed;
    }

    public static (string Nb, string En) Text(ClaimOutcome outcome) => outcome switch
    {
        ClaimOutcome.Claimed => ("Interessen er registrert. Partiet fordeles når fristen er ute.", "Your claim is registered. The lot is allocated when the window closes."),
        ClaimOutcome.AlreadyClaimed => ("Dere har allerede meldt interesse for dette partiet.", "You have already claimed this lot."),
        ClaimOutcome.NotAPartner => ("Parti: dette tiltaket er ikke godkjent som partner for henting fra stasjonene.", "Lot: this initiative is not approved as a partner for pickups from the stations."),
        ClaimOutcome.NotEligible => ("Parti: avtalen deres gjelder ikke denne kategorien i dag, så dere kan ikke melde interesse.", "Lot: your agreement does not cover this category today, so you cannot claim it."),
        ClaimOutcome.WindowClosed => ("Parti: fristen for å melde interesse er ute.", "Lot: the window for claims has closed."),
        _ => ("Parti: fant ikke partiet.", "Lot: the lot was not found."),
    };
}
