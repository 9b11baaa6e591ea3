using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;

namespace Omigjen.Web.Features.Activities.SignUps;

/// <summary>
/// A person's sign-ups for activities (with the account, and any made without one under the account's e-mail).
/// Deleting the account cancels the active ones: places held for coming occasions go back in the deleting transaction
/// and are offered to the waiting list once it has committed. All are kept for the organiser's counts, without name,
/// e-mail or account (the model allows a sign-up without a person only as cancelled; attendance stays).
/// </summary>
public sealed class SignUpPersonalData(SignUpWaitlist waitlist) : IPersonalDataPart
{
    private static readonly SignUpStatus[] Active = [SignUpStatus.Unconfirmed, SignUpStatus.Confirmed, SignUpStatus.Waiting, SignUpStatus.Offered];
    private readonly HashSet<long> _freed = [];

    public int Order => 42;

    public async Task ExportAsync(AppDbContext db, string userId, PersonalDataExport sections, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sections);
        var email = await EmailAsync(db, userId, ct);
        sections.Add(PersonalDataExport.Place.ActivitySignUps, "activitySignUps", await db.ActivitySignUps.AsNoTracking()
            .Where(s => s.UserId == userId || (email != null && s.Email == email)).OrderBy(s => s.CreatedAt).ThenBy(s => s.Id)
            .Select(s => new
            {
                Activity = s.Occasion!.Series!.Title, Start = s.Occasion.StartUtc, s.Name, s.Email, Role = s.Role.ToString(), s.Guests,
                Status = s.Status.ToString(), s.WaitPosition, s.OfferExpiresAt, s.Attended, s.CreatedAt, s.UpdatedAt,
            }).ToListAsync(ct));
    }

    public Task<bool> BlocksDeletionAsync(AppDbContext db, string userId, CancellationToken ct) => Task.FromResult(false);

    public async Task EraseAsync(AppDbContext db, AppUser person, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(person);
        var email = person.Email?.Trim().ToLowerInvariant();
        var mine = db.ActivitySignUps.Where(s => s.UserId == person.Id || (email != null && s.Email == email));
        var active = await mine.Where(s => Active.Contains(s.Status))
            .Select(s => new { s.Id, s.Status, s.OccasionId, s.Role, s.Guests, s.Occasion!.StartUtc }).ToListAsync(ct);
        foreach (var a in active)
        {
            // Guarded by the status read, so places an offer's lapse gave back at the same moment do not go back twice.
            var cancelled = await db.ActivitySignUps.Where(s => s.Id == a.Id && s.Status == a.Status)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SignUpStatus.Cancelled), ct);
            if (cancelled == 0 || a.Status is not (SignUpStatus.Confirmed or SignUpStatus.Offered) || a.Role != SignUpRole.Visitor || a.StartUtc <= now) continue;
            await SignUpService.FreePlacesAsync(db, a.OccasionId, 1 + a.Guests, ct);
            _freed.Add(a.OccasionId);
        }
        await mine.ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Status, SignUpStatus.Cancelled)
            .SetProperty(x => x.UserId, (string?)null)
            .SetProperty(x => x.Name, PersonalData.DeletedUser)
            .SetProperty(x => x.Email, (string?)null)
            .SetProperty(x => x.TokenHash, (string?)null)
            .SetProperty(x => x.WaitPosition, (int?)null)
            .SetProperty(x => x.OfferExpiresAt, (DateTime?)null)
            .SetProperty(x => x.UpdatedAt, now), ct);
    }

    /// <summary>The places given back go to the first in line now (the sign-up job would otherwise offer them within a minute).</summary>
    public async Task AfterDeletionAsync(CancellationToken ct)
    {
        foreach (var occasionId in _freed) await waitlist.PromoteAsync(occasionId, ct);
        _freed.Clear();
    }

    private static Task<string?> EmailAsync(AppDbContext db, string userId, CancellationToken ct) =>
        db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Email == null ? null : u.Email.ToLower()).FirstOrDefaultAsync(ct);
}
