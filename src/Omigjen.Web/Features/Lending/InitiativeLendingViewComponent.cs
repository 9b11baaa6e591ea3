using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;

namespace Omigjen.Web.Features.Lending;

/// <summary>What a place lends or rents out, with the number of units in use; on the initiative page.</summary>
public sealed class InitiativeLendingViewComponent(AppDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int initiativeId)
    {
        var types = await db.LendingTypes.AsNoTracking()
            .Where(t => t.InitiativeId == initiativeId && !t.Archived && t.Units.Any(u => u.State != LendingUnitState.Retired))
            .OrderBy(t => t.Name)
            .Select(t => new LendingTypeLink(t.Id, t.Name, t.Units.Count(u => u.State != LendingUnitState.Retired)))
            .Take(100).ToListAsync(HttpContext.RequestAborted);
        return View("~/Features/Lending/_InitiativeLending.cshtml", types);
    }
}

public sealed record LendingTypeLink(int Id, string Name, int Units);
