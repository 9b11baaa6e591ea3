using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Admin;
using Omigjen.Web.Features.Points.Issuers;
using Omigjen.Web.Features.Points.Ledger;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Points.Fraud;

/// <summary>
/// Per issuer: codes issued and claimed (90 days), acts per day against its usual level, and residents who got many
/// credits from it — as counts, never who. An issuer can be suspended from here (audited).
/// </summary>
public sealed class ReportModel(AppDbContext db, IssuerDecisions decisions, MunicipalClock clock) : AdminPageModel
{
    /// <summary>Credits from one issuer in 90 days from which a resident is counted as "many".</summary>
    public const int ManyCredits = 5;

    public sealed record Row(int InitiativeId, string Name, IssuerStatus Status, int Issued, int Claimed, IssuerActivity Activity,
                             int ResidentsWithMany, int MostByOne);

    public List<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    public async Task OnGetAsync(string? endret, CancellationToken ct)
    {
        if (endret is not null) StatusMessage = L.T("Tiltaket er suspendert.", "The initiative is suspended.");
        var issuers = db.PointsIssuers.AsNoTracking().Where(i => i.Status != IssuerStatus.Requested);
        Paging = Paging.For(Request, await issuers.CountAsync(ct));
        var page = await issuers.OrderBy(i => i.InitiativeId).Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(i => new { i.InitiativeId, i.Status, Name = db.Initiatives.Where(x => x.Id == i.InitiativeId).Select(x => x.Name).First() })
            .ToListAsync(ct);
        var ids = page.Select(p => p.InitiativeId).ToList();
        var since = clock.Now.UtcDateTime.AddDays(-IssuerActivity.UsualDays);
        var codes = await db.PointsCodes.AsNoTracking().Where(c => ids.Contains(c.InitiativeId) && c.IssuedAt >= since)
            .GroupBy(c => c.InitiativeId)
            .Select(g => new { Id = g.Key, Issued = g.Count(), Claimed = g.Count(c => c.ClaimedAt != null) }).ToListAsync(ct);
        var credits = await db.PointsEntries.AsNoTracking()
            .Where(e => e.Kind == PointsEntryKind.Credit && e.InitiativeId != null && ids.Contains(e.InitiativeId.Value) && e.At >= since)
            .Select(e => new { Id = e.InitiativeId!.Value, e.At, e.UserId }).ToListAsync(ct);
        var today = clock.Today;
        Rows = page.Select(p =>
        {
            var c = codes.FirstOrDefault(x => x.Id == p.InitiativeId);
            var mine = credits.Where(x => x.Id == p.InitiativeId).ToList();
            var perResident = mine.Where(x => x.UserId != null).GroupBy(x => x.UserId).Select(g => g.Count()).ToList();
            return new Row(p.InitiativeId, p.Name, p.Status, c?.Issued ?? 0, c?.Claimed ?? 0,
                IssuerActivity.Of(mine.Select(x => DateOnly.FromDateTime(clock.ToLocal(x.At).DateTime)), today),
                perResident.Count(n => n >= ManyCredits), perResident.Count == 0 ? 0 : perResident.Max());
        }).ToList();
    }

    public async Task<IActionResult> OnPostSuspendAsync(int initiativeId, CancellationToken ct)
    {
        if (!await db.PointsIssuers.AnyAsync(i => i.InitiativeId == initiativeId, ct)) return NotFound();
        await decisions.SetAsync(initiativeId, IssuerStatus.Suspended, User.UserId(), PointsActor.Of(User), ct);
        return RedirectToPage(new { endret = 1 });
    }
}
