using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Forms;

namespace Omigjen.Web.Features.Activities.SignUps;

/// <summary>One of the resident's sign-ups with its occasion.</summary>
public sealed record MySignUpRow(ActivitySignUp SignUp, string Title, string Organiser, DateTime StartUtc, OccasionStatus OccasionStatus);

/// <summary>"Mine påmeldinger": the resident's sign-ups, coming first (soonest first), then earlier ones; paged. Cancel and accept here.</summary>
[Authorize(Policy = Policies.SignedIn)]
[EnableRateLimiting(RateLimiting.WritePolicy)]
public sealed class MineModel(AppDbContext db, SignUpWaitlist waitlist, TimeProvider time, MunicipalClock clock) : PageModel
{
    public List<MySignUpRow> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public string? Notice { get; private set; }
    public DateTime NowUtc { get; private set; }

    public string When(DateTime utc) => TimeText.DayAndTime(clock.ToLocal(utc));

    public async Task<IActionResult> OnGetAsync(string? status, CancellationToken ct)
    {
        if (User.UserId() is not { } userId) return Challenge();
        Notice = status switch
        {
            "avmeldt" => L.T("Du er meldt av.", "Your sign-up is cancelled."),
            "godtatt" => L.T("Plassen er din.", "The place is yours."),
            _ => null,
        };
        await LoadAsync(userId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(long id, CancellationToken ct) =>
        await AfterAsync(User.UserId() is { } u ? await waitlist.CancelAsync(id, u, ct) : null, "avmeldt", ct);

    public async Task<IActionResult> OnPostAcceptAsync(long id, CancellationToken ct) =>
        await AfterAsync(User.UserId() is { } u ? await waitlist.AcceptOfferAsync(id, u, ct) : null, "godtatt", ct);

    private async Task<IActionResult> AfterAsync(SignUpResult? result, string status, CancellationToken ct)
    {
        if (result is null) return Challenge();
        if (result.Error == SignUpError.UnknownSignUp) return NotFound();
        if (result.Succeeded) return RedirectToPage("/Activities/SignUps/Mine", new { status });
        var (nb, en) = SignUpErrors.Text(result.Error!.Value);
        ModelState.AddError("Form", "my-signups", nb, en);
        Response.StatusCode = StatusCodes.Status409Conflict;
        await LoadAsync(User.UserId()!, ct);
        return Page();
    }

    private async Task LoadAsync(string userId, CancellationToken ct)
    {
        NowUtc = time.GetUtcNow().UtcDateTime;
        var now = NowUtc;
        var mine = db.ActivitySignUps.AsNoTracking().Where(s => s.UserId == userId);
        Paging = Paging.For(Request, await mine.CountAsync(ct));
        // Coming occasions first (soonest first), then earlier ones (latest first).
        Rows = await mine
            .OrderBy(s => s.Occasion!.StartUtc > now ? 0 : 1)
            .ThenBy(s => s.Occasion!.StartUtc > now ? s.Occasion.StartUtc : now)
            .ThenByDescending(s => s.Occasion!.StartUtc).ThenBy(s => s.Id)
            .Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(s => new MySignUpRow(s, s.Occasion!.Series!.Title, db.Initiatives.Where(i => i.Id == s.Occasion.InitiativeId).Select(i => i.Name).First(),
                s.Occasion.StartUtc, s.Occasion.Status))
            .ToListAsync(ct);
    }
}
