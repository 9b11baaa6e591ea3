using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Accounts;

[EnableRateLimiting(RateLimiting.AuthPolicy)]
public sealed class ResetPasswordModel(UserManager<AppUser> users, AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true), StringLength(TextLimits.Token), SingleLine] public string? Bruker { get; set; }
    [BindProperty(SupportsGet = true), StringLength(TextLimits.Token), SingleLine] public string? Kode { get; set; }
    [BindProperty, StringLength(TextLimits.Password)] public string Password { get; set; } = "";
    public FormErrors Errors { get; } = new();
    public bool Done { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Password.Length < 10)
        {
            Errors.Add("password", "Passord: må ha minst 10 tegn.", "Password: must have at least 10 characters.");
            return Page();
        }
        var user = Bruker is null ? null : await users.FindByIdAsync(Bruker);
        string? token = null;
        try { token = Kode is null ? null : Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Kode)); }
        catch (FormatException) { }
        var result = user is null || token is null ? null : await users.ResetPasswordAsync(user, token, Password);
        if (result is not { Succeeded: true })
        {
            Errors.Add("password", "Lenken er ugyldig eller utløpt. Be om en ny lenke.", "The link is invalid or has expired. Ask for a new link.");
            return Page();
        }
        // A reset proves the address, and ends a lockout.
        if (!user!.EmailConfirmed) { user.EmailConfirmed = true; await users.UpdateAsync(user); }
        await users.SetLockoutEndDateAsync(user, null);
        await audit.WriteAsync("password-reset", user.Id, user.Email ?? "", ct: ct);
        Done = true;
        return Page();
    }
}
