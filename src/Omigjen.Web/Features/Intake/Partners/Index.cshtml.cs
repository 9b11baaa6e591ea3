using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Admin;
using Omigjen.Web.Features.Intake.Pickups;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Intake.Partners;

/// <summary>The partners approved to collect from the stations, a page at a time, with their agreements and the standing pickups kept and missed in the last 90 days.</summary>
public sealed class IndexModel(AppDbContext db, MunicipalClock clock) : AdminPageModel
{
    public sealed record Row(int Id, string Name, AgreementKind Agreement, DateOnly StartsOn, DateOnly EndsOn, bool NonProfit, bool Withdrawn, int Categories, int Plans,
                             int Kept, int Missed);

    /// <summary>Pickups kept and missed are counted over this many days back.</summary>
    public const int KeptDays = 90;

    public List<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public DateOnly Today => clock.Today;

    public async Task OnGetAsync(string? lagret, CancellationToken ct)
    {
        if (lagret is not null) StatusMessage = L.T("Partneren er lagret.", "The partner is saved.");
        var since = clock.Today.AddDays(-KeptDays);
        Paging = Paging.For(Request, await db.IntakePartners.CountAsync(ct));
        Rows = await (from p in db.IntakePartners.AsNoTracking()
                      join i in db.Initiatives on p.InitiativeId equals i.Id
                      orderby i.Name, p.Id
                      select new Row(p.Id, i.Name, p.Agreement, p.StartsOn, p.EndsOn, p.NonProfit, p.WithdrawnAt != null, p.Categories.Count, p.Plans.Count,
                          db.StandingPickups.Count(x => x.PartnerId == p.Id && x.Date >= since && x.State == PickupState.Done),
                          db.StandingPickups.Count(x => x.PartnerId == p.Id && x.Date >= since && x.State == PickupState.Missed)))
            .Skip(Paging.Skip).Take(Paging.PageSize).ToListAsync(ct);
    }
}
