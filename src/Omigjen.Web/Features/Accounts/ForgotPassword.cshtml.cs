using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Omigjen.OpeningHours;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts.Notices;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Input;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Accounts;

/// <summary>Asks for a reset link. The answer never says whether the address has an account.</summary>
[EnableRateLimiting(RateLimiting.AuthPolicy)]
public sealed class ForgotPasswordModel(AppDbContext db, NoticeWriter outbox) : PageModel
{
    [BindProperty, StringLength(TextLimits.Email), SingleLine] public string Email { get; set; } = "";
    public bool Sent { get; private set; }

    public void OnGet() { }

    /// <summary>
    /// The request only writes a notice; the look-up, the link and the e-mail happen when it is sent (see
    /// <see cref="PasswordResetNotice"/>), so the request does the same work whether or not the address has an account.
    /// </summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var email = Email.Trim();
        if (email.Length > 0)
        {
            outbox.Add(PasswordResetNotice.Name, email, Language.Nb, new PasswordResetData());
            await db.SaveChangesAsync(ct);
        }
        Sent = true;
        return Page();
    }
}
