using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;

namespace Omigjen.Web.Features.Repair.Services;

/// <summary>On the initiative page: what it repairs and for how much. Invoked by name ("InitiativeRepairServices").</summary>
public sealed class InitiativeRepairServicesViewComponent(AppDbContext db) : ViewComponent
{
    public const int Shown = 10;

    public async Task<IViewComponentResult> InvokeAsync(int initiativeId, string slug)
    {
        var active = db.RepairServices.AsNoTracking().Where(s => s.InitiativeId == initiativeId && !s.Archived);
        var total = await active.CountAsync(HttpContext.RequestAborted);
        var shown = await active.OrderBy(s => s.Category).ThenBy(s => s.What).ThenBy(s => s.Id).Take(Shown).ToListAsync(HttpContext.RequestAborted);
        return View("~/Features/Repair/Services/_InitiativeRepairServices.cshtml", new InitiativeRepairServices(slug, total, shown));
    }
}

public sealed record InitiativeRepairServices(string Slug, int Total, List<RepairService> Shown);
