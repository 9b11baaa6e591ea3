using Microsoft.AspNetCore.Mvc;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Admin;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Settings;

namespace Omigjen.Web.Features.Repair.Log;

/// <summary>
/// Every initiative's repairs for the municipality's administrators: the same chart and tables as an initiative's, and
/// the whole municipality's log as ORDS v0.3 CSV (<c>?handler=ords</c>), initiatives not yet approved included.
/// </summary>
public sealed class MunicipalRepairStatisticsModel(AppDbContext db, MunicipalClock clock, SiteSettings settings) : AdminPageModel
{
    public RepairReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Report = await RepairStatistics.LoadAsync(db.RepairEntries, clock, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetOrdsAsync(CancellationToken ct)
    {
        var municipality = (await settings.GetAsync(db, ct)).Name;
        var stream = await OrdsExport.ToStreamAsync(db.RepairEntries, municipality, clock, ct);
        return File(stream, OrdsExport.ContentType, OrdsExport.FileName("kommunen", clock.Today));
    }
}
