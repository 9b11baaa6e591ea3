using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Impact.Reports;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Impact.Publication;

/// <summary>
/// An initiative's own impact figures (<c>/portal/{slug}/effekt</c>, any member) and the owner's choice to show them on
/// the public page (off until an owner turns it on).
/// </summary>
[EnableRateLimiting(RateLimiting.WritePolicy)]
public sealed class EffectModel(AppDbContext db, InitiativeAccess access, ImpactReports reports, MunicipalClock clock, IOutputCacheStore outputCache)
    : InitiativePageModel(db, access)
{
    public bool Published { get; private set; }
    public ImpactTotals ThisYear { get; private set; } = ImpactTotals.Zero;
    public ImpactTotals AllTime { get; private set; } = ImpactTotals.Zero;
    public string? StatusMessage { get; private set; }

    public async Task OnGetAsync(string slug, CancellationToken ct) => await LoadAsync(ct);

    [OwnersOnly]
    public async Task<IActionResult> OnPostAsync(string slug, bool publish, CancellationToken ct)
    {
        var row = await Db.Set<ImpactPublication>().SingleOrDefaultAsync(p => p.InitiativeId == Initiative.Id, ct);
        if (publish && row is null)
            Db.Add(new ImpactPublication { InitiativeId = Initiative.Id, PublishedAt = clock.Now.UtcDateTime, PublishedBy = User.UserId() });
        else if (!publish && row is not null)
            Db.Remove(row);
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two owners chose at once; the first one's choice stands and is shown below.
        }
        await outputCache.EvictByTagAsync(DirectoryOutputCache.Tag, ct);
        StatusMessage = publish
            ? L.T("Tallene vises nå på den offentlige siden.", "The figures are now shown on the public page.")
            : L.T("Tallene vises ikke lenger på den offentlige siden.", "The figures are no longer shown on the public page.");
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Published = await Db.Set<ImpactPublication>().AnyAsync(p => p.InitiativeId == Initiative.Id, ct);
        var today = YearMonth.Of(clock.Today);
        ThisYear = (await reports.SummaryAsync(new ImpactFilter(new MonthRange(new(today.Year, 1), today), InitiativeId: Initiative.Id), ct)).Totals;
        AllTime = (await reports.SummaryAsync(new ImpactFilter(new MonthRange(new(2000, 1), today), InitiativeId: Initiative.Id), ct)).Totals;
    }
}
