using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Accounts;

/// <summary>Sign-in. One message for every failure (unknown address, wrong password, locked), so nothing is revealed.</summary>
[EnableRateLimiting(RateLimiting.AuthPolicy)]
public sealed class SignInModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, AccountEmails emails, AuditLog audit) : PageModel
{
    [BindProperty] public string Email { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public FormErrors Errors { get; } = new();
    public bool NeedsConfirmation { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Email = Email.Trim();
        var user = Email.Length > 0 ? await users.FindByEmailAsync(Email) : null;
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Password, isPersistent: true, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.WriteAsync("sign-in", user!.Id, user.Email ?? "", ct: ct);
            return LocalRedirect(SafeReturn(ReturnUrl));
        }
        if (result.IsNotAllowed && user is not null && !await users.IsEmailConfirmedAsync(user))
        {
            // The password was right, so saying so reveals nothing to someone without it.
            await emails.SendConfirmationAsync(user, ct);
            NeedsConfirmation = true;
            return Page();
        }
        await audit.WriteAsync(result.IsLockedOut ? "sign-in-locked-out" : "sign-in-failed", user?.Id, Email, detail: user is null ? "unknown address" : "", ct: ct);
        Errors.Add("email", "Feil e-post eller passord, eller for mange forsøk. Prøv igjen, vent 15 minutter, eller lag nytt passord.",
            "Wrong e-mail or password, or too many attempts. Try again, wait 15 minutes, or set a new password.");
        return Page();
    }

    public static string SafeReturn(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/konto";
}
