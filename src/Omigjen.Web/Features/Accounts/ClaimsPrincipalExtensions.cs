using System.Security.Claims;

namespace Omigjen.Web.Features.Accounts;

/// <summary>Who the signed-in person is, asked the same way by every feature.</summary>
public static class ClaimsPrincipalExtensions
{
    /// <summary>The person's user id, or null when nobody is signed in.</summary>
    public static string? UserId(this ClaimsPrincipal? user) => user?.FindFirstValue(ClaimTypes.NameIdentifier);

    public static bool IsAdmin(this ClaimsPrincipal? user) => user?.IsInRole(Roles.Admin) == true;
}
