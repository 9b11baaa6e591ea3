using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;

namespace Omigjen.Web.Features.Initiatives.Editor;

/// <summary>One initiative in the portal: the status residents see now, and the everyday actions one tap away.</summary>
public sealed class OverviewModel(AppDbContext db, InitiativeAccess access, DirectoryCache cache, MunicipalClock clock, AuditLog audit)
    : InitiativePageModel(db, access)
{
    public string? StatusNow { get; private set; }
    public bool ClosedTodayByException { get; private set; }
    public DateOnly Today => clock.Today;
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string? lagret, CancellationToken ct)
    {
        if (Initiative.Moderation == ModerationState.Approved && (await cache.GetAsync(Db, ct)).Find(slug) is { } entry)
            StatusNow = StatusText.For(entry, clock.Now, clock.Zone);
        ClosedTodayByException = Initiative.Exceptions.Any(e => e.IsClosed && e.From <= Today && e.To >= Today);
        if (lagret is not null) Notice = L.T("Lagret.", "Saved.");
        return Page();
    }

    /// <summary>"Alt stemmer": the entry is confirmed as correct today.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(string slug, CancellationToken ct)
    {
        await Db.Initiatives.Where(i => i.Id == Initiative.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.LastConfirmed, clock.Today).SetProperty(i => i.UpdatedAt, clock.Now.UtcDateTime), ct);
        await cache.InvalidateAsync(ct);
        await audit.WriteAsync("entry-confirmed", User.UserId(), User.Identity?.Name ?? "", Initiative.Id, ct: ct);
        return RedirectToPage("/Initiatives/Editor/Overview", new { slug, lagret = 1 });

    }
}
