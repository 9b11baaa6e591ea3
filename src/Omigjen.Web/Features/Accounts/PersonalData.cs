using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives.Members;

namespace Omigjen.Web.Features.Accounts;

/// <summary>
/// GDPR: what we hold about a person, and what deletion removes. Kept after deletion, without the link to the person:
/// audit entries and the initiatives' revision history, where the author becomes "slettet bruker".
/// </summary>
public static class PersonalData
{
    public const string DeletedUser = "slettet bruker";

    public static async Task<object> CollectAsync(AppDbContext db, UserManager<AppUser> users, AppUser me, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(me);
        return new
        {
            Account = new { me.Id, me.Email, me.EmailConfirmed, me.DisplayName, me.CreatedAt, me.PhoneNumber, Roles = await users.GetRolesAsync(me) },
            Memberships = await db.InitiativeMembers.AsNoTracking().Where(m => m.UserId == me.Id)
                .Join(db.Initiatives, m => m.InitiativeId, i => i.Id, (m, i) => new { Initiative = i.Slug, i.Name, Role = m.Role.ToString(), m.AddedAt })
                .ToListAsync(ct),
            Passkeys = (await users.GetPasskeysAsync(me)).Select(p => new { p.Name, p.CreatedAt }),
            Requests = await db.ModerationRequests.AsNoTracking().Where(r => r.UserId == me.Id)
                .Select(r => new { Kind = r.Kind.ToString(), r.InitiativeId, r.Message, State = r.State.ToString(), r.DecisionMessage, r.CreatedAt }).ToListAsync(ct),
            Revisions = await db.InitiativeRevisions.AsNoTracking().Where(r => r.UserId == me.Id)
                .Select(r => new { r.InitiativeId, r.Number, r.At, r.Summary }).ToListAsync(ct),
            Reservations = await db.Reservations.AsNoTracking().Where(r => r.UserId == me.Id).OrderBy(r => r.CreatedAt)
                .Select(r => new { r.ItemId, Item = r.Item!.Title, r.Code, Status = r.Status.ToString(), r.CreatedAt, r.ExpiresAt, r.EndedAt }).ToListAsync(ct),
            SavedSearches = await db.SavedSearches.AsNoTracking().Where(s => s.UserId == me.Id).OrderBy(s => s.CreatedAt)
                .Select(s => new { s.Name, s.Query, Frequency = s.Frequency.ToString(), s.CreatedAt, s.LastSentAt }).ToListAsync(ct),
            Bookings = await db.Bookings.AsNoTracking().Where(b => b.UserId == me.Id).OrderBy(b => b.CreatedAt)
                .Select(b => new
                {
                    Type = db.LendingTypes.Where(t => t.Id == b.TypeId).Select(t => t.Name).FirstOrDefault(), Unit = b.Unit!.Label, b.Code,
                    Status = b.Status.ToString(), b.PickupAt, b.ReturnBy, b.CoBorrowerName, b.CoBorrowerAge, b.Phone, b.CreatedAt,
                    b.CheckedOutAt, b.ReturnedAt, b.CancelledAt, b.ConditionNote,
                }).ToListAsync(ct),
            WaitingLists = await db.WaitlistEntries.AsNoTracking().Where(w => w.UserId == me.Id).OrderBy(w => w.CreatedAt)
                .Select(w => new { Type = w.Type!.Name, Size = w.LabelKey, w.PickupAt, w.ReturnBy, w.CoBorrowerName, w.CoBorrowerAge, w.Phone, Status = w.Status.ToString(), w.CreatedAt })
                .ToListAsync(ct),
            AuditLog = await db.AuditEntries.AsNoTracking().Where(a => a.UserId == me.Id).OrderBy(a => a.At)
                .Select(a => new { a.At, a.Kind, a.Detail }).ToListAsync(ct),
        };
    }

    /// <summary>Deletes the account; false (and nothing deleted) while the person is the only owner of an initiative.</summary>
    public static async Task<bool> DeleteAsync(AppDbContext db, UserManager<AppUser> users, AppUser me, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(me);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await IsLastOwnerAnywhereAsync(db, me.Id, ct)) return false;
        await db.AuditEntries.Where(a => a.UserId == me.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.UserId, (string?)null).SetProperty(a => a.Actor, DeletedUser), ct);
        var email = me.Email ?? "";
        await db.AuditEntries.Where(a => a.Actor == email).ExecuteUpdateAsync(s => s.SetProperty(a => a.Actor, DeletedUser), ct);
        await db.InitiativeRevisions.Where(r => r.UserId == me.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.UserId, (string?)null).SetProperty(r => r.Author, DeletedUser), ct);
        await db.Invitations.Where(i => i.Email == email).ExecuteDeleteAsync(ct);
        // Active holds give their unit back before the cascade removes them, or the item would stay held for ever.
        var held = await db.Reservations.Where(r => r.UserId == me.Id && r.Status == Reservations.ReservationStatus.Active).Select(r => r.ItemId).ToListAsync(ct);
        foreach (var itemId in held)
        {
            await db.Items.Where(i => i.Id == itemId && i.Available < i.Quantity).ExecuteUpdateAsync(u => u
                .SetProperty(i => i.Available, i => i.Available + 1)
                .SetProperty(i => i.Status, i => i.Status == Items.ItemStatus.Reserved ? Items.ItemStatus.Available : i.Status), ct);
        }
        // Bookings not yet picked up are cancelled, so their units are free again; loans stay in the statistics without
        // the person: a unit still out keeps its row (the staff must get it back), marked as a deleted user's.
        await db.Bookings.Where(b => b.UserId == me.Id && Lending.BookingStatuses.NotHandedOut.Contains(b.Status))
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, Lending.BookingStatus.Cancelled).SetProperty(b => b.CancelledAt, now), ct);
        await db.Bookings.Where(b => b.UserId == me.Id).ExecuteUpdateAsync(s => s
            .SetProperty(b => b.UserId, (string?)null)
            .SetProperty(b => b.BorrowerName, DeletedUser)
            .SetProperty(b => b.CoBorrowerName, (string?)null)
            .SetProperty(b => b.CoBorrowerAge, (int?)null)
            .SetProperty(b => b.Phone, (string?)null), ct);
        var result = await users.DeleteAsync(me);
        if (!result.Succeeded) throw new InvalidOperationException("Deleting the account failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>
    /// Asked in the deleting transaction, with the owned initiatives locked, so a co-owner leaving at the same moment
    /// waits and then sees this person gone. Read again after locking, in case an ownership was granted meanwhile.
    /// </summary>
    private static async Task<bool> IsLastOwnerAnywhereAsync(AppDbContext db, string userId, CancellationToken ct)
    {
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
}
