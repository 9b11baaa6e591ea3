using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Omigjen.Web.Features.Accounts;

public sealed class AccessDeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
