using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Moderation;

namespace Omigjen.Web.Features.Initiatives.Members;

/// <summary>The actor portal's start: my initiatives, my pending requests, register or claim.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(AppDbContext db, InitiativeAccess access) : PageModel
{
    public List<(Initiative Initiative, MemberRole Role)> Mine { get; private set; } = [];
    public List<(ModerationRequest Request, string Name, string Slug)> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Mine = await access.MineAsync(User, ct);
        var id = User.UserId();
        var rows = await db.ModerationRequests.AsNoTracking().Where(r => r.UserId == id)
            .Join(db.Initiatives, r => r.InitiativeId, i => i.Id, (r, i) => new { r, i.Name, i.Slug })
            .OrderByDescending(x => x.r.CreatedAt).Take(20).ToListAsync(ct);
        Requests = rows.Select(x => (x.r, x.Name, x.Slug)).ToList();
    }
}
