using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;

namespace Omigjen.Web.Features.Intake.Stations;

/// <summary>
/// A person's station work: the stations they work at, how many lots they registered, announced, claimed and confirmed. When the account goes, the
/// lots stay in the figures without the person (the foreign key sets them to null) and the staff rows go with it.
/// </summary>
public sealed class IntakePersonalData : IPersonalDataPart
{
    public int Order => 48;

    public async Task ExportAsync(AppDbContext db, string userId, PersonalDataExport sections, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sections);
        var stations = await db.StationStaff.AsNoTracking().Where(m => m.UserId == userId)
            .Select(m => new
            {
                Station = db.Stations.Where(s => s.Id == m.StationId).Select(s => s.Name).FirstOrDefault(), m.GrantedAt,
                LotsRegistered = db.IntakeLots.Count(l => l.StationId == m.StationId && l.RegisteredById == userId),
            }).ToListAsync(ct);
        var allocation = new
        {
            LotsAnnounced = await db.LotAnnouncements.CountAsync(a => a.AnnouncedById == userId, ct),
            ClaimsMade = await db.LotClaims.CountAsync(c => c.ClaimedById == userId, ct),
            PickupsConfirmed = await db.AllocationDecisions.CountAsync(d => d.ConfirmedById == userId, ct),
        };
        sections.Add(PersonalDataExport.Place.StationWork, "stationWork", new { stations, allocation });
    }

    public Task<bool> BlocksDeletionAsync(AppDbContext db, string userId, CancellationToken ct) => Task.FromResult(false);

    public async Task EraseAsync(AppDbContext db, AppUser person, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(person);
        await db.IntakeLots.Where(l => l.RegisteredById == person.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.RegisteredById, (string?)null), ct);
        await db.StationStaff.Where(m => m.UserId == person.Id).ExecuteDeleteAsync(ct);
        // The allocation's records stay (they are the published account of who got what), without the person.
        await db.LotAnnouncements.Where(a => a.AnnouncedById == person.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.AnnouncedById, (string?)null), ct);
        await db.LotClaims.Where(c => c.ClaimedById == person.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.ClaimedById, (string?)null), ct);
        await db.AllocationDecisions.Where(d => d.ConfirmedById == person.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.ConfirmedById, (string?)null), ct);
        await db.IntakePartners.Where(p => p.ApprovedById == person.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.ApprovedById, (string?)null), ct);
        await db.AllocationRuleChanges.Where(r => r.ChangedById == person.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.ChangedById, (string?)null), ct);
    }
}
