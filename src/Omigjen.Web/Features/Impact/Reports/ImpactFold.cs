using Omigjen.Web.Features.Impact.Factors;
using Omigjen.Web.Features.Impact.Ledger;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Impact.Reports;

public sealed record MonthFigures(YearMonth Month, ImpactTotals Totals);

public sealed record CategoryFigures(GoodsCategory Category, ImpactTotals Totals);

public sealed record ChannelFigures(ReuseChannel Channel, ImpactTotals Totals);

/// <summary>One cell of the EU 2021/19 report: grams kept in use for one EU category through one channel.</summary>
public sealed record EuCell(EuReuseCategory Category, ReuseChannel Channel, long Grams)
{
    public decimal Tonnes => Grams / 1_000_000m;
}

/// <summary>The yearly reuse report after Implementing Decision (EU) 2021/19: tonnes per EU category and channel.</summary>
public sealed record EuReport(int Year, IReadOnlyList<EuCell> Cells, IReadOnlyList<int> FactorSetVersions)
{
    public long Grams(EuReuseCategory category) => Cells.Where(c => c.Category == category).Sum(c => c.Grams);

    public long TotalGrams => Cells.Sum(c => c.Grams);
}

/// <summary>The pure arithmetic of the reports: roll-up sums in, figures out. No database, no clock.</summary>
public static class ImpactFold
{
    /// <summary>Every month of the range, in order, with zeros for months without acts.</summary>
    public static IReadOnlyList<MonthFigures> Months(IEnumerable<ImpactCell> cells, MonthRange range)
    {
        var byMonth = cells.GroupBy(c => c.YearMonth).ToDictionary(g => g.Key, ImpactTotals.Of);
        return range.Months().Select(m => new MonthFigures(m, byMonth.GetValueOrDefault(m, ImpactTotals.Zero))).ToList();
    }

    /// <summary>Categories with any act, largest CO2e first.</summary>
    public static IReadOnlyList<CategoryFigures> Categories(IEnumerable<ImpactCell> cells) =>
        cells.GroupBy(c => c.Category).Select(g => new CategoryFigures(g.Key, ImpactTotals.Of(g)))
            .Where(f => f.Totals.Acts != 0 || f.Totals.Co2eGrams != 0)
            .OrderByDescending(f => f.Totals.Co2eGrams).ThenBy(f => f.Category).ToList();

    public static IReadOnlyList<ChannelFigures> Channels(IEnumerable<ImpactCell> cells) =>
        cells.GroupBy(c => c.Channel).Select(g => new ChannelFigures(g.Key, ImpactTotals.Of(g)))
            .Where(f => f.Totals.Acts != 0 || f.Totals.Co2eGrams != 0)
            .OrderBy(f => f.Channel).ToList();

    public static IReadOnlyList<int> Versions(IEnumerable<ImpactCell> cells) =>
        cells.Where(c => c.Acts != 0).Select(c => c.FactorSetVersion).Distinct().Order().ToList();

    /// <summary>
    /// The EU report: each cell's weight under the EU category its own factor set maps its category to. Channels that
    /// count no waste (lending: the object stays with the lender) are left out, as the decision counts products reused.
    /// </summary>
    /// <param name="euCategories">(factor-set version, category) → EU category, from the factor sets.</param>
    public static EuReport Eu(int year, IEnumerable<ImpactCell> cells, IReadOnlyDictionary<(int Version, GoodsCategory Category), EuReuseCategory> euCategories)
    {
        ArgumentNullException.ThrowIfNull(euCategories);
        var list = cells.Where(c => c.Year == year && ReuseActKinds.CountsWaste(c.Channel)).ToList();
        var result = list
            .GroupBy(c => (Eu: euCategories.GetValueOrDefault((c.FactorSetVersion, c.Category), EuReuseCategory.Other), c.Channel))
            .Select(g => new EuCell(g.Key.Eu, g.Key.Channel, g.Sum(c => c.WeightGrams)))
            .OrderBy(c => c.Category).ThenBy(c => c.Channel).ToList();
        return new EuReport(year, result, Versions(list));
    }

    /// <summary>The factor activity a channel's acts use (shop → reuse, lending → lending, repair → repair).</summary>
    public static ImpactActivity ActivityOf(ReuseChannel channel) => channel switch
    {
        ReuseChannel.Lending => ImpactActivity.Lending,
        ReuseChannel.Repair => ImpactActivity.Repair,
        _ => ImpactActivity.Reuse,
    };

    /// <summary>
    /// "Hva om": the cells with their CO2e recomputed under another factor set, row by row
    /// (<see cref="ImpactArithmetic.Co2eGrams"/>: measured kilograms stay, estimated units take the set's average weight, which
    /// also changes the estimated part of the weight).
    /// A row whose category and activity the other set lacks keeps its own figure and is counted in <c>Kept</c>.
    /// </summary>
    public static (IReadOnlyList<ImpactCell> Cells, int Kept) Recompute(IEnumerable<ImpactCell> rows, IReadOnlyCollection<Factor> otherSet)
    {
        ArgumentNullException.ThrowIfNull(otherSet);
        var factors = otherSet.ToDictionary(f => (f.Category, f.Activity));
        var kept = 0;
        var result = new List<ImpactCell>();
        foreach (var row in rows)
        {
            if (!factors.TryGetValue((row.Category, ActivityOf(row.Channel)), out var factor))
            {
                kept++;
                result.Add(row);
                continue;
            }
            var co2 = ImpactArithmetic.Co2eGrams(factor, checked((int)row.Quantity), row.MeasuredGrams, checked((int)row.EstimatedQuantity));
            var weight = row.MeasuredGrams + ImpactArithmetic.Grams(row.EstimatedQuantity * factor.AverageWeightKg);
            result.Add(row with { Co2eGrams = co2, WeightGrams = weight, FactorSetVersion = factor.FactorSetVersion });
        }
        return (result, kept);
    }
}
