using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;

namespace Omigjen.Web.Features.Intake.Stations;

/// <summary>
/// The station screen and its API: the staff of the station in the route's <c>{slug}</c>, and administrators. Checked
/// once here for every page and endpoint that carries the policy; handlers never check it themselves. An unknown
/// station is refused like one the person does not work at, so the answer does not tell which stations exist.
/// </summary>
public static class StationPolicy
{
    public const string Staff = "station-staff";
}

public sealed class StationStaffRequirement : IAuthorizationRequirement;

public sealed class StationStaffHandler(AppDbContext db) : AuthorizationHandler<StationStaffRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, StationStaffRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User.IsAdmin())
        {
            context.Succeed(requirement);
            return;
        }
        var userId = context.User.UserId();
        var slug = (context.Resource as HttpContext)?.GetRouteValue("slug") as string;
        if (userId is null || string.IsNullOrEmpty(slug)) return;
        if (await IsStaffAsync(db, slug, userId, CancellationToken.None)) context.Succeed(requirement);
    }

    public static Task<bool> IsStaffAsync(AppDbContext db, string slug, string userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.StationStaff.AnyAsync(m => m.UserId == userId && db.Stations.Any(s => s.Id == m.StationId && s.Slug == slug), ct);
    }
}
