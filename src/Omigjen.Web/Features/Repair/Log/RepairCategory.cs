using System.Globalization;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Repair.Log;

/// <summary>
/// What was brought in: an ORDS product category (powered) or one of OMigjen's goods categories (unpowered). As a form
/// value it is <c>ords-19</c> or the goods category's name (<c>Bikes</c>).
/// </summary>
public readonly record struct RepairCategory(int? OrdsId, GoodsCategory? Goods)
{
    private const string OrdsPrefix = "ords-";

    /// <summary>The unpowered categories offered (electronics are logged with an ORDS category instead).</summary>
    public static IReadOnlyList<GoodsCategory> Unpowered { get; } =
        Enum.GetValues<GoodsCategory>().Where(c => c != GoodsCategory.Electronics).ToList();

    /// <summary>Every category offered, powered first in the standard's order, then the unpowered ones.</summary>
    public static IReadOnlyList<RepairCategory> All { get; } =
        OrdsCategories.All.Select(c => new RepairCategory(c.Id, null)).Concat(Unpowered.Select(g => new RepairCategory(null, g))).ToList();

    public static RepairCategory Of(RepairEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.OrdsCategoryId, e.GoodsCategory);
    }

    public string Key => OrdsId is { } id ? OrdsPrefix + id.ToString(CultureInfo.InvariantCulture) : Goods?.ToString() ?? "";

    public static RepairCategory? Parse(string? key)
    {
        if (string.IsNullOrWhiteSpace(key)) return null;
        if (key.StartsWith(OrdsPrefix, StringComparison.Ordinal))
            return int.TryParse(key.AsSpan(OrdsPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && OrdsCategories.Find(id) is not null
                ? new RepairCategory(id, null) : null;
        // By name only: Enum.TryParse would also take a number ("7").
        return char.IsLetter(key[0]) && Enum.TryParse<GoodsCategory>(key, ignoreCase: false, out var g) && Enum.IsDefined(g) && g != GoodsCategory.Electronics
            ? new RepairCategory(null, g) : null;
    }

    /// <summary>The label in the page's language, powered items marked with "(el.)".</summary>
    public string Label => OrdsId is { } id ? OrdsCategories.Of(id).Label + L.T(" (el.)", " (powered)") : Labels.Of(Goods ?? GoodsCategory.Other);

    /// <summary>OMigjen's own Norwegian label, the export's <c>partner_product_category</c>.</summary>
    public string Norwegian => OrdsId is { } id ? OrdsCategories.Of(id).Norwegian : NorwegianGoods(Goods ?? GoodsCategory.Other);

    /// <summary>The category the impact ledger counts the repair under: every ORDS category is electronics.</summary>
    public GoodsCategory LedgerCategory => OrdsId is not null ? GoodsCategory.Electronics : Goods ?? GoodsCategory.Other;

    private static string NorwegianGoods(GoodsCategory g)
    {
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nb-NO");
            return Labels.Of(g);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }
}
