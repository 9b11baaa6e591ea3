using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Impact.Ledger;
using Omigjen.Web.Features.Impact.Reports;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Impact.Mine;

/// <summary>
/// "Mitt ombruk" (<c>/konto/ombruk</c>): the signed-in resident's entries in the impact ledger, newest first and paged,
/// their totals said in more ways than CO2e (kept from the waste, local places supported), and their points when the
/// points programme is there (the view component "MyPoints", invoked by name). Nothing exists for people not signed in.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class MineModel(AppDbContext db, MunicipalClock clock, IViewComponentSelector components) : PageModel
{
    public const string PointsComponent = "MyPoints";

    public sealed record Entry(long Id, ReuseActKind Kind, GoodsCategory Category, int Quantity, string Initiative, string Slug,
        DateTime At, long WeightGrams, long Co2eGrams, ReuseChannel Channel, bool Reversal);

    public sealed record Place(string Name, string Slug);

    public IReadOnlyList<Entry> Entries { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public ImpactTotals Totals { get; private set; } = ImpactTotals.Zero;
    public IReadOnlyList<Place> Places { get; private set; } = [];
    public bool ShowPoints { get; private set; }
    public MunicipalClock Clock => clock;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.UserId() is not { } userId) return Challenge();
        var mine = db.Set<ReuseAct>().AsNoTracking().OfPerson(db.Set<ReuseActLink>(), userId);
        var sums = await mine.GroupBy(a => a.Channel)
            .Select(g => new ImpactCell(0, 0, 0, GoodsCategory.Other, g.Key, 0, g.Sum(a => a.ReversesId == null ? 1L : -1L), g.Sum(a => (long)a.Quantity),
                g.Sum(a => a.WeightGrams), g.Sum(a => a.WeightSource != WeightSource.CategoryAverage ? a.WeightGrams : 0), 0, 0, g.Sum(a => a.Co2eGrams)))
            .ToListAsync(ct);
        Totals = ImpactTotals.Of(sums);
        var places = await mine.GroupBy(a => a.InitiativeId).Where(g => g.Sum(a => a.Quantity) > 0).Select(g => g.Key).ToListAsync(ct);
        Places = await db.Initiatives.AsNoTracking().Where(i => places.Contains(i.Id)).OrderBy(i => i.Name)
            .Select(i => new Place(i.Name, i.Slug)).ToListAsync(ct);
        Paging = Paging.For(Request, await mine.CountAsync(ct));
        Entries = await mine.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(a => new Entry(a.Id, a.Kind, a.Category, a.Quantity,
                db.Initiatives.Where(i => i.Id == a.InitiativeId).Select(i => i.Name).FirstOrDefault() ?? "",
                db.Initiatives.Where(i => i.Id == a.InitiativeId).Select(i => i.Slug).FirstOrDefault() ?? "",
                a.At, a.WeightGrams, a.Co2eGrams, a.Channel, a.ReversesId != null))
            .ToListAsync(ct);
        ShowPoints = components.SelectComponent(PointsComponent) is not null;
        return Page();
    }
}
