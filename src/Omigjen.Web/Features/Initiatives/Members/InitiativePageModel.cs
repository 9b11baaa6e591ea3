using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Initiatives.Members;

/// <summary>
/// A portal page about one initiative (<c>/portal/{slug}/…</c>): signed in, and a member of that initiative (or an
/// administrator). Anyone else gets 404 for an unknown slug and 403 otherwise, whatever the handler.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
[EnableRateLimiting(RateLimiting.WritePolicy)]
public abstract class InitiativePageModel(AppDbContext db, InitiativeAccess access) : PageModel
{
    protected AppDbContext Db => db;
    protected InitiativeAccess Access => access;

    public Initiative Initiative { get; private set; } = null!;
    public MemberRole? Role { get; private set; }
    public bool IsAdmin { get; private set; }

    /// <summary>Owners and administrators may invite, restore and remove.</summary>
    public bool CanManage => IsAdmin || Role == MemberRole.Owner;

    /// <summary>Loads the initiative (read-only, with locations and exceptions) and checks access; null when allowed.</summary>
    protected async Task<IActionResult?> LoadAsync(string slug, bool manage = false, CancellationToken ct = default)
    {
        var initiative = await db.Initiatives.AsNoTracking().Include(i => i.Locations).Include(i => i.Exceptions).AsSplitQuery()
            .FirstOrDefaultAsync(i => i.Slug == slug, ct);
        if (initiative is null) return NotFound();
        Initiative = initiative;
        IsAdmin = User.IsAdmin();
        Role = await access.RoleAsync(User, initiative.Id, ct);
        if (!IsAdmin && Role is null) return Forbid();
        if (manage && !CanManage) return Forbid();
        return null;
    }
}
