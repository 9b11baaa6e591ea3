using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Activities.Occasions;
using Omigjen.Web.Features.Activities.SignUps.Notices;

namespace Omigjen.Web.Features.Activities.SignUps;

/// <summary>
/// Tells everyone signed up for an occasion (confirmed, offered or waiting) that it was cancelled, moved or changed:
/// one notice per person and change, however many fields changed (the core reports each occasion once per write).
/// Runs inside the caller's transaction on the same scoped <see cref="AppDbContext"/> and saves the notices there, so
/// they commit together with the change.
/// </summary>
public sealed class OccasionSignUpListener(AppDbContext db, SignUpNotices notices) : IOccasionChangeListener
{
    private static readonly SignUpStatus[] Told = [SignUpStatus.Confirmed, SignUpStatus.Offered, SignUpStatus.Waiting];

    public async Task OccasionChangedAsync(ActivityOccasion occasion, OccasionChange change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(occasion);
        var kind = change switch
        {
            OccasionChange.Cancelled => OccasionCancelledNotice.Name,
            OccasionChange.Moved => OccasionMovedNotice.Name,
            _ => OccasionChangedNotice.Name,
        };
        var signUps = await db.ActivitySignUps.AsNoTracking()
            .Where(s => s.OccasionId == occasion.Id && Told.Contains(s.Status)).OrderBy(s => s.Id).ToListAsync(ct);
        // Once per person: one address may hold two sign-ups (one with the account, one made without it).
        var told = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var signUp in signUps)
        {
            if (await notices.RecipientAsync(signUp, ct) is not { } to || !told.Add(to)) continue;
            notices.Add(kind, to, signUp, change == OccasionChange.Moved ? occasion.PreviousStartUtc : null);
        }
        if (told.Count > 0) await db.SaveChangesAsync(ct);
    }
}
