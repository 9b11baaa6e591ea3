using Omigjen.Web.Features.Impact.Factors;
using Omigjen.Web.Features.Impact.Ledger;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Tests.Features.Impact;

/// <summary>The first factor set's arithmetic against values computed by hand (avoided = pre-use × 0.5; per kg × weight).</summary>
public sealed class ImpactArithmeticTests
{
    /// <summary>One item without a weight of its own: the category's average weight and the CO2e avoided, in grams.</summary>
    public static TheoryData<GoodsCategory, ImpactActivity, long, long> ByHand()
    {
        var byCategory = new (GoodsCategory Category, long Grams, long Co2eGrams)[]
        {
            (GoodsCategory.Children, 750, 10_160),            // 0.75 kg; 20.32 × 0.5 = 10.16 per item
            (GoodsCategory.ClothesShoes, 750, 10_160),        // 0.75 kg; 20.32 × 0.5 = 10.16 per item
            (GoodsCategory.SportsOutdoors, 1_070, 9_510),     // 1.07 kg; 19.02 × 0.5 = 9.51 per item
            (GoodsCategory.Bikes, 15_100, 74_800),            // 15.10 kg; 149.60 × 0.5 = 74.80 per item
            (GoodsCategory.Furniture, 29_810, 33_565),        // 29.81 kg; 67.13 × 0.5 = 33.565 per item
            (GoodsCategory.HomeKitchen, 1_070, 9_510),        // 1.07 kg; 9.51 per item
            (GoodsCategory.Electronics, 2_950, 47_303),       // 2.95 kg × (32.07 × 0.5 = 16.035) = 47.30325 per kg
            (GoodsCategory.BooksMedia, 400, 3_540),           // 0.40 kg × (17.70 × 0.5 = 8.85) = 3.54 per kg
            (GoodsCategory.ToysGames, 1_070, 9_510),          // 1.07 kg; 9.51 per item
            (GoodsCategory.BuildingMaterials, 10_000, 88_500),// 10 kg × 8.85 = 88.5 per kg
            (GoodsCategory.ToolsGarden, 930, 2_175),          // 0.93 kg; 4.35 × 0.5 = 2.175 per item
            (GoodsCategory.HobbyCrafts, 1_070, 9_510),        // 1.07 kg; 9.51 per item
            (GoodsCategory.Other, 1_070, 9_470),              // 1.07 kg × 8.85 = 9.4695 per kg, half a gram up
        };
        var data = new TheoryData<GoodsCategory, ImpactActivity, long, long>();
        foreach (var activity in Enum.GetValues<ImpactActivity>())
            foreach (var (category, grams, co2) in byCategory)
                data.Add(category, activity, grams, co2);
        return data;
    }

    private static Factor Row(GoodsCategory category, ImpactActivity activity) =>
        FirstFactorSet.Rows.Single(f => f.Category == category && f.Activity == activity);

    [Theory]
    [MemberData(nameof(ByHand))]
    public void Every_row_of_the_first_set_gives_the_hand_computed_values(GoodsCategory category, ImpactActivity activity, long grams, long co2eGrams)
    {
        var result = ImpactArithmetic.Compute(Row(category, activity), 1, null);
        Assert.Equal((grams, WeightSource.CategoryAverage, co2eGrams), (result.WeightGrams, result.WeightSource, result.Co2eGrams));
        var three = ImpactArithmetic.Compute(Row(category, activity), 3, null);
        Assert.Equal(3 * grams, three.WeightGrams);
    }

    [Fact]
    public void The_hand_table_covers_every_row_of_the_first_set()
    {
        Assert.Equal(39, FirstFactorSet.Rows.Count);
        Assert.Equal(FirstFactorSet.Rows.Count, ByHand().Count);
        Assert.All(FirstFactorSet.Rows, f => Assert.Equal(f.PreUseKgCo2e * 0.5m, f.AvoidedKgCo2e));
    }

    [Theory]
    [InlineData(GoodsCategory.Electronics, "1.2", 1_200, 19_242)]   // 1.2 × 16.035 = 19.242
    [InlineData(GoodsCategory.BooksMedia, "0.25", 250, 2_213)]      // 0.25 × 8.85 = 2.2125, half a gram up
    [InlineData(GoodsCategory.BuildingMaterials, "250", 250_000, 2_212_500)] // 250 × 8.85
    [InlineData(GoodsCategory.Bikes, "12.5", 12_500, 74_800)]       // per item: the weight does not change the CO2e
    public void A_given_weight_is_used_and_marked_entered(GoodsCategory category, string kg, long grams, long co2eGrams)
    {
        var weight = decimal.Parse(kg, System.Globalization.CultureInfo.InvariantCulture);
        var result = ImpactArithmetic.Compute(Row(category, ImpactActivity.Reuse), 1, weight);
        Assert.Equal((grams, WeightSource.Entered, co2eGrams), (result.WeightGrams, result.WeightSource, result.Co2eGrams));
    }

    [Fact]
    public void Lending_does_not_count_its_weight_as_waste()
    {
        Assert.False(ReuseActKinds.CountsWaste(ReuseActKinds.Of(ReuseActKind.LoanReturned).Channel));
        Assert.True(ReuseActKinds.CountsWaste(ReuseActKinds.Of(ReuseActKind.ItemSold).Channel));
    }
}
