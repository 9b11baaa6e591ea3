using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;

namespace Omigjen.Web.Features.Initiatives.Members;

/// <summary>
/// "An initiative that has an owner keeps at least one": every path that takes an owner away (removing a member,
/// deleting an account) locks the initiative, then counts the other owners, in one transaction, so two owners leaving at
/// the same moment cannot both see the other one still there.
/// </summary>
public static class Owners
{
    /// <summary>
    /// Holds the initiatives until the transaction ends. PostgreSQL: a row lock, in id order so two people locking the
    /// same pair cannot deadlock. SQLite: nothing to do, the provider begins transactions as BEGIN IMMEDIATE, which
    /// already holds the database's write lock from the first statement.
    /// </summary>
    public static async Task LockAsync(AppDbContext db, IEnumerable<int> initiativeIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(initiativeIds);
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("Owners.LockAsync needs a transaction.");
        if (!db.Database.IsNpgsql()) return;
        foreach (var id in initiativeIds.Distinct().Order())
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM \"Initiatives\" WHERE \"Id\" = {id} FOR UPDATE", ct);
    }

    /// <summary>True when <paramref name="userId"/> owns the initiative and nobody else does. Ask under <see cref="LockAsync"/>.</summary>
    public static async Task<bool> IsLastOwnerAsync(AppDbContext db, int initiativeId, string userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var owners = await db.InitiativeMembers.Where(m => m.InitiativeId == initiativeId && m.Role == MemberRole.Owner)
            .Select(m => m.UserId).ToListAsync(ct);
        return owners.Contains(userId) && owners.Count == 1;
    }
}
