using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Repair.Services.Import;

/// <summary>The price list (not archived lines) as CSV in the import format, named <c>{slug}-reparasjoner-{date}.csv</c>.</summary>
public sealed class RepairExportModel(AppDbContext db, InitiativeAccess access, MunicipalClock clock) : InitiativePageModel(db, access)
{
    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var services = await Db.RepairServices.AsNoTracking().Where(s => s.InitiativeId == Initiative.Id && !s.Archived).OrderBy(s => s.Id).ToListAsync(ct);
        var buffer = new MemoryStream();
        await RepairCsv.WriteAsync(buffer, services, ct);
        buffer.Position = 0;
        var name = $"{Initiative.Slug}-reparasjoner-{clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";
        return File(buffer, "text/csv; charset=utf-8", name);
    }
}
