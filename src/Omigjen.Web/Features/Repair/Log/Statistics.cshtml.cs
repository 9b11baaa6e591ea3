using Microsoft.AspNetCore.Mvc;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Settings;

namespace Omigjen.Web.Features.Repair.Log;

/// <summary>
/// The initiative's repairs (any member): per month by outcome as a chart with the table beside it, per category, and
/// the whole log as ORDS v0.3 CSV (<c>?handler=ords</c>).
/// </summary>
public sealed class RepairStatisticsModel(AppDbContext db, InitiativeAccess access, MunicipalClock clock, SiteSettings settings)
    : InitiativePageModel(db, access)
{
    public RepairReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        Report = await RepairStatistics.LoadAsync(Db.RepairEntries.Where(e => e.InitiativeId == Initiative.Id), clock, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetOrdsAsync(string slug, CancellationToken ct)
    {
        var municipality = (await settings.GetAsync(Db, ct)).Name;
        var stream = await OrdsExport.ToStreamAsync(Db.RepairEntries.Where(e => e.InitiativeId == Initiative.Id), municipality, clock, ct);
        return File(stream, OrdsExport.ContentType, OrdsExport.FileName(Initiative.Slug, clock.Today));
    }
}
