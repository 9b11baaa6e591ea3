using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;

namespace Omigjen.Web.Features.Activities.SignUps;

/// <summary>
/// Sign-ups without an account whose e-mail link was not followed in time: they lapse after
/// <see cref="ExpiryHoursKey"/> hours (24 unless configured), or when the occasion starts if that comes first, so the
/// address is free to sign up again and the organiser's list shows only people who answered.
/// </summary>
public sealed class UnconfirmedSignUps(AppDbContext db, TimeProvider time, SignUpWaitlist waitlist, IConfiguration config)
{
    /// <summary>Configuration key: hours an unconfirmed sign-up waits for its link to be followed.</summary>
    public const string ExpiryHoursKey = "Activities:UnconfirmedSignUpHours";

    public const int DefaultExpiryHours = 24;

    public TimeSpan ExpiresAfter => TimeSpan.FromHours(Math.Max(1, config.GetValue(ExpiryHoursKey, DefaultExpiryHours)));

    /// <summary>Lapses the unconfirmed sign-ups that ran out; returns how many.</summary>
    public async Task<int> ExpireAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var createdBefore = now - ExpiresAfter;
        var expired = await db.ActivitySignUps.AsNoTracking()
            .Where(s => s.Status == SignUpStatus.Unconfirmed && (s.CreatedAt <= createdBefore || s.Occasion!.StartUtc <= now))
            .OrderBy(s => s.Id).Take(500).ToListAsync(ct);
        var lapsed = 0;
        foreach (var signUp in expired)
        {
            // Guarded by the status: a link followed at this moment wins, and the sign-up keeps its places.
            var ended = await db.ActivitySignUps.Where(s => s.Id == signUp.Id && s.Status == SignUpStatus.Unconfirmed)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SignUpStatus.Lapsed).SetProperty(x => x.TokenHash, (string?)null)
                    .SetProperty(x => x.UpdatedAt, now), ct);
            if (ended == 0) continue;
            lapsed++;
            // An unconfirmed sign-up holds no places, so none go back; the line moves on as after a cancellation in case
            // places are free while people wait.
            await waitlist.PromoteAsync(signUp.OccasionId, ct);
        }
        return lapsed;
    }
}
