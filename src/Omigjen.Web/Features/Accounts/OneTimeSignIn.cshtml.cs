using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Accounts;

/// <summary>
/// The link printed by <c>create-admin</c>. Opening it shows a button (so a mail scanner following links cannot use it
/// up); pressing it signs in and changes the security stamp, which makes the link invalid.
/// </summary>
[EnableRateLimiting(RateLimiting.AuthPolicy)]
public sealed class OneTimeSignInModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AppDbContext db, AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true), StringLength(TextLimits.Token), SingleLine] public string? Bruker { get; set; }
    [BindProperty(SupportsGet = true), StringLength(TextLimits.Token), SingleLine] public string? Kode { get; set; }
    public bool Invalid { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = Bruker is null ? null : await users.FindByIdAsync(Bruker);
        string? token = null;
        try { token = Kode is null ? null : Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Kode)); }
        catch (FormatException) { }
        if (user is null || token is null || !await users.VerifyUserTokenAsync(user, TokenOptions.DefaultProvider, AccountEmails.OneTimeSignInPurpose, token))
        {
            Invalid = true;
            await audit.WriteAsync("one-time-sign-in-failed", user?.Id, user?.Email ?? "", ct: ct);
            return Page();
        }
        // Of several posts of the same link at the same moment, one signs in; the others are told the link is used.
        if (!await OnceOnlyLinks.UseAsync(db, user, ct))
        {
            Invalid = true;
            await audit.WriteAsync("one-time-sign-in-failed", user.Id, user.Email ?? "", detail: "already used", ct: ct);
            return Page();
        }
        await db.Entry(user).ReloadAsync(ct);
        await signIn.SignInAsync(user, isPersistent: false);
        await audit.WriteAsync("one-time-sign-in", user.Id, user.Email ?? "", ct: ct);
        return LocalRedirect(await users.IsInRoleAsync(user, Roles.Admin) ? "/admin" : "/konto");
    }
}
