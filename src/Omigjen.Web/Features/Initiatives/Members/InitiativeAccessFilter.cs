using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;

namespace Omigjen.Web.Features.Initiatives.Members;

/// <summary>
/// The one access check for every <see cref="InitiativePageModel"/>: resolves <c>{slug}</c>, loads the initiative once,
/// and lets the handler run only for its members and administrators (owners only for <see cref="OwnersOnlyAttribute"/>).
/// Runs after authorization, so a visitor who is not signed in is still sent to sign in first.
/// </summary>
public sealed class InitiativeAccessFilter(AppDbContext db, InitiativeAccess access) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HandlerInstance is not InitiativePageModel page)
        {
            await next();
            return;
        }
        var ct = context.HttpContext.RequestAborted;
        var slug = context.RouteData.Values["slug"] as string;
        var initiative = slug is null ? null : await db.Initiatives.AsNoTracking().Include(i => i.Locations).Include(i => i.Exceptions)
            .AsSplitQuery().FirstOrDefaultAsync(i => i.Slug == slug, ct);
        if (initiative is null)
        {
            context.Result = new NotFoundResult();
            return;
        }
        var user = context.HttpContext.User;
        var isAdmin = user.IsAdmin();
        var role = await access.RoleAsync(user, initiative.Id, ct);
        var ownersOnly = context.HandlerMethod?.MethodInfo.GetCustomAttribute<OwnersOnlyAttribute>() is not null;
        if ((!isAdmin && role is null) || (ownersOnly && !isAdmin && role != MemberRole.Owner))
        {
            context.Result = new ForbidResult();
            return;
        }
        page.Grant(initiative, role, isAdmin);
        await next();
    }
}
