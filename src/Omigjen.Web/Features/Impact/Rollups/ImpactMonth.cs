using Omigjen.Web.Features.Impact.Ledger;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Impact.Rollups;

/// <summary>
/// The ledger summed per month (municipal time), initiative, category, channel and factor set. Kept current in the same
/// transaction as each entry (<see cref="ImpactLedger"/>), so reports read thousands of rows instead of millions. Every
/// column is the exact sum of the entries it covers; reversals subtract.
/// </summary>
public sealed class ImpactMonth
{
    public int Year { get; set; }
    public int Month { get; set; }
    public int InitiativeId { get; set; }
    public GoodsCategory Category { get; set; }
    public ReuseChannel Channel { get; set; }
    public int FactorSetVersion { get; set; }

    /// <summary>Acts, net of reversals.</summary>
    public int Acts { get; set; }

    public int Quantity { get; set; }
    public long WeightGrams { get; set; }

    /// <summary>Grams and units whose weight was weighed or entered rather than a category average.</summary>
    public long MeasuredGrams { get; set; }

    public int MeasuredQuantity { get; set; }
    public int EstimatedQuantity { get; set; }
    public long Co2eGrams { get; set; }
}
