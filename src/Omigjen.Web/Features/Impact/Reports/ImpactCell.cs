using Omigjen.Web.Features.Impact.Ledger;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Impact.Reports;

/// <summary>
/// Sums of roll-up rows for one key (month, category, channel, factor set, and the initiative when the query kept it;
/// 0 otherwise). Every report folds these in memory; the database only sums <c>ImpactMonths</c>.
/// </summary>
public sealed record ImpactCell(
    int Year, int Month, int InitiativeId, GoodsCategory Category, ReuseChannel Channel, int FactorSetVersion,
    long Acts, long Quantity, long WeightGrams, long MeasuredGrams, long MeasuredQuantity, long EstimatedQuantity, long Co2eGrams)
{
    public YearMonth YearMonth => new(Year, Month);

    /// <summary>Grams kept from the waste: the weight where the channel counts it (<see cref="ReuseActKinds.CountsWaste"/>).</summary>
    public long WasteGrams => ReuseActKinds.CountsWaste(Channel) ? WeightGrams : 0;

    public long WasteMeasuredGrams => ReuseActKinds.CountsWaste(Channel) ? MeasuredGrams : 0;
}

/// <summary>The figures every report shows for a group of acts.</summary>
/// <param name="WasteGrams">Kept from the waste (channels that count waste; loans do not).</param>
/// <param name="MeasuredGrams">The part of <paramref name="WasteGrams"/> whose weight was weighed or entered.</param>
public sealed record ImpactTotals(long Acts, long Quantity, long WasteGrams, long MeasuredGrams, long Co2eGrams)
{
    public static ImpactTotals Zero { get; } = new(0, 0, 0, 0, 0);

    public decimal WasteKg => WasteGrams / 1000m;
    public decimal WasteTonnes => WasteGrams / 1_000_000m;
    public decimal Co2eKg => Co2eGrams / 1000m;
    public decimal Co2eTonnes => Co2eGrams / 1_000_000m;

    /// <summary>Share of the weight kept from the waste that was measured rather than a category average; null with no weight.</summary>
    public decimal? MeasuredShare => WasteGrams > 0 ? Math.Round((decimal)MeasuredGrams / WasteGrams, 4) : null;

    public static ImpactTotals Of(IEnumerable<ImpactCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        long acts = 0, quantity = 0, waste = 0, measured = 0, co2 = 0;
        foreach (var c in cells)
        {
            acts += c.Acts;
            quantity += c.Quantity;
            waste += c.WasteGrams;
            measured += c.WasteMeasuredGrams;
            co2 += c.Co2eGrams;
        }
        return new(acts, quantity, waste, measured, co2);
    }
}
