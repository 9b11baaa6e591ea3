using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;

namespace Omigjen.Web.Features.Activities.SignUps;

/// <summary>The organiser's side of an occasion: who came (attendance per sign-up) and how many came without signing up.</summary>
public sealed class SignUpAttendance(AppDbContext db, TimeProvider time)
{
    /// <summary>Marks a confirmed sign-up of the initiative's occasion as attended or not (null: not yet marked). False when not found.</summary>
    public async Task<bool> MarkAsync(int initiativeId, long signUpId, bool? attended, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return await db.ActivitySignUps
            .Where(s => s.Id == signUpId && s.Occasion!.InitiativeId == initiativeId && s.Status == SignUpStatus.Confirmed)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Attended, attended).SetProperty(x => x.UpdatedAt, now), ct) == 1;
    }

    /// <summary>Adds <paramref name="delta"/> walk-ins (never below zero); false when the occasion is not the initiative's or the count would go negative.</summary>
    public async Task<bool> CountWalkInsAsync(int initiativeId, long occasionId, int delta, CancellationToken ct = default) =>
        await db.ActivityOccasions
            .Where(o => o.Id == occasionId && o.InitiativeId == initiativeId && o.WalkIns + delta >= 0)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.WalkIns, o => o.WalkIns + delta), ct) == 1;
}
