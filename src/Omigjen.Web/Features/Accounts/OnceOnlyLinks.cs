using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;

namespace Omigjen.Web.Features.Accounts;

/// <summary>
/// An e-mailed sign-in link (the confirmation link, the one-time link) is used and made invalid in one conditional
/// update: of several posts of the same link at the same moment, only the one that changes the security stamp it was
/// checked against gets true; the stamp change also ends every other session and link of the account.
/// </summary>
public static class OnceOnlyLinks
{
    public static async Task<bool> UseAsync(AppDbContext db, AppUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var checkedStamp = user.SecurityStamp;
        var used = await db.Users.Where(u => u.Id == user.Id && u.SecurityStamp == checkedStamp)
            .ExecuteUpdateAsync(u => u
                .SetProperty(x => x.SecurityStamp, Guid.NewGuid().ToString("N"))
                .SetProperty(x => x.ConcurrencyStamp, Guid.NewGuid().ToString())
                .SetProperty(x => x.EmailConfirmed, true), ct);
        return used == 1;
    }
}
