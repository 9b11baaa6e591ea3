using System.Security.Claims;

namespace Omigjen.Web.Features.Points;

/// <summary>Who acted, as the audit log names them.</summary>
public static class PointsActor
{
    public static string Of(ClaimsPrincipal user) =>
        user?.FindFirst(ClaimTypes.Email)?.Value ?? user?.Identity?.Name ?? "";
}
