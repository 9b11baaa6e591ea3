using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Activities.WhatsOn;

/// <summary>
/// The next few occasions from now, not cancelled, with a link to "Hva skjer": on the start page for the whole municipality, on an
/// initiative's page for that initiative. Invoked by name ("UpcomingOccasions"), so the pages that show it need not know activities.
/// </summary>
public sealed class UpcomingOccasionsViewComponent(AppDbContext db, MunicipalClock clock) : ViewComponent
{
    public const int MaxShown = 10;

    public sealed record Row(long Id, string Title, DateTimeOffset Start, string Place, OccasionStatus Status);

    public sealed record Model(int? InitiativeId, List<Row> Rows);

    /// <param name="initiativeId">Only this initiative's occasions; null for all public initiatives.</param>
    /// <param name="count">How many to show (at most <see cref="MaxShown"/>).</param>
    public async Task<IViewComponentResult> InvokeAsync(int? initiativeId, int count)
    {
        var ct = HttpContext.RequestAborted;
        var now = clock.Now.UtcDateTime;
        var q = db.ActivityOccasions.AsNoTracking().OfPublicInitiatives(db)
            .Where(o => o.StartUtc > now && o.Status != OccasionStatus.Cancelled);
        if (initiativeId is { } id) q = q.Where(o => o.InitiativeId == id);
        var next = await q.OrderBy(o => o.StartUtc).ThenBy(o => o.Id).Take(Math.Clamp(count, 1, MaxShown))
            .Select(o => new { o.Id, o.InitiativeId, o.Series!.Title, o.Series.Address, o.StartUtc, o.Status }).ToListAsync(ct);
        if (next.Count == 0) return Content("");
        var places = await ActivityPlaces.ForInitiativesAsync(db, [.. next.Select(o => o.InitiativeId).Distinct()], clock.Today, ct);
        var rows = next.Select(o => new Row(o.Id, o.Title, clock.ToLocal(o.StartUtc), o.Address ?? places.GetValueOrDefault(o.InitiativeId, ""), o.Status)).ToList();
        return View("~/Features/Activities/WhatsOn/_UpcomingOccasions.cshtml", new Model(initiativeId, rows));
    }
}
