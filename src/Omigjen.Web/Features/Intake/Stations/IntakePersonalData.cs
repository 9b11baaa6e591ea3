using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;

namespace Omigjen.Web.Features.Intake.Stations;

/// <summary>
/// A person's station work: the stations they work at and how many lots they registered. When the account goes, the
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
        sections.Add(PersonalDataExport.Place.StationWork, "stationWork", stations);
    }

    public Task<bool> BlocksDeletionAsync(AppDbContext db, string userId, CancellationToken ct) => Task.FromResult(false);

    public async Task EraseAsync(AppDbContext db, AppUser person, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(person);
        await db.IntakeLots.Where(l => l.RegisteredById == person.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.RegisteredById, (string?)null), ct);
        await db.StationStaff.Where(m => m.UserId == person.Id).ExecuteDeleteAsync(ct);
    }
}
