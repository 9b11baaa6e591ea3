using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Omigjen.Web.Features.Accounts;

public sealed class ConfirmEmailModel(UserManager<AppUser> users, AuditLog audit) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? bruker, string? kode, CancellationToken ct)
    {
        if (bruker is null || kode is null || await users.FindByIdAsync(bruker) is not { } user) return;
        string token;
        try { token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(kode)); }
        catch (FormatException) { return; }
        Confirmed = (await users.ConfirmEmailAsync(user, token)).Succeeded;
        if (Confirmed) await audit.WriteAsync("email-confirmed", user.Id, user.Email ?? "", ct: ct);
    }
}
