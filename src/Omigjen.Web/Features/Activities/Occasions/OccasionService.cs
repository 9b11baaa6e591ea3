using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Activities.Occasions;

/// <summary>What an organiser's change to one occasion gave.</summary>
public enum OccasionEditOutcome
{
    Done, NotFound, AlreadyCancelled, Past, TimeDoesNotExist, Cancelled,
}

/// <summary>Cancels or moves one occasion of an initiative's series, and tells the listeners in the same transaction.</summary>
public sealed class OccasionService(AppDbContext db, MunicipalClock clock, OccasionWrites writes)
{
    public Task<OccasionEditOutcome> CancelAsync(int initiativeId, long occasionId, CancellationToken ct = default)
    {
        var now = clock.Now.UtcDateTime;
        return writes.RunAsync(async () =>
        {
            var o = await LoadAsync(initiativeId, occasionId, ct);
            if (o is null) return (OccasionEditOutcome.NotFound, new List<OccasionChangeNote>());
            if (o.Status == OccasionStatus.Cancelled) return (OccasionEditOutcome.AlreadyCancelled, []);
            if (o.StartUtc <= now) return (OccasionEditOutcome.Past, []);
            o.Status = OccasionStatus.Cancelled;
            o.Sequence++;
            o.UpdatedAt = now;
            return (OccasionEditOutcome.Done, new List<OccasionChangeNote> { new(o, OccasionChange.Cancelled) });
        }, ct);
    }

    /// <summary>
    /// Moves the occasion to start at <paramref name="newStartLocal"/> (local wall-clock time), keeping its length; the
    /// start before is kept as <see cref="ActivityOccasion.PreviousStartUtc"/>.
    /// </summary>
    public Task<OccasionEditOutcome> MoveAsync(int initiativeId, long occasionId, DateTime newStartLocal, CancellationToken ct = default)
    {
        var now = clock.Now.UtcDateTime;
        return writes.RunAsync(async () =>
        {
            var o = await LoadAsync(initiativeId, occasionId, ct);
            if (o is null) return (OccasionEditOutcome.NotFound, new List<OccasionChangeNote>());
            if (o.Status == OccasionStatus.Cancelled) return (OccasionEditOutcome.Cancelled, []);
            if (o.StartUtc <= now) return (OccasionEditOutcome.Past, []);
            if (!LocalTimes.Exists(newStartLocal, clock.Zone)) return (OccasionEditOutcome.TimeDoesNotExist, []);
            var start = LocalTimes.ToUtc(newStartLocal, clock.Zone);
            if (start <= now) return (OccasionEditOutcome.Past, []);
            if (start == o.StartUtc) return (OccasionEditOutcome.Done, []);
            var length = o.EndUtc - o.StartUtc;
            o.PreviousStartUtc = o.StartUtc;
            o.StartUtc = start;
            o.EndUtc = start + length;
            o.Status = OccasionStatus.Moved;
            o.Sequence++;
            o.UpdatedAt = now;
            return (OccasionEditOutcome.Done, new List<OccasionChangeNote> { new(o, OccasionChange.Moved) });
        }, ct);
    }

    private Task<ActivityOccasion?> LoadAsync(int initiativeId, long occasionId, CancellationToken ct) =>
        db.ActivityOccasions.Include(o => o.Series).FirstOrDefaultAsync(o => o.Id == occasionId && o.InitiativeId == initiativeId, ct);
}
