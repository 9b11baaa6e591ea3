using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.WorkTraining;

/// <summary>Why a step was refused, with the words to show.</summary>
public enum TrainingError
{
    NoAccount,
    AlreadyAdded,
    NotConsented,
    Ended,
    Unknown,
}

/// <summary>
/// The rules of the work-training record, for supervisors (a station's staff) and for the participant. Every write names
/// both the participation and its station (or its participant), so nobody reaches another station's or person's record
/// by changing an id.
/// </summary>
public sealed class TrainingRecords(AppDbContext db, UserManager<AppUser> users, MunicipalClock clock, IOptions<WorkTrainingOptions> options)
{
    public static (string Nb, string En) Text(TrainingError error) => error switch
    {
        TrainingError.NoAccount => ("E-post: fant ingen konto med denne adressen. Personen må lage en konto først.",
            "E-mail: no account has this address. The person must create an account first."),
        TrainingError.AlreadyAdded => ("E-post: denne personen er allerede med i arbeidstrening her.", "E-mail: this person is already in work training here."),
        TrainingError.NotConsented => ("Deltakeren har ikke sagt ja ennå. Ingenting kan skrives ned før det.",
            "The participant has not said yes yet. Nothing can be recorded before that."),
        TrainingError.Ended => ("Arbeidstreningen er avsluttet. Den kan ikke endres.", "The work training has ended. It cannot be changed."),
        _ => ("Fant ikke arbeidstreningen.", "The work training was not found."),
    };

    /// <summary>Asks the account with <paramref name="email"/> to take part at the station; they answer on their own page.</summary>
    public async Task<(Participation? Added, TrainingError? Error)> AddAsync(int stationId, string email, string supervisorId, CancellationToken ct)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null) return (null, TrainingError.NoAccount);
        if (await db.TrainingParticipations.AnyAsync(p => p.StationId == stationId && p.UserId == user.Id, ct)) return (null, TrainingError.AlreadyAdded);
        var participation = new Participation { StationId = stationId, UserId = user.Id, CreatedAt = clock.Now.UtcDateTime, CreatedById = supervisorId };
        db.TrainingParticipations.Add(participation);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e, "TrainingParticipations_StationId_UserId", "TrainingParticipations.StationId"))
        {
            // Added at the same moment by someone else.
            db.ChangeTracker.Clear();
            return (null, TrainingError.AlreadyAdded);
        }
        return (participation, null);
    }

    /// <summary>Sets how far the participant has come with a task (NotYet removes it). Only after consent, before the end.</summary>
    public async Task<TrainingError?> RecordAsync(int stationId, int participationId, TrainingTask task, TaskLevel level, string supervisorId, CancellationToken ct)
    {
        if (!Enum.IsDefined(task) || !Enum.IsDefined(level)) return TrainingError.Unknown;
        var p = await db.TrainingParticipations.AsNoTracking().Where(x => x.Id == participationId && x.StationId == stationId)
            .Select(x => new { x.ConsentedAt, x.EndedOn }).FirstOrDefaultAsync(ct);
        if (p is null) return TrainingError.Unknown;
        if (p.ConsentedAt is null) return TrainingError.NotConsented;
        if (p.EndedOn is not null) return TrainingError.Ended;
        var rows = db.TrainingProgress.Where(t => t.ParticipationId == participationId && t.Task == task);
        if (level == TaskLevel.NotYet)
        {
            await rows.ExecuteDeleteAsync(ct);
            return null;
        }
        var today = clock.Today;
        var now = clock.Now.UtcDateTime;
        DateOnly? mastered = level == TaskLevel.Mastered ? today : null;
        for (var attempt = 0; ; attempt++)
        {
            // The first date done and mastered are kept when the same level is set again; a lower level clears "mastered".
            var updated = level == TaskLevel.Mastered
                ? await rows.ExecuteUpdateAsync(s => s.SetProperty(t => t.DoneOn, t => t.DoneOn ?? today).SetProperty(t => t.MasteredOn, t => t.MasteredOn ?? today)
                    .SetProperty(t => t.UpdatedAt, now).SetProperty(t => t.UpdatedById, supervisorId), ct)
                : await rows.ExecuteUpdateAsync(s => s.SetProperty(t => t.DoneOn, t => t.DoneOn ?? today).SetProperty(t => t.MasteredOn, (DateOnly?)null)
                    .SetProperty(t => t.UpdatedAt, now).SetProperty(t => t.UpdatedById, supervisorId), ct);
            if (updated > 0) return null;
            db.TrainingProgress.Add(new TaskProgress { ParticipationId = participationId, Task = task, DoneOn = today, MasteredOn = mastered, UpdatedAt = now, UpdatedById = supervisorId });
            try
            {
                await db.SaveChangesAsync(ct);
                return null;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Another supervisor stored the task's first row at the same moment: update that one instead.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Ends the participation today; the record is deleted <see cref="WorkTrainingOptions.KeepMonthsAfterEnd"/> months later.</summary>
    public async Task<bool> EndAsync(int stationId, int participationId, CancellationToken ct) =>
        await db.TrainingParticipations.Where(p => p.Id == participationId && p.StationId == stationId && p.EndedOn == null)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.EndedOn, clock.Today), ct) > 0;

    /// <summary>The participant says yes to being recorded.</summary>
    public async Task<bool> ConsentAsync(string userId, int participationId, CancellationToken ct) =>
        await db.TrainingParticipations.Where(p => p.Id == participationId && p.UserId == userId && p.ConsentedAt == null && p.EndedOn == null)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ConsentedAt, clock.Now.UtcDateTime), ct) > 0;

    /// <summary>The participant says no, takes the consent back or asks for deletion: the participation and all it holds go.</summary>
    public async Task<bool> DeleteForParticipantAsync(string userId, int participationId, CancellationToken ct) =>
        await db.TrainingParticipations.Where(p => p.Id == participationId && p.UserId == userId).ExecuteDeleteAsync(ct) > 0;

    /// <summary>The date the record of a participation that ended on <paramref name="endedOn"/> is deleted.</summary>
    public DateOnly DeletedOn(DateOnly endedOn) => endedOn.AddMonths(options.Value.KeepMonthsAfterEnd);

    /// <summary>Deletes the records kept long enough after the end, and questions of consent left unanswered; returns how many.</summary>
    public async Task<int> PurgeAsync(CancellationToken ct)
    {
        var endedBefore = clock.Today.AddMonths(-options.Value.KeepMonthsAfterEnd);
        var askedBefore = clock.Now.UtcDateTime.AddDays(-options.Value.ConsentDays);
        return await db.TrainingParticipations
            .Where(p => (p.EndedOn != null && p.EndedOn <= endedBefore) || (p.ConsentedAt == null && p.CreatedAt < askedBefore))
            .ExecuteDeleteAsync(ct);
    }
}
