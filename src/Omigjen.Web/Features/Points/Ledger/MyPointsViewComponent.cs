using Microsoft.AspNetCore.Mvc;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Points.Ledger;

/// <summary>The signed-in resident's points balance and a link to "Mine poeng"; invoked by name ("MyPoints") by other features.</summary>
[ViewComponent(Name = "MyPoints")]
public sealed class MyPointsViewComponent(AppDbContext db, MunicipalClock clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (UserClaimsPrincipal.UserId() is not { } userId) return Content("");
        var balance = await PointsLedger.BalanceAsync(db, userId, clock.Now.UtcDateTime, HttpContext.RequestAborted);
        return View("~/Features/Points/Ledger/_MyPoints.cshtml", balance);
    }
}
