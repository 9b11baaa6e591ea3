using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Admin;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Points.Issuers;

/// <summary>Initiatives in the points programme: requests to approve, and approval, suspension and reinstatement.</summary>
public sealed class ManageModel(AppDbContext db, IssuerDecisions decisions, MunicipalClock clock) : AdminPageModel
{
    public sealed record Row(int InitiativeId, string Name, string Slug, IssuerStatus Status, DateTime RequestedAt, DateTime? DecidedAt);

    public List<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public MunicipalClock Clock => clock;

    public async Task OnGetAsync(string? endret, CancellationToken ct)
    {
        if (endret is not null) StatusMessage = L.T("Endringen er lagret.", "The change is saved.");
        var query = db.PointsIssuers.AsNoTracking();
        Paging = Paging.For(Request, await query.CountAsync(ct));
        // Requests first: they wait for someone.
        Rows = await query.OrderBy(i => i.Status == IssuerStatus.Requested ? 0 : 1).ThenBy(i => i.RequestedAt).ThenBy(i => i.InitiativeId)
            .Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(i => new Row(i.InitiativeId, db.Initiatives.Where(x => x.Id == i.InitiativeId).Select(x => x.Name).First(),
                db.Initiatives.Where(x => x.Id == i.InitiativeId).Select(x => x.Slug).First(), i.Status, i.RequestedAt, i.DecidedAt))
            .ToListAsync(ct);
    }

    public Task<IActionResult> OnPostApproveAsync(int initiativeId, CancellationToken ct) => SetAsync(initiativeId, IssuerStatus.Approved, ct);

    public Task<IActionResult> OnPostSuspendAsync(int initiativeId, CancellationToken ct) => SetAsync(initiativeId, IssuerStatus.Suspended, ct);

    private async Task<IActionResult> SetAsync(int initiativeId, IssuerStatus status, CancellationToken ct)
    {
        if (!await db.PointsIssuers.AnyAsync(i => i.InitiativeId == initiativeId, ct)) return NotFound();
        await decisions.SetAsync(initiativeId, status, User.UserId(), PointsActor.Of(User), ct);
        return RedirectToPage(new { endret = status.ToString().ToLowerInvariant() });
    }
}
