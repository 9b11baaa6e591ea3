using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Repair.Services;

/// <summary>
/// On an item's page: the initiative's free-repair promises that cover the item's category, as consumer rights.
/// Invoked by name ("RepairPromises"), so Items does not depend on Repair.
/// </summary>
public sealed class RepairPromisesViewComponent(AppDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int initiativeId, GoodsCategory category)
    {
        var promises = await db.RepairServices.AsNoTracking()
            .Where(s => s.InitiativeId == initiativeId && !s.Archived && s.PromiseCategory == category && s.PromiseText != null && s.PromiseDays != null)
            .OrderBy(s => s.Id).Select(s => new RepairPromise(s.PromiseText!, s.PromiseDays!.Value)).ToListAsync(HttpContext.RequestAborted);
        return View("~/Features/Repair/Services/_RepairPromises.cshtml", promises.Distinct().ToList());
    }
}

public sealed record RepairPromise(string Text, int Days);
