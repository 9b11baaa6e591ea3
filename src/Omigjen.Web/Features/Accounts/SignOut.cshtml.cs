using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omigjen.Web.Infrastructure.Audit;

namespace Omigjen.Web.Features.Accounts;

public sealed class SignOutModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, AuditLog audit) : PageModel
{
    public IActionResult OnGet() => Page();

    /// <summary>
    /// Ends the session everywhere: a new security stamp makes every cookie issued before it invalid at its next check
    /// (at most a minute later, see AccountsSetup), so a copied cookie stops working too.
    /// </summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            await audit.WriteAsync("sign-out", user.Id, user.Email ?? "", ct: ct);
        }
        await signIn.SignOutAsync();
        return RedirectToPage("/Home/Index");
    }
}
