using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Forms;

namespace Omigjen.Web.Features.Activities.SignUps;

/// <summary>
/// The page behind the link in the e-mails to someone who signed up without an account: confirm (the places are taken
/// then), accept an offer, or cancel. Opening the link changes nothing (mail scanners open links); the buttons do.
/// </summary>
[EnableRateLimiting(RateLimiting.AuthPolicy)]
public sealed class LinkModel(AppDbContext db, SignUpService signUps, SignUpWaitlist waitlist, TimeProvider time, MunicipalClock clock) : PageModel
{
    public ActivitySignUp? SignUp { get; private set; }
    public string Title { get; private set; } = "";
    public string When { get; private set; } = "";
    public string? Deadline { get; private set; }
    public bool CanCancel { get; private set; }
    public long OccasionId { get; private set; }
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, string? status, CancellationToken ct)
    {
        if (!await LoadAsync(token, ct)) return NotFound();
        Notice = status switch
        {
            "bekreftet" => L.T("Takk! Påmeldingen er bekreftet.", "Thank you! Your sign-up is confirmed."),
            "avmeldt" => L.T("Du er meldt av.", "Your sign-up is cancelled."),
            "godtatt" => L.T("Plassen er din.", "The place is yours."),
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string token, CancellationToken ct)
    {
        var result = await signUps.ConfirmAsync(token, ct);
        return await AfterAsync(token, result, "bekreftet", ct);
    }

    public async Task<IActionResult> OnPostAcceptAsync(string token, CancellationToken ct)
    {
        var signUp = await signUps.ByTokenAsync(token, ct);
        if (signUp is null) return NotFound();
        return await AfterAsync(token, await waitlist.AcceptOfferAsync(signUp, ct), "godtatt", ct);
    }

    public async Task<IActionResult> OnPostCancelAsync(string token, CancellationToken ct)
    {
        var signUp = await signUps.ByTokenAsync(token, ct);
        if (signUp is null) return NotFound();
        return await AfterAsync(token, await waitlist.CancelAsync(signUp, ct), "avmeldt", ct);
    }

    private async Task<IActionResult> AfterAsync(string token, SignUpResult result, string status, CancellationToken ct)
    {
        if (result.Error == SignUpError.UnknownSignUp) return NotFound();
        if (result.Succeeded) return RedirectToPage("/Activities/SignUps/Link", new { token, status });
        if (!await LoadAsync(token, ct)) return NotFound();
        var (nb, en) = SignUpErrors.Text(result.Error!.Value);
        ModelState.AddError("Form", "signup-link", nb, en);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(string token, CancellationToken ct)
    {
        SignUp = await signUps.ByTokenAsync(token, ct);
        if (SignUp is null) return false;
        var id = SignUp.OccasionId;
        var o = await db.ActivityOccasions.AsNoTracking().Where(x => x.Id == id).Select(x => new { x.Series!.Title, x.StartUtc }).FirstAsync(ct);
        (Title, OccasionId) = (o.Title, id);
        When = TimeText.DayAndTime(clock.ToLocal(o.StartUtc));
        Deadline = SignUp.OfferExpiresAt is { } expires ? TimeText.DayAndTime(clock.ToLocal(expires)) : null;
        CanCancel = SignUpLabels.CanCancel(SignUp, o.StartUtc, time.GetUtcNow().UtcDateTime);
        return true;
    }
}
