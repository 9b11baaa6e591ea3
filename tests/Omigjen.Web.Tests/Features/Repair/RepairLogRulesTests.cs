using Omigjen.Web.Features.Repair.Log;

namespace Omigjen.Web.Tests.Features.Repair;

/// <summary>The repair log's pure rules: contact details removed, age read, categories parsed, months counted.</summary>
public sealed class RepairLogRulesTests
{
    [Theory]
    [InlineData("Ring 912 34 567", "Ring [fjernet]")]
    [InlineData("Ring 91234567.", "Ring [fjernet].")]
    [InlineData("tlf 91 23 45 67 etter kl 16", "tlf [fjernet] etter kl 16")]
    [InlineData("+47 912 34 567", "[fjernet]")]
    [InlineData("+4791234567", "[fjernet]")]
    [InlineData("0047 912 34 567", "[fjernet]")]
    [InlineData("call +44 20 7946 0958 now", "call [fjernet] now")]
    [InlineData("+1-202-555-0143", "[fjernet]")]
    [InlineData("ola.nordmann@example.no svarer", "[fjernet] svarer")]
    [InlineData("Kari.Ø+repair@post.example.com", "[fjernet]")]
    public void Contact_details_are_removed(string text, string expected) => Assert.Equal(expected, PersonalDataFilter.Clean(text));

    [Theory]
    [InlineData("Kjøpt 2019, virket til 12.03.2023")]
    [InlineData("iPhone 12, 64 GB, 3 år gammel")]
    [InlineData("Modell 1234-567")]
    public void Years_dates_and_models_stay(string text) => Assert.Equal(text, PersonalDataFilter.Clean(text));

    [Theory]
    [InlineData("3,5", null, "3.5")]
    [InlineData("3.44", null, "3.4")]
    [InlineData("2 år", null, "2")]
    [InlineData("2015", 2015, null)]
    [InlineData("0", null, "0")]
    public void Age_is_years_or_the_year_it_was_made(string text, int? year, string? age)
    {
        Assert.True(RepairForm.TryReadAge(text, 2026, out var y, out var a));
        Assert.Equal(year, y);
        Assert.Equal(age is null ? null : decimal.Parse(age, System.Globalization.CultureInfo.InvariantCulture), a);
    }

    [Theory]
    [InlineData("2030")]
    [InlineData("-1")]
    [InlineData("151")]
    [InlineData("gammel")]
    public void A_bad_age_is_refused(string text) => Assert.False(RepairForm.TryReadAge(text, 2026, out _, out _));

    [Fact]
    public void Categories_are_the_ords_list_and_the_unpowered_goods()
    {
        Assert.Equal(40, OrdsCategories.All.Count);
        Assert.Equal(Enumerable.Range(1, 40), OrdsCategories.All.Select(c => c.Id));
        Assert.Equal("Iron", OrdsCategories.Of(40).English);
        Assert.Equal(new RepairCategory(19, null), RepairCategory.Parse("ords-19"));
        Assert.Equal(new RepairCategory(null, Web.Features.Initiatives.GoodsCategory.Bikes), RepairCategory.Parse("Bikes"));
        Assert.Null(RepairCategory.Parse("ords-0"));
        Assert.Null(RepairCategory.Parse("ords-41"));
        Assert.Null(RepairCategory.Parse("Electronics"));
        Assert.Null(RepairCategory.Parse("7"));
        Assert.All(RepairCategory.All, c => Assert.Equal(c, RepairCategory.Parse(c.Key)));
    }

    [Fact]
    public void Months_count_by_outcome_and_category_over_twelve_months()
    {
        var today = new DateOnly(2026, 12, 2);
        var report = RepairStatistics.Compute(
        [
            new(new DateOnly(2026, 12, 1), 19, null, RepairOutcome.Fixed),
            new(new DateOnly(2026, 12, 1), 19, null, RepairOutcome.EndOfLife),
            new(new DateOnly(2026, 1, 31), null, Web.Features.Initiatives.GoodsCategory.Bikes, RepairOutcome.Repairable),
            new(new DateOnly(2025, 12, 31), null, Web.Features.Initiatives.GoodsCategory.Bikes, RepairOutcome.Fixed), // before the 12 months
        ], today);
        Assert.Equal(12, report.Months.Count);
        Assert.Equal(new DateOnly(2026, 1, 1), report.Months[0].First);
        Assert.Equal(new OutcomeCounts(0, 1, 0), report.Months[0].Counts);
        Assert.Equal(new OutcomeCounts(1, 0, 1), report.Months[11].Counts);
        Assert.Equal(new OutcomeCounts(1, 1, 1), report.Total);
        Assert.Equal(new OutcomeCounts(1, 0, 1), report.Powered);
        Assert.Equal(2, report.Categories[0].Counts.Total);
        Assert.Equal(20, RepairChart.Ceiling(11));
        Assert.Equal(1, RepairChart.Ceiling(0));
    }
}
