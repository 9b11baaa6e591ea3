using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Activities.Series;

/// <summary>The initiative's activities, those still running first, each with its next date.</summary>
public sealed class SeriesListModel(AppDbContext db, InitiativeAccess access, MunicipalClock clock) : InitiativePageModel(db, access)
{
    public sealed record Row(long Id, string Title, ActivityKind Kind, bool Cancelled, bool Repeats, DateTime? NextUtc);

    public List<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public string? Notice { get; private set; }
    public MunicipalClock Clock => clock;

    public async Task<IActionResult> OnGetAsync(string slug, string? melding, CancellationToken ct)
    {
        var now = clock.Now.UtcDateTime;
        var query = Db.ActivitySeries.AsNoTracking().Where(s => s.InitiativeId == Initiative.Id);
        Paging = Paging.For(Request, await query.CountAsync(ct));
        Rows = await query.OrderBy(s => s.Cancelled).ThenByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(s => new Row(s.Id, s.Title, s.Kind, s.Cancelled, s.RecurrenceRule != null,
                Db.ActivityOccasions.Where(o => o.SeriesId == s.Id && o.StartUtc > now && o.Status != OccasionStatus.Cancelled)
                    .OrderBy(o => o.StartUtc).Select(o => (DateTime?)o.StartUtc).FirstOrDefault()))
            .ToListAsync(ct);
        Notice = melding switch
        {
            "avlyst" => L.T("Aktiviteten er avlyst.", "The activity is cancelled."),
            _ => null,
        };
        return Page();
    }
}
