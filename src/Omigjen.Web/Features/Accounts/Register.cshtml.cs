using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Omigjen.OpeningHours;
using Omigjen.Web.Features.Accounts.Notices;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;
using Omigjen.Web.Infrastructure.Input;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Accounts;

/// <summary>
/// Sign-up with e-mail and password. The answer is the same whether or not the address already has an account; the
/// owner of an existing address gets an e-mail about it instead.
/// </summary>
[EnableRateLimiting(RateLimiting.AuthPolicy)]
public sealed class RegisterModel(UserManager<AppUser> users, NoticeWriter outbox, SignInTiming timing, AuditLog audit, TimeProvider time) : PageModel
{
    [BindProperty, StringLength(TextLimits.Email), SingleLine] public string Email { get; set; } = "";
    [BindProperty, StringLength(TextLimits.Password)] public string Password { get; set; } = "";
    [BindProperty, StringLength(TextLimits.Name), SingleLine] public string? DisplayName { get; set; }

    /// <summary>Where the person was going (from the sign-in page); the confirmation link brings them back there.</summary>
    [BindProperty(SupportsGet = true), StringLength(TextLimits.Token)] public string? ReturnUrl { get; set; }
    public FormErrors Errors { get; } = new();
    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Email = Email.Trim();
        if (!new EmailAddressAttribute().IsValid(Email) || Email.Length is 0 or > 256)
            Errors.Add("email", "E-post: skriv en gyldig e-postadresse, for eksempel navn@eksempel.no.", "E-mail: enter a valid e-mail address, for example name@example.com.");
        if (Password.Length < 10)
            Errors.Add("password", "Passord: må ha minst 10 tegn.", "Password: must have at least 10 characters.");
        if (Errors.Any) return Page();

        if (await users.FindByEmailAsync(Email) is not null)
        {
            // The same work as a new account (the hash, a notice saved with an audit entry), so the time reveals nothing.
            timing.HashForNobody(Password);
            outbox.Add(AlreadyRegisteredNotice.Name, Email, Language.Nb, new AlreadyRegisteredData());
            await audit.WriteAsync("sign-up-existing-address", null, Email, ct: ct);
            Sent = true;
            return Page();
        }
        var user = new AppUser { UserName = Email, Email = Email, DisplayName = DisplayName?.Trim(), CreatedAt = time.GetUtcNow().UtcDateTime };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
                Errors.Add("password", "Passord: " + e.Description, "Password: " + e.Description);
            return Page();
        }
        outbox.Add(ConfirmEmailNotice.Name, Email, Language.Nb, new ConfirmEmailData(user.Id, ReturnAddress.LocalOrNull(ReturnUrl)));
        await audit.WriteAsync("sign-up", user.Id, Email, ct: ct);
        Sent = true;
        return Page();
    }
}
