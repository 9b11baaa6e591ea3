using Microsoft.AspNetCore.Authorization;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Intake.Stations;

namespace Omigjen.Web.Features.WorkTraining;

/// <summary>
/// The supervisor pages: only the staff of the station in the route's <c>{slug}</c>. Unlike the station screen, an
/// administrator is not let in by the role: a participant's record is seen by the participant and their supervisors only.
/// </summary>
public static class SupervisorPolicy
{
    public const string Name = "training-supervisor";
}

public sealed class SupervisorRequirement : IAuthorizationRequirement;

public sealed class SupervisorHandler(AppDbContext db) : AuthorizationHandler<SupervisorRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, SupervisorRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        var userId = context.User.UserId();
        var slug = (context.Resource as HttpContext)?.GetRouteValue("slug") as string;
        if (userId is null || string.IsNullOrEmpty(slug)) return;
        if (await StationStaffHandler.IsStaffAsync(db, slug, userId, CancellationToken.None)) context.Succeed(requirement);
    }
}
