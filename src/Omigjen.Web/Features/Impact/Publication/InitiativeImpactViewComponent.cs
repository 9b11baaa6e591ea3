using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Impact.Reports;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Impact.Publication;

/// <summary>The initiative's own figures on its public page, only when an owner has turned that on.</summary>
public sealed class InitiativeImpactViewComponent(AppDbContext db, ImpactReports reports, MunicipalClock clock) : ViewComponent
{
    public sealed record Model(ImpactTotals ThisYear, int Year);

    public async Task<IViewComponentResult> InvokeAsync(int initiativeId)
    {
        var ct = HttpContext.RequestAborted;
        if (!await db.Set<ImpactPublication>().AnyAsync(p => p.InitiativeId == initiativeId, ct)) return Content("");
        var today = YearMonth.Of(clock.Today);
        var (totals, _) = await reports.SummaryAsync(new ImpactFilter(new MonthRange(new(today.Year, 1), today), InitiativeId: initiativeId), ct);
        return View("~/Features/Impact/Publication/_InitiativeImpact.cshtml", new Model(totals, today.Year));
    }
}

/// <summary>This year's reuse in the municipality, for the start page.</summary>
public sealed class MunicipalImpactViewComponent(ImpactReports reports, MunicipalClock clock) : ViewComponent
{
    public sealed record Model(ImpactTotals ThisYear, int Year);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var today = YearMonth.Of(clock.Today);
        var (totals, _) = await reports.SummaryAsync(new ImpactFilter(new MonthRange(new(today.Year, 1), today)), HttpContext.RequestAborted);
        return View("~/Features/Impact/Publication/_MunicipalImpact.cshtml", new Model(totals, today.Year));
    }
}
