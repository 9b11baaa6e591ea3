using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Intake.Lots;

namespace Omigjen.Web.Features.Intake.Pickups;

/// <summary>
/// A standing pickup as the station's and the partner's pages list it: from <see cref="DaysBack"/> days ago (so a
/// pickup can still be confirmed) to the last generated day. The list is bounded by the plans, one row per plan and day.
/// </summary>
public sealed record PickupRow(long Id, DateOnly Date, string Station, string Partner, PickupState State, PickupSide? CancelledBy, string? CancelReason,
                               int Lots, decimal LotsKg, List<IntakeCategory> Categories)
{
    public const int DaysBack = PickupPlanner.MissedAfterDays;

    public enum Owner
    {
        Station, Partner,
    }

    public static async Task<List<PickupRow>> ListAsync(AppDbContext db, Owner owner, int ownerId, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var from = today.AddDays(-DaysBack);
        var rows = await db.StandingPickups.AsNoTracking()
            .Where(p => p.Date >= from && (owner == Owner.Station ? p.StationId == ownerId : p.PartnerId == ownerId))
            .OrderBy(p => p.Date).ThenBy(p => p.Id).Take(200)
            .Select(p => new
            {
                p.Id, p.Date, p.PartnerId, p.State, p.CancelledBy, p.CancelReason,
                Station = db.Stations.Where(s => s.Id == p.StationId).Select(s => s.Name).FirstOrDefault() ?? "",
                Partner = (from x in db.IntakePartners join i in db.Initiatives on x.InitiativeId equals i.Id where x.Id == p.PartnerId select i.Name).FirstOrDefault() ?? "",
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var lots = await db.IntakeLots.AsNoTracking().Active().Where(l => l.PickupId != null && ids.Contains(l.PickupId.Value))
            .Select(l => new { PickupId = l.PickupId!.Value, l.Category, l.WeightKg }).ToListAsync(ct);
        var partnerIds = rows.Select(r => r.PartnerId).Distinct().ToList();
        var wanted = await db.IntakePartnerCategories.AsNoTracking().Where(c => partnerIds.Contains(c.PartnerId))
            .Select(c => new { c.PartnerId, c.Category }).ToListAsync(ct);
        return rows.Select(r =>
        {
            var mine = lots.Where(l => l.PickupId == r.Id).ToList();
            var categories = mine.Count > 0
                ? mine.Select(l => l.Category).Distinct().Order().ToList()
                : wanted.Where(w => w.PartnerId == r.PartnerId).Select(w => w.Category).Order().ToList();
            return new PickupRow(r.Id, r.Date, r.Station, r.Partner, r.State, r.CancelledBy, r.CancelReason, mine.Count, mine.Sum(l => l.WeightKg), categories);
        }).ToList();
    }
}

/// <summary>What the shared pickup list needs: the rows, the page's slug, which side is looking, and today.</summary>
public sealed record PickupListView(List<PickupRow> Rows, string Slug, bool PartnerSide, DateOnly Today);
