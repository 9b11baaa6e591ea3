using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Admin;

/// <summary>The accounts, with search by e-mail, and granting or revoking the administrator role.</summary>
public sealed class UsersModel(AppDbContext db, UserManager<AppUser> users, RoleManager<IdentityRole> roles, AuditLog audit, MunicipalClock clock)
    : AdminPageModel
{
    public sealed record Row(string Id, string Email, DateTime CreatedAt, bool Confirmed, DateTimeOffset? LockoutEnd, int Memberships)
    {
        public bool LockedOut { get; init; }

        public List<string> Roles { get; } = [];
        public bool IsAdmin => Roles.Contains(Accounts.Roles.Admin);
    }

    public List<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public string Search { get; private set; } = "";
    public string? MyId { get; private set; }
    public MunicipalClock Clock => clock;

    [BindProperty, StringLength(TextLimits.Token), SingleLine] public string UserId { get; set; } = "";

    public async Task OnGetAsync(string? q, string? endret, CancellationToken ct)
    {
        if (endret is "gitt" or "fjernet" && await users.FindByIdAsync(Request.Query["bruker"].ToString()) is { Email: { } email })
            StatusMessage = endret == "gitt"
                ? L.T($"{email} er nå administrator.", $"{email} is now an administrator.")
                : L.T($"{email} er ikke lenger administrator.", $"{email} is no longer an administrator.");
        await LoadAsync(q, ct);
    }

    public async Task<IActionResult> OnPostGrantAsync(CancellationToken ct)
    {
        if (await users.FindByIdAsync(UserId) is not { } user) return await NotFoundAsync(ct);
        if (!await roles.RoleExistsAsync(Roles.Admin)) await roles.CreateAsync(new IdentityRole(Roles.Admin));
        if (!await users.IsInRoleAsync(user, Roles.Admin))
        {
            var result = await users.AddToRoleAsync(user, Roles.Admin);
            if (!result.Succeeded) return await FailedAsync(result, ct);
            await audit.WriteAsync("role-granted", User.UserId(), Me(), detail: $"{Roles.Admin}: {user.Email}", ct: ct);
        }
        return RedirectToPage("/Admin/Users", new { endret = "gitt", bruker = user.Id });
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken ct)
    {
        if (await users.FindByIdAsync(UserId) is not { } user) return await NotFoundAsync(ct);
        if (user.Id == User.UserId())
        {
            Refusal = L.T("Du kan ikke fjerne din egen administratorrolle. Be en annen administrator om å gjøre det.",
                "You cannot revoke your own administrator role. Ask another administrator to do it.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            await LoadAsync(null, ct);
            return Page();
        }
        if (await users.IsInRoleAsync(user, Roles.Admin))
        {
            var result = await users.RemoveFromRoleAsync(user, Roles.Admin);
            if (!result.Succeeded) return await FailedAsync(result, ct);
            await audit.WriteAsync("role-revoked", User.UserId(), Me(), detail: $"{Roles.Admin}: {user.Email}", ct: ct);
        }
        return RedirectToPage("/Admin/Users", new { endret = "fjernet", bruker = user.Id });

    }

    private string Me() => User.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value ?? User.Identity?.Name ?? "";

    private async Task<IActionResult> NotFoundAsync(CancellationToken ct)
    {
        Refusal = L.T("Fant ikke brukeren. Kontoen kan være slettet.", "The user was not found. The account may have been deleted.");
        Response.StatusCode = StatusCodes.Status404NotFound;
        await LoadAsync(null, ct);
        return Page();
    }

    private async Task<IActionResult> FailedAsync(IdentityResult result, CancellationToken ct)
    {
        var why = string.Join(" ", result.Errors.Select(e => e.Description));
        Refusal = L.T($"Rollen kunne ikke endres: {why}", $"The role could not be changed: {why}");
        await LoadAsync(null, ct);
        return Page();
    }

    private async Task LoadAsync(string? q, CancellationToken ct)
    {
        MyId = User.UserId();
        Search = (q ?? "").Trim();
        var query = db.Users.AsNoTracking();
        if (Search.Length > 0)
        {
            // The normalized address is upper case in both databases: a case-insensitive search without collations.
            var needle = users.NormalizeEmail(Search);
            query = query.Where(u => u.NormalizedEmail != null && u.NormalizedEmail.Contains(needle));
        }
        Paging = Paging.For(Request, await query.CountAsync(ct));
        var now = clock.Now;
        var rows = await query.OrderBy(u => u.Email).ThenBy(u => u.Id)
            .Select(u => new Row(u.Id, u.Email ?? "", u.CreatedAt, u.EmailConfirmed, u.LockoutEnd, db.InitiativeMembers.Count(m => m.UserId == u.Id)))
            .Skip(Paging.Skip).Take(Paging.PageSize).ToListAsync(ct);
        // Compared here: SQLite cannot compare date-times with offsets in SQL.
        Rows = rows.Select(r => r with { LockedOut = r.LockoutEnd > now }).ToList();
        var ids = Rows.Select(r => r.Id).ToList();
        var roleRows = await (from ur in db.UserRoles
                              join r in db.Roles on ur.RoleId equals r.Id
                              where ids.Contains(ur.UserId)
                              select new { ur.UserId, r.Name }).ToListAsync(ct);
        var byId = Rows.ToDictionary(r => r.Id);
        foreach (var rr in roleRows.Where(rr => rr.Name is not null).OrderBy(rr => rr.Name, StringComparer.Ordinal))
            byId[rr.UserId].Roles.Add(rr.Name!);
    }
}
