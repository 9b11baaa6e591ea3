using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.SavedSearches;

/// <summary>
/// The unsubscribe link of an alert e-mail. Opening it changes nothing (mail scanners open links); the button does.
/// No sign-in: the secret in the link is enough, and it can only turn e-mails off.
/// </summary>
[EnableRateLimiting(RateLimiting.AuthPolicy)]
public sealed class UnsubscribeModel(AppDbContext db) : PageModel
{
    public string Name { get; private set; } = "";
    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        var saved = SavedSearchTokens.LooksValid(token)
            ? await db.SavedSearches.AsNoTracking().SingleOrDefaultAsync(s => s.UnsubscribeToken == token, ct)
            : null;
        if (saved is null) return NotFound();
        Name = saved.Name;
        Done = saved.Frequency == AlertFrequency.None;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        var saved = SavedSearchTokens.LooksValid(token)
            ? await db.SavedSearches.SingleOrDefaultAsync(s => s.UnsubscribeToken == token, ct)
            : null;
        if (saved is null) return NotFound();
        await db.SavedSearches.Where(s => s.Id == saved.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Frequency, AlertFrequency.None), ct);
        Name = saved.Name;
        Done = true;
        return Page();
    }
}
