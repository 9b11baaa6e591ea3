using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Activities.SignUps;

/// <summary>What the sign-up box shows for one occasion and the person looking at it.</summary>
public sealed record ActivitySignUpBox(
    ActivityOccasion Occasion, string Title, bool SignedIn, ActivitySignUp? Mine, SignUpError? Closed, string When, int Volunteers);

/// <summary>
/// The sign-up form of one occasion ("ActivitySignUp", invoked by name from the activity page): places left, "meld på"
/// with guests, name and e-mail without an account, volunteer roles, and the person's own status with a cancel button.
/// </summary>
public sealed class ActivitySignUpViewComponent(AppDbContext db, TimeProvider time, MunicipalClock clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(long occasionId)
    {
        var ct = HttpContext.RequestAborted;
        var occasion = await db.ActivityOccasions.AsNoTracking().Include(o => o.Series).FirstOrDefaultAsync(o => o.Id == occasionId, ct);
        if (occasion?.Series is null) return Content("");
        var userId = HttpContext.User.UserId();
        var mine = userId is null ? null : await db.ActivitySignUps.AsNoTracking()
            .Where(s => s.OccasionId == occasionId && s.UserId == userId && s.Status != SignUpStatus.Cancelled && s.Status != SignUpStatus.Lapsed)
            .OrderByDescending(s => s.Id).FirstOrDefaultAsync(ct);
        var volunteers = await db.ActivitySignUps.CountAsync(s => s.OccasionId == occasionId && s.Role != SignUpRole.Visitor && s.Status == SignUpStatus.Confirmed, ct);
        var when = TimeText.DayAndTime(clock.ToLocal(occasion.StartUtc));
        var closed = SignUpService.Refusal(occasion, time.GetUtcNow().UtcDateTime);
        return View("~/Features/Activities/SignUps/_ActivitySignUp.cshtml",
            new ActivitySignUpBox(occasion, occasion.Series.Title, userId is not null, mine, closed, when, volunteers));
    }
}
