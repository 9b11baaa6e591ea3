using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;

namespace Omigjen.Web.Features.Initiatives.Members;

/// <summary>A person's memberships, moderation requests and revisions; the last owner of an initiative cannot delete the account.</summary>
public sealed class InitiativesPersonalData : IPersonalDataPart
{
    public int Order => 10;

    public async Task ExportAsync(AppDbContext db, string userId, PersonalDataExport sections, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sections);
        sections.Add(PersonalDataExport.Place.Memberships, "memberships", await db.InitiativeMembers.AsNoTracking().Where(m => m.UserId == userId)
            .Join(db.Initiatives, m => m.InitiativeId, i => i.Id, (m, i) => new { Initiative = i.Slug, i.Name, Role = m.Role.ToString(), m.AddedAt })
            .ToListAsync(ct));
        sections.Add(PersonalDataExport.Place.Requests, "requests", await db.ModerationRequests.AsNoTracking().Where(r => r.UserId == userId)
            .Select(r => new { Kind = r.Kind.ToString(), r.InitiativeId, r.Message, State = r.State.ToString(), r.DecisionMessage, r.CreatedAt }).ToListAsync(ct));
        sections.Add(PersonalDataExport.Place.Revisions, "revisions", await db.InitiativeRevisions.AsNoTracking().Where(r => r.UserId == userId)
            .Select(r => new { r.InitiativeId, r.Number, r.At, r.Summary }).ToListAsync(ct));
    }

    /// <summary>
    /// Asked in the deleting transaction, with the owned initiatives locked, so a co-owner leaving at the same moment
    /// waits and then sees this person gone. Read again after locking, in case an ownership was granted meanwhile.
    /// </summary>
    public async Task<bool> BlocksDeletionAsync(AppDbContext db, string userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var locked = new HashSet<int>();
        while (true)
        {
            var owned = await db.InitiativeMembers.Where(m => m.UserId == userId && m.Role == MemberRole.Owner).Select(m => m.InitiativeId).ToListAsync(ct);
            var unlocked = owned.Where(id => !locked.Contains(id)).ToList();
            if (unlocked.Count == 0) break;
            await Owners.LockAsync(db, unlocked, ct);
            locked.UnionWith(unlocked);
        }
        foreach (var id in locked)
        {
            if (await Owners.IsLastOwnerAsync(db, id, userId, ct)) return true;
        }
        return false;
    }

    /// <summary>Revisions stay, by "slettet bruker"; open invitations to the address go; memberships go with the account.</summary>
    public async Task EraseAsync(AppDbContext db, AppUser person, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(person);
        await db.InitiativeRevisions.Where(r => r.UserId == person.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.UserId, (string?)null).SetProperty(r => r.Author, PersonalData.DeletedUser), ct);
        var email = person.Email ?? "";
        await db.Invitations.Where(i => i.Email == email).ExecuteDeleteAsync(ct);
    }
}
