using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Initiatives.Members;

/// <summary>Who may do what with an initiative: every check in the portal goes through here.</summary>
public sealed class InitiativeAccess(AppDbContext db)
{
    public static string? UserId(ClaimsPrincipal user) => user?.FindFirstValue(ClaimTypes.NameIdentifier);

    public static bool IsAdmin(ClaimsPrincipal user) => user?.IsInRole(Roles.Admin) == true;

    public async Task<MemberRole?> RoleAsync(ClaimsPrincipal user, int initiativeId, CancellationToken ct = default)
    {
        if (UserId(user) is not { } id) return null;
        var member = await db.InitiativeMembers.AsNoTracking().FirstOrDefaultAsync(m => m.InitiativeId == initiativeId && m.UserId == id, ct);
        return member?.Role;
    }

    /// <summary>Edit the entry, its hours and exceptions: any member, or an administrator.</summary>
    public async Task<bool> CanEditAsync(ClaimsPrincipal user, int initiativeId, CancellationToken ct = default) =>
        IsAdmin(user) || await RoleAsync(user, initiativeId, ct) is not null;

    /// <summary>Invite colleagues, restore revisions: owners and administrators.</summary>
    public async Task<bool> CanManageAsync(ClaimsPrincipal user, int initiativeId, CancellationToken ct = default) =>
        IsAdmin(user) || await RoleAsync(user, initiativeId, ct) == MemberRole.Owner;

    /// <summary>The initiatives the person belongs to, with the role in each.</summary>
    public async Task<List<(Initiative Initiative, MemberRole Role)>> MineAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (UserId(user) is not { } id) return [];
        var rows = await db.InitiativeMembers.AsNoTracking().Where(m => m.UserId == id)
            .Join(db.Initiatives.AsNoTracking(), m => m.InitiativeId, i => i.Id, (m, i) => new { i, m.Role })
            .OrderBy(x => x.i.Name).ToListAsync(ct);
        return rows.Select(r => (r.i, r.Role)).ToList();
    }
}
