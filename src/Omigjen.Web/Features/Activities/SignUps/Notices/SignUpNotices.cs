using Microsoft.EntityFrameworkCore;
using Omigjen.OpeningHours;
using Omigjen.Web.Data;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Activities.SignUps.Notices;

/// <summary>What a sign-up notice's template reads: ids only (the text and the .ics are made at send time).</summary>
public sealed record SignUpNoticeData(long SignUpId, long OccasionId, DateTime? PreviousStartUtc = null);

/// <summary>
/// Writes the notices about sign-ups to the outbox, to the person's e-mail address (the account's, or the one given
/// without an account). Nothing is written until the caller saves.
/// </summary>
public sealed class SignUpNotices(AppDbContext db, NoticeWriter outbox)
{
    public async Task AddAsync(string kind, ActivitySignUp signUp, CancellationToken ct, DateTime? previousStartUtc = null)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        var to = await RecipientAsync(signUp, ct);
        if (to is null) return;
        Add(kind, to, signUp, previousStartUtc);
    }

    /// <summary>Writes the notice to a recipient already looked up with <see cref="RecipientAsync"/>.</summary>
    public void Add(string kind, string to, ActivitySignUp signUp, DateTime? previousStartUtc = null)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        outbox.Add(kind, to, Language.Nb, new SignUpNoticeData(signUp.Id, signUp.OccasionId, previousStartUtc));
    }

    /// <summary>Where notices about the sign-up go: the account's e-mail address, or the one given without an account.</summary>
    public async Task<string?> RecipientAsync(ActivitySignUp signUp, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        if (signUp.UserId is { } userId)
            return await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(ct);
        return signUp.Email;
    }
}
