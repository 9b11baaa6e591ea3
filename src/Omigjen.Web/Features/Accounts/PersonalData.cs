using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;

namespace Omigjen.Web.Features.Accounts;

/// <summary>
/// GDPR: what we hold about a person, and what deletion removes. Kept after deletion, without the link to the person:
/// audit entries and the initiatives' revision history, where the author becomes "slettet bruker".
/// The other features' data comes from their <see cref="IPersonalDataPart"/>s.
/// </summary>
public sealed class PersonalData(IEnumerable<IPersonalDataPart> parts)
{
    public const string DeletedUser = "slettet bruker";

    private readonly List<IPersonalDataPart> _parts = [.. parts.OrderBy(p => p.Order)];

    public async Task<OrderedDictionary<string, object?>> CollectAsync(AppDbContext db, UserManager<AppUser> users, AppUser me, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(me);
        var export = new PersonalDataExport();
        export.Add(PersonalDataExport.Place.Account, "account",
            new { me.Id, me.Email, me.EmailConfirmed, me.DisplayName, me.CreatedAt, me.PhoneNumber, Roles = await users.GetRolesAsync(me) });
        export.Add(PersonalDataExport.Place.Passkeys, "passkeys", (await users.GetPasskeysAsync(me)).Select(p => new { p.Name, p.CreatedAt }));
        foreach (var part in _parts) await part.ExportAsync(db, me.Id, export, ct);
        export.Add(PersonalDataExport.Place.AuditLog, "auditLog", await db.AuditEntries.AsNoTracking().Where(a => a.UserId == me.Id).OrderBy(a => a.At)
            .Select(a => new { a.At, a.Kind, a.Detail }).ToListAsync(ct));
        return export.ToDictionary();
    }

    /// <summary>Deletes the account; false (and nothing deleted) while a part blocks it (the only owner of an initiative).</summary>
    public async Task<bool> DeleteAsync(AppDbContext db, UserManager<AppUser> users, AppUser me, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(me);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            foreach (var part in _parts)
            {
                if (await part.BlocksDeletionAsync(db, me.Id, ct)) return false;
            }
            await db.AuditEntries.Where(a => a.UserId == me.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.UserId, (string?)null).SetProperty(a => a.Actor, DeletedUser), ct);
            var email = me.Email ?? "";
            await db.AuditEntries.Where(a => a.Actor == email).ExecuteUpdateAsync(s => s.SetProperty(a => a.Actor, DeletedUser), ct);
            foreach (var part in _parts) await part.EraseAsync(db, me, now, ct);
            var result = await users.DeleteAsync(me);
            if (!result.Succeeded) throw new InvalidOperationException("Deleting the account failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
            await tx.CommitAsync(ct);
        }
        foreach (var part in _parts) await part.AfterDeletionAsync(ct);
        return true;
    }
}
