using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Admin;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Intake.Stations;

/// <summary>The stations, a page at a time, with how many staff and lots each has.</summary>
public sealed class IndexModel(AppDbContext db) : AdminPageModel
{
    public sealed record Row(int Id, string Slug, string Name, StationKind Kind, string Address, bool IsDemo, int Staff, int Lots);

    public List<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    public async Task OnGetAsync(string? lagret, CancellationToken ct)
    {
        if (lagret is not null) StatusMessage = L.T("Stasjonen er lagret.", "The station is saved.");
        Paging = Paging.For(Request, await db.Stations.CountAsync(ct));
        Rows = await db.Stations.AsNoTracking().OrderBy(s => s.Name).ThenBy(s => s.Id).Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(s => new Row(s.Id, s.Slug, s.Name, s.Kind, s.Address, s.IsDemo, s.Staff.Count, db.IntakeLots.Count(l => l.StationId == s.Id && l.UndoneAt == null)))
            .ToListAsync(ct);
    }

    public static string KindText(StationKind kind) => kind == StationKind.CentreIntake ? L.T("Senterets mottak", "The centre's intake") : L.T("Gjenvinningsstasjon", "Recycling station");
}
