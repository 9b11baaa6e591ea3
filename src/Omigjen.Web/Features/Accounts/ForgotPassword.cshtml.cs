using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Accounts;

/// <summary>Asks for a reset link. The answer never says whether the address has an account.</summary>
[EnableRateLimiting(RateLimiting.AuthPolicy)]
public sealed class ForgotPasswordModel(DeferredAccountMail mail) : PageModel
{
    [BindProperty, StringLength(TextLimits.Email), SingleLine] public string Email { get; set; } = "";
    public bool Sent { get; private set; }

    public void OnGet() { }

    /// <summary>
    /// The look-up, the link and the e-mail all happen after the answer: the request does the same work whether or
    /// not the address has an account.
    /// </summary>
    public IActionResult OnPost()
    {
        var email = Email.Trim();
        if (email.Length > 0) mail.Enqueue((sp, ct) => AccountEmails.SendPasswordResetToAsync(sp, email, ct));
        Sent = true;
        return Page();
    }
}
