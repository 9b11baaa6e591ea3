using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Items.Import;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Items.Import;

/// <summary>
/// The initiative's items (all but removed ones) as CSV in the import format, named <c>{slug}-varer-{date}.csv</c>.
/// Owners and editors (and administrators).
/// </summary>
public sealed class ItemExportModel(AppDbContext db, InitiativeAccess access, MunicipalClock clock) : InitiativePageModel(db, access)
{
    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var exported = Db.Items.AsNoTracking().Where(i => i.InitiativeId == Initiative.Id && i.Status != ItemStatus.Removed);
        var withWeight = await exported.AnyAsync(i => i.WeightKg != null, ct);
        var buffer = new MemoryStream();
        await ItemCsvWriter.WriteAsync(buffer, exported.OrderBy(i => i.Id).AsAsyncEnumerable(), withWeight, ct);
        buffer.Position = 0;
        var name = $"{Initiative.Slug}-varer-{clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";
        return File(buffer, "text/csv; charset=utf-8", name);
    }
}
