using Microsoft.EntityFrameworkCore;
using Omigjen.OpeningHours;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Intake.Allocation;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Features.Intake.Pickups.Notices;
using Omigjen.Web.Features.Reservations;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Intake.Pickups;

public enum CancelOutcome
{
    Cancelled, AlreadyClosed, NotFound,
}

/// <summary>
/// The station or the partner cancels a planned pickup, saying why. One guarded update (only a planned pickup of that
/// station or partner); the other side is told through the outbox in the same transaction; then the pickup's lots are
/// announced as extra lots at once (should that fail, the intake job announces them on its next run).
/// </summary>
public sealed class PickupCancellation(AppDbContext db, NoticeWriter outbox, LotAnnouncer announcer, TimeProvider time)
{
    /// <param name="ownerId">The station's id when <paramref name="side"/> is the station, the partner's id otherwise.</param>
    public async Task<CancelOutcome> CancelAsync(long pickupId, PickupSide side, int ownerId, string userId, string reason, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var now = LotAnnouncer.WholeMilliseconds(time.GetUtcNow().UtcDateTime);
        var mine = db.StandingPickups.Where(p => p.Id == pickupId && (side == PickupSide.Station ? p.StationId == ownerId : p.PartnerId == ownerId));
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var cancelled = await mine.Where(p => p.State == PickupState.Planned).ExecuteUpdateAsync(s => s
                .SetProperty(p => p.State, PickupState.Cancelled).SetProperty(p => p.CancelledBy, (PickupSide?)side)
                .SetProperty(p => p.CancelledById, userId).SetProperty(p => p.CancelReason, reason.Trim()).SetProperty(p => p.ClosedAt, (DateTime?)now), ct);
            if (cancelled == 0)
            {
                await tx.RollbackAsync(ct);
                return await mine.AnyAsync(ct) ? CancelOutcome.AlreadyClosed : CancelOutcome.NotFound;
            }
            var p = await db.StandingPickups.AsNoTracking().SingleAsync(x => x.Id == pickupId, ct);
            var station = await db.Stations.AsNoTracking().Where(s => s.Id == p.StationId).Select(s => new { s.Name, s.Slug }).SingleAsync(ct);
            var partner = await db.IntakePartners.AsNoTracking().Where(x => x.Id == p.PartnerId)
                .Join(db.Initiatives, x => x.InitiativeId, i => i.Id, (x, i) => new { i.Id, i.Name, i.Slug }).SingleAsync(ct);
            var data = new PickupCancelledData(p.Id, p.Date, station.Name, station.Slug, partner.Name, partner.Slug, side, reason.Trim());
            var to = side == PickupSide.Station
                ? await ReservationView.ActorAddressesAsync(db, partner.Id, ct)
                : await db.StationStaff.AsNoTracking().Where(s => s.StationId == p.StationId)
                    .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => u.Email).Where(e => e != null).Select(e => e!).Distinct().ToListAsync(ct);
            foreach (var address in to) outbox.Add(PickupCancelledNotice.Name, address, Language.Nb, data);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        var lots = await db.IntakeLots.AsNoTracking().Where(l => l.PickupId == pickupId && l.State == LotState.PlannedForPickup).Select(l => l.Id).ToListAsync(ct);
        foreach (var lot in lots) await announcer.AnnounceAsync(lot, userId, ct);
        return CancelOutcome.Cancelled;
    }

    public static (string Nb, string En) Text(CancelOutcome outcome) => outcome switch
    {
        CancelOutcome.Cancelled => ("Hentingen er avlyst. Partiene er lyst ut til partnerne.", "The pickup is cancelled. Its lots are announced to the partners."),
        CancelOutcome.AlreadyClosed => ("Henting: denne hentingen er allerede avlyst, utført eller uteblitt.", "Pickup: this pickup is already cancelled, done or missed."),
        _ => ("Henting: fant ingen slik henting.", "Pickup: found no such pickup."),
    };
}
