using Omigjen.Web.Features.Impact.Factors;
using Omigjen.Web.Features.Impact.Ledger;
using Omigjen.Web.Features.Impact.Reports;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Impact.Bench;

/// <summary>One ledger entry as the bulk load writes it (no resident, no reversal).</summary>
internal readonly record struct ActRow(
    ReuseActKind Kind, ReuseChannel Channel, int InitiativeId, GoodsCategory Category, int Quantity, long WeightGrams,
    WeightSource WeightSource, long Co2eGrams, ReuseSource Source, int SourceId, string? OnceKey, DateTime At);

/// <summary>The roll-up key and sums, built from the same entries as they are generated.</summary>
internal readonly record struct MonthKey(int Year, int Month, int InitiativeId, GoodsCategory Category, ReuseChannel Channel);

internal sealed class MonthSums
{
    public int Acts, Quantity, MeasuredQuantity, EstimatedQuantity;
    public long WeightGrams, MeasuredGrams, Co2eGrams;
}

/// <summary>
/// Deterministic ledger entries over the 60 months up to this one: a few large initiatives and many small ones (weight
/// 1/rank^0.8), each using two to four categories with a skew and one or two channels (shop, lending), uptake growing
/// over the years; 40 % of weights entered, the rest the category average; the factors of the first set.
/// </summary>
internal sealed class Generator(IReadOnlyList<int> initiativeIds, MunicipalClock clock, YearMonth last)
{
    public const int Months = 60;

    private static readonly GoodsCategory[] Popular =
    [
        GoodsCategory.ClothesShoes, GoodsCategory.Children, GoodsCategory.Furniture, GoodsCategory.HomeKitchen, GoodsCategory.BooksMedia,
        GoodsCategory.SportsOutdoors, GoodsCategory.ToysGames, GoodsCategory.Electronics, GoodsCategory.Bikes, GoodsCategory.ToolsGarden,
        GoodsCategory.BuildingMaterials, GoodsCategory.HobbyCrafts, GoodsCategory.Other,
    ];

    private static readonly double[] CategoryShare = [0.55, 0.25, 0.13, 0.07];

    private static readonly Dictionary<(GoodsCategory, ImpactActivity), Factor> Factors =
        FirstFactorSet.Rows.ToDictionary(f => (f.Category, f.Activity));

    public Dictionary<MonthKey, MonthSums> Rollup { get; } = [];

    public IEnumerable<ActRow> Entries(int count)
    {
        var rng = new Random(15);
        var n = initiativeIds.Count;
        var initiativeCumulative = Cumulative(Enumerable.Range(0, n).Select(i => 1 / Math.Pow(i + 1, 0.8)).ToArray());
        var profiles = Enumerable.Range(0, n).Select(_ => Profile(rng)).ToArray();
        var monthCumulative = Cumulative(Enumerable.Range(0, Months).Select(m => 1 + m / 30.0).ToArray());
        var first = last.Plus(-(Months - 1));
        for (var i = 0; i < count; i++)
        {
            var who = Pick(initiativeCumulative, rng.NextDouble());
            var profile = profiles[who];
            var lending = rng.NextDouble() < profile.LendingShare;
            var category = profile.Categories[Pick(profile.CategoryCumulative, rng.NextDouble())];
            var kind = lending ? ReuseActKind.LoanReturned : rng.NextDouble() < 0.15 ? ReuseActKind.HoldCollected : ReuseActKind.ItemSold;
            var rule = ReuseActKinds.Of(kind);
            var roll = rng.NextDouble();
            var quantity = kind != ReuseActKind.ItemSold || roll < 0.85 ? 1 : roll < 0.95 ? 2 : rng.Next(3, 6);
            var factor = Factors[(category, rule.Activity)];
            decimal? weight = rng.NextDouble() < 0.4 ? Math.Round(factor.AverageWeightKg * (decimal)(0.5 + rng.NextDouble()), 2) : null;
            if (weight is <= 0) weight = null;
            var result = ImpactArithmetic.Compute(factor, quantity, weight);
            var month = first.Plus(Pick(monthCumulative, rng.NextDouble()));
            var at = new DateTime(month.Year, month.Month, rng.Next(1, 29), rng.Next(7, 20), rng.Next(60), rng.Next(60), DateTimeKind.Utc);
            var sourceId = i + 1;
            var row = new ActRow(kind, rule.Channel, initiativeIds[who], category, quantity, result.WeightGrams, result.WeightSource,
                result.Co2eGrams, rule.Source, sourceId, rule.Once ? ImpactLedger.OnceKey(rule.Source, sourceId) : null, at);
            Add(row);
            yield return row;
        }
    }

    /// <summary>The same arithmetic as the ledger's roll-up upsert, summed in memory.</summary>
    private void Add(ActRow a)
    {
        var local = clock.ToLocal(a.At);
        var key = new MonthKey(local.Year, local.Month, a.InitiativeId, a.Category, a.Channel);
        if (!Rollup.TryGetValue(key, out var s)) Rollup[key] = s = new MonthSums();
        var measured = a.WeightSource != WeightSource.CategoryAverage;
        s.Acts += Math.Sign(a.Quantity);
        s.Quantity += a.Quantity;
        s.WeightGrams += a.WeightGrams;
        s.Co2eGrams += a.Co2eGrams;
        if (measured)
        {
            s.MeasuredGrams += a.WeightGrams;
            s.MeasuredQuantity += a.Quantity;
        }
        else
        {
            s.EstimatedQuantity += a.Quantity;
        }
    }

    private sealed record InitiativeProfile(GoodsCategory[] Categories, double[] CategoryCumulative, double LendingShare);

    private static InitiativeProfile Profile(Random rng)
    {
        var count = rng.Next(2, 5);
        var popularity = Cumulative(Popular.Select((_, i) => 1 / (i + 1.0)).ToArray());
        var categories = new List<GoodsCategory>();
        while (categories.Count < count)
        {
            var c = Popular[Pick(popularity, rng.NextDouble())];
            if (!categories.Contains(c)) categories.Add(c);
        }
        var channels = rng.NextDouble();
        var lendingShare = channels < 0.70 ? 0 : channels < 0.80 ? 1 : 0.3;
        return new InitiativeProfile(categories.ToArray(), Cumulative(CategoryShare[..count]), lendingShare);
    }

    private static double[] Cumulative(double[] weights)
    {
        var total = weights.Sum();
        var sum = 0.0;
        return weights.Select(w => sum += w / total).ToArray();
    }

    private static int Pick(double[] cumulative, double u)
    {
        var i = Array.BinarySearch(cumulative, u);
        return Math.Min(i < 0 ? ~i : i, cumulative.Length - 1);
    }
}
