using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Impact.Factors;
using Omigjen.Web.Features.Impact.Ledger;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Impact.Method;

/// <summary>
/// "Om tallene": the open method behind every impact figure — what counts, the formula, the displacement and lending
/// policy, every factor of the current set with its source, the earlier sets, the category mapping and the uncertainty.
/// </summary>
public sealed class MethodModel(AppDbContext db, ImpactLedger ledger) : PageModel
{
    public FactorSet Current { get; private set; } = null!;

    /// <summary>The current set's rows: reuse first, then lending and repair, each in category order.</summary>
    public List<Factor> Factors { get; private set; } = [];

    public List<FactorSet> Sets { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var version = await ledger.CurrentVersionAsync(db, ct);
        Current = await db.FactorSets.AsNoTracking().SingleAsync(s => s.Version == version, ct);
        Factors = (await db.Factors.AsNoTracking().Where(f => f.FactorSetVersion == version).ToListAsync(ct))
            .OrderBy(f => f.Activity).ThenBy(f => f.Category).ToList();
        Paging = Paging.For(Request, await db.FactorSets.CountAsync(ct));
        Sets = await db.FactorSets.AsNoTracking().OrderByDescending(s => s.Version).Skip(Paging.Skip).Take(Paging.PageSize).ToListAsync(ct);
    }

    public static string ActivityText(ImpactActivity a) => a switch
    {
        ImpactActivity.Reuse => L.T("Ombruk (solgt, gitt bort, hentet)", "Reuse (sold, given away, collected)"),
        ImpactActivity.Lending => L.T("Utlån", "Lending"),
        _ => L.T("Reparasjon", "Repair"),
    };

    public static string UnitText(FactorUnit u) => u == FactorUnit.PerKg ? L.T("per kg", "per kg") : L.T("per gjenstand", "per item");

    public static string EuText(EuReuseCategory c) => c switch
    {
        EuReuseCategory.Textiles => L.T("1 Tekstiler og klær", "1 Textiles and clothing"),
        EuReuseCategory.ElectricalElectronic => L.T("2 Elektrisk og elektronisk utstyr", "2 Electrical and electronic equipment"),
        EuReuseCategory.Furniture => L.T("3 Møbler", "3 Furniture"),
        EuReuseCategory.Construction => L.T("4 Byggevarer og byggematerialer", "4 Construction materials and products"),
        _ => L.T("5 Andre produkter", "5 Other products"),
    };

    public static string Kg(decimal value) => value.ToString("0.##", L.IsEnglish ? System.Globalization.CultureInfo.InvariantCulture : System.Globalization.CultureInfo.GetCultureInfo("nb-NO"));
}
