using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Omigjen.OpeningHours;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts.Notices;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;
using Omigjen.Web.Infrastructure.Input;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Accounts;

/// <summary>Sign-in. One message for every failure (unknown address, wrong password, locked), so nothing is revealed.</summary>
[EnableRateLimiting(RateLimiting.AuthPolicy)]
public sealed class SignInModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, NoticeWriter outbox, AppDbContext db, SignInTiming timing, AuditLog audit)
    : PageModel
{
    [BindProperty, StringLength(TextLimits.Email), SingleLine] public string Email { get; set; } = "";
    [BindProperty, StringLength(TextLimits.Password)] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true), StringLength(TextLimits.Token)] public string? ReturnUrl { get; set; }
    /// <summary>The JSON of the assertion from navigator.credentials.get() (passkey sign-in).</summary>
    [BindProperty, StringLength(TextLimits.Credential)] public string? PasskeyCredential { get; set; }
    public FormErrors Errors { get; } = new();
    public bool NeedsConfirmation { get; private set; }

    /// <summary>Set when an e-mail link sent the person here because it was used already, had expired, or cannot sign in.</summary>
    [BindProperty(SupportsGet = true)] public bool Lenke { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Email = Email.Trim();
        var user = Email.Length > 0 ? await users.FindByEmailAsync(Email) : null;
        // An unknown address costs the same hashing as a wrong password, so the answer's time reveals nothing.
        if (user is null) timing.VerifyAgainstNobody(Password);
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Password, isPersistent: true, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.WriteAsync("sign-in", user!.Id, user.Email ?? "", ct: ct);
            return LocalRedirect(ReturnAddress.Safe(ReturnUrl));
        }
        // Identity answers "not allowed" and "locked out" before it checks the password; the check runs here anyway, so
        // those answers take as long as any other, and "confirm your address" is only said to someone who knows the password.
        var passwordRight = result is { Succeeded: false } && (result.IsNotAllowed || result.IsLockedOut) && user is not null
                            && await users.CheckPasswordAsync(user, Password);
        if (user is { PasswordHash: null }) timing.VerifyAgainstNobody(Password); // an account with only passkeys has no hash to check
        if (result.IsNotAllowed && passwordRight && !await users.IsEmailConfirmedAsync(user!))
        {
            // The password was right, so saying so reveals nothing to someone without it.
            outbox.Add(ConfirmEmailNotice.Name, user!.Email ?? Email, Language.Nb, new ConfirmEmailData(user.Id, ReturnAddress.LocalOrNull(ReturnUrl)));
            await db.SaveChangesAsync(ct);
            NeedsConfirmation = true;
            return Page();
        }
        await audit.WriteAsync(result.IsLockedOut ? "sign-in-locked-out" : "sign-in-failed", user?.Id, Email, detail: user is null ? "unknown address" : "", ct: ct);
        Errors.Add("email", "Feil e-post eller passord, eller for mange forsøk. Prøv igjen, vent 15 minutter, eller lag nytt passord.",
            "Wrong e-mail or password, or too many attempts. Try again, wait 15 minutes, or set a new password.");
        return Page();
    }

    /// <summary>Request options for navigator.credentials.get(), as JSON. No user is named: the passkey says whose it is.</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync()
    {
        var json = await signIn.MakePasskeyRequestOptionsAsync(null);
        return Content(json, "application/json");
    }

    /// <summary>
    /// Sign-in with a passkey. The assertion is checked by Identity; like the password sign-in the session is persistent,
    /// an unconfirmed or locked-out account is refused, and every failure gets the same message.
    /// </summary>
    public async Task<IActionResult> OnPostPasskeyAsync(CancellationToken ct)
    {
        AppUser? user = null;
        var lockedOut = false;
        if (!string.IsNullOrWhiteSpace(PasskeyCredential))
        {
            try
            {
                var assertion = await signIn.PerformPasskeyAssertionAsync(PasskeyCredential);
                if (assertion.Succeeded)
                {
                    user = assertion.User;
                    lockedOut = await users.IsLockedOutAsync(user);
                    if (!lockedOut && await signIn.CanSignInAsync(user)
                        && (await users.AddOrUpdatePasskeyAsync(user, assertion.Passkey)).Succeeded) // the new signature count
                    {
                        await signIn.SignInAsync(user, isPersistent: true, authenticationMethod: "passkey");
                        await audit.WriteAsync("sign-in", user.Id, user.Email ?? "", detail: "passkey", ct: ct);
                        return LocalRedirect(ReturnAddress.Safe(ReturnUrl));
                    }
                }
            }
            catch (InvalidOperationException)
            {
                // No request options were asked for in this browser first (or they were already used).
            }
        }
        await audit.WriteAsync(lockedOut ? "sign-in-locked-out" : "sign-in-failed", user?.Id, user?.Email ?? "", detail: "passkey", ct: ct);
        // The same message as for a failed password sign-in.
        Errors.Add("passkey-signin-button", "Feil e-post eller passord, eller for mange forsøk. Prøv igjen, vent 15 minutter, eller lag nytt passord.",
            "Wrong e-mail or password, or too many attempts. Try again, wait 15 minutes, or set a new password.");
        return Page();
    }
}
