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
/// The link in the confirmation e-mail. Opening it confirms the address (as a mail scanner following links may do, so
/// it signs no one in); the button on the page then signs the person in once, by the same token, and goes on to where
/// they were going. Signing in changes the security stamp, which makes the link invalid.
/// </summary>
[EnableRateLimiting(RateLimiting.AuthPolicy)]
public sealed class ConfirmEmailModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AppDbContext db, AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true), StringLength(TextLimits.Token), SingleLine] public string? Bruker { get; set; }
    [BindProperty(SupportsGet = true), StringLength(TextLimits.Token), SingleLine] public string? Kode { get; set; }
    [BindProperty(SupportsGet = true), StringLength(TextLimits.Token)] public string? ReturnUrl { get; set; }
    public bool Confirmed { get; private set; }

    /// <summary>The return address when it is a path on this site; null otherwise.</summary>
    public string? Back => ReturnAddress.LocalOrNull(ReturnUrl);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // A link that no longer works (used to sign in, or expired) sends the person to sign in, still on their way.
        if (await UserWithValidTokenAsync() is not { } found)
            return Bruker is null && Kode is null ? Page() : SignInPage();
        var (user, token) = found;
        var wasConfirmed = user.EmailConfirmed;
        Confirmed = (await users.ConfirmEmailAsync(user, token)).Succeeded;
        if (Confirmed && !wasConfirmed) await audit.WriteAsync("email-confirmed", user.Id, user.Email ?? "", ct: ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await UserWithValidTokenAsync() is not { } found)
        {
            if (Bruker is null && Kode is null) return Page();
            var who = await users.FindByIdAsync(Bruker ?? "");
            await audit.WriteAsync("email-link-sign-in-failed", who?.Id, who?.Email ?? "", detail: "invalid or used link", ct: ct);
            return SignInPage();
        }
        var (user, _) = found;
        // Accounts with a second factor or without a password (passkeys only) must sign in the way they chose; a locked
        // account not at all. The address is confirmed anyway: the token proves it.
        var blocked = await users.IsLockedOutAsync(user) || await users.GetTwoFactorEnabledAsync(user) || user.PasswordHash is null;
        var used = await OnceOnlyLinks.UseAsync(db, user, ct);
        if (!used || blocked)
        {
            await audit.WriteAsync("email-link-sign-in-failed", user.Id, user.Email ?? "", detail: used ? "needs another sign-in" : "already used", ct: ct);
            return SignInPage();
        }
        await db.Entry(user).ReloadAsync(ct);
        await signIn.SignInAsync(user, isPersistent: true, authenticationMethod: "email-link");
        await audit.WriteAsync("sign-in", user.Id, user.Email ?? "", detail: "confirmation link", ct: ct);
        return LocalRedirect(ReturnAddress.Safe(ReturnUrl));
    }

    private async Task<(AppUser User, string Token)?> UserWithValidTokenAsync()
    {
        if (Bruker is null || Kode is null || await users.FindByIdAsync(Bruker) is not { } user) return null;
        string token;
        try { token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Kode)); }
        catch (FormatException) { return null; }
        var valid = await users.VerifyUserTokenAsync(user, users.Options.Tokens.EmailConfirmationTokenProvider,
            UserManager<AppUser>.ConfirmEmailTokenPurpose, token);
        return valid ? (user, token) : null;
    }

    private RedirectToPageResult SignInPage() => RedirectToPage("/Accounts/SignIn", new { ReturnUrl = ReturnAddress.LocalOrNull(ReturnUrl), lenke = "true" });
}
