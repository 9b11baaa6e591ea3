using Microsoft.AspNetCore.Mvc;

namespace Omigjen.Web.Features.Initiatives.Members;

/// <summary>The initiatives the signed-in person belongs to, with their role; shown on the account page, invoked by name.</summary>
public sealed class MembershipsViewComponent(InitiativeAccess access) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var mine = await access.MineAsync(UserClaimsPrincipal, HttpContext.RequestAborted);
        return View("~/Features/Initiatives/Members/_Memberships.cshtml", mine);
    }
}
