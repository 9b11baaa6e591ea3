using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Initiatives.Members;

/// <summary>
/// A management page about one initiative (<c>/portal/{slug}/…</c>): signed in, and a member of that initiative (or an
/// administrator). <see cref="InitiativeAccessFilter"/> checks this once, before any handler runs, and fills in
/// <see cref="Initiative"/>: anyone else gets 404 for an unknown slug and 403 otherwise, whatever the handler.
/// A handler marked <see cref="OwnersOnlyAttribute"/> is for owners and administrators only.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
[EnableRateLimiting(RateLimiting.WritePolicy)]
public abstract class InitiativePageModel(AppDbContext db, InitiativeAccess access) : PageModel
{
    protected AppDbContext Db => db;
    protected InitiativeAccess Access => access;

    /// <summary>The initiative named by the route, read-only, with its locations and exceptions.</summary>
    public Initiative Initiative { get; private set; } = null!;
    public MemberRole? Role { get; private set; }
    public bool IsAdmin { get; private set; }

    /// <summary>Owners and administrators may invite, restore and remove.</summary>
    public bool CanManage => IsAdmin || Role == MemberRole.Owner;

    internal void Grant(Initiative initiative, MemberRole? role, bool isAdmin)
    {
        Initiative = initiative;
        Role = role;
        IsAdmin = isAdmin;
    }
}

/// <summary>Marks a handler of an <see cref="InitiativePageModel"/> that only owners and administrators may run.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OwnersOnlyAttribute : Attribute;
