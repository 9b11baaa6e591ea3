using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;

namespace Omigjen.Web.Features.WorkTraining;

/// <summary>
/// A participant's work training is theirs: in the export with every task and date, and deleted with the account. A
/// supervisor's name goes from what they recorded (the record stays the participant's).
/// </summary>
public sealed class WorkTrainingPersonalData : IPersonalDataPart
{
    public int Order => 49;

    public async Task ExportAsync(AppDbContext db, string userId, PersonalDataExport sections, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sections);
        var rows = await db.TrainingParticipations.AsNoTracking().Where(p => p.UserId == userId).OrderBy(p => p.Id)
            .Select(p => new
            {
                Station = p.Station!.Name, p.CreatedAt, p.ConsentedAt, p.EndedOn,
                Tasks = p.Progress.OrderBy(t => t.Task).Select(t => new { t.Task, t.DoneOn, t.MasteredOn }).ToList(),
            }).ToListAsync(ct);
        sections.Add(PersonalDataExport.Place.WorkTraining, "workTraining", rows);
    }

    public Task<bool> BlocksDeletionAsync(AppDbContext db, string userId, CancellationToken ct) => Task.FromResult(false);

    public async Task EraseAsync(AppDbContext db, AppUser person, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(person);
        await db.TrainingParticipations.Where(p => p.UserId == person.Id).ExecuteDeleteAsync(ct);
        await db.TrainingParticipations.Where(p => p.CreatedById == person.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.CreatedById, (string?)null), ct);
        await db.TrainingProgress.Where(t => t.UpdatedById == person.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.UpdatedById, (string?)null), ct);
    }
}
