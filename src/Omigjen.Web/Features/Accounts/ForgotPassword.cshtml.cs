using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Accounts;

/// <summary>Asks for a reset link. The answer never says whether the address has an account.</summary>
[EnableRateLimiting(RateLimiting.AuthPolicy)]
public sealed class ForgotPasswordModel(UserManager<AppUser> users, AccountEmails emails, AuditLog audit) : PageModel
{
    [BindProperty] public string Email { get; set; } = "";
    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Email = Email.Trim();
        if (Email.Length > 0 && await users.FindByEmailAsync(Email) is { } user)
        {
            await emails.SendPasswordResetAsync(user, ct);
            await audit.WriteAsync("password-reset-requested", user.Id, Email, ct: ct);
        }
        Sent = true;
        return Page();
    }
}
