using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;

namespace Omigjen.Web.Features.Activities.SignUps;

/// <summary>
/// A person's sign-ups for activities (with the account, and any made without one under the account's e-mail).
/// Deleting the account cancels the coming ones (their places go back) and keeps the rest for the organiser's counts,
/// without name, e-mail or account (the model allows a sign-up without a person only as cancelled; attendance stays).
/// </summary>
public sealed class SignUpPersonalData : IPersonalDataPart
{
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
        // Places held for coming occasions go back; the sign-up job offers them to the waiting list.
        var held = await mine.Where(s => (s.Status == SignUpStatus.Confirmed || s.Status == SignUpStatus.Offered) && s.Occasion!.StartUtc > now)
            .Select(s => new { s.OccasionId, s.Role, s.Guests }).ToListAsync(ct);
        foreach (var h in held.Where(h => h.Role == SignUpRole.Visitor))
            await SignUpService.FreePlacesAsync(db, h.OccasionId, 1 + h.Guests, ct);
        await mine.ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Status, SignUpStatus.Cancelled)
            .SetProperty(x => x.UserId, (string?)null)
            .SetProperty(x => x.Name, PersonalData.DeletedUser)
            .SetProperty(x => x.Email, (string?)null)
            .SetProperty(x => x.TokenHash, (string?)null)
            .SetProperty(x => x.WaitPosition, (int?)null)
            .SetProperty(x => x.UpdatedAt, now), ct);
    }

    private static Task<string?> EmailAsync(AppDbContext db, string userId, CancellationToken ct) =>
        db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Email == null ? null : u.Email.ToLower()).FirstOrDefaultAsync(ct);
}
