using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items.Search;
using Omigjen.Web.Features.Repair.Services;

namespace Omigjen.Web.Tests.Features.Repair;

/// <summary>The rules of a repair service line, as the form and the import check them: price kinds, days or text, the promise.</summary>
public sealed class RepairServiceInputTests
{
    private static List<RepairFieldError> Check(RepairServiceInput input, out RepairServiceValues values) => input.Check(out values);

    private static RepairServiceInput Valid() => new() { What = "Glidelås", Category = "ClothesShoes", PriceKind = "Fixed", PriceFrom = "250" };

    [Fact]
    public void A_fixed_price_keeps_whole_kroner_and_no_upper_price()
    {
        var input = Valid();
        input.PriceFrom = "1 250 kr";
        Assert.Empty(Check(input, out var v));
        Assert.Equal((RepairPriceKind.Fixed, (int?)1250, (int?)null), (v.PriceKind, v.PriceFromNok, v.PriceToNok));
    }

    [Fact]
    public void A_from_to_price_needs_a_higher_upper_price()
    {
        var input = Valid();
        (input.PriceKind, input.PriceFrom, input.PriceTo) = ("Range", "150", "300");
        Assert.Empty(Check(input, out var v));
        Assert.Equal((RepairPriceKind.Range, (int?)150, (int?)300), (v.PriceKind, v.PriceFromNok, v.PriceToNok));

        input.PriceTo = "150";
        var e = Assert.Single(Check(input, out _));
        Assert.Equal(nameof(RepairServiceInput.PriceTo), e.Field);
        Assert.Contains("høyere enn", e.Nb, StringComparison.Ordinal);
        Assert.Contains("higher than", e.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_free_repair_has_no_price_whatever_was_typed()
    {
        var input = Valid();
        (input.PriceKind, input.PriceFrom) = ("gratis", "abc");
        Assert.Empty(Check(input, out var v));
        Assert.Equal((RepairPriceKind.Free, (int?)null, (int?)null), (v.PriceKind, v.PriceFromNok, v.PriceToNok));
        Assert.Equal("Gratis", RepairLabels.Price(v.PriceKind, v.PriceFromNok, v.PriceToNok));
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("12,50")]
    [InlineData("")]
    public void A_price_must_be_whole_kroner_of_zero_or_more(string price)
    {
        var input = Valid();
        input.PriceFrom = price;
        var e = Assert.Single(Check(input, out _));
        Assert.Equal((nameof(RepairServiceInput.PriceFrom), "Pris: skriv prisen i hele kroner (0 eller mer)."), (e.Field, e.Nb));
        Assert.Equal("Price: enter the price in whole kroner (0 or more).", e.En);
    }

    [Fact]
    public void Every_missing_or_unknown_field_gets_a_message_in_both_languages()
    {
        var errors = Check(new RepairServiceInput { What = " ", Category = "bilder", PriceKind = "dyrt", Visit = "kanskje" }, out _);
        Assert.Equal(["What", "Category", "PriceKind", "Visit"], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Nb) || string.IsNullOrWhiteSpace(e.En) || e.Nb == e.En));
    }

    [Fact]
    public void Turnaround_and_warranty_are_days_when_numbers_and_text_otherwise()
    {
        var input = Valid();
        (input.Turnaround, input.Warranty) = ("0", "3 måneder");
        Assert.Empty(Check(input, out var v));
        Assert.Equal(((int?)0, (string?)null, (int?)null, "3 måneder"), (v.TurnaroundDays, v.TurnaroundText, v.WarrantyDays, v.WarrantyText));
        Assert.Equal("Mens du venter", RepairLabels.Turnaround(v.TurnaroundDays, v.TurnaroundText));
    }

    [Fact]
    public void A_promise_is_complete_or_refused()
    {
        var input = Valid();
        input.PromiseText = "gratis justering av brukte ski kjøpt her";
        Assert.Equal(["PromiseDays", "PromiseCategory"], Check(input, out _).Select(e => e.Field));

        (input.PromiseDays, input.PromiseCategory) = ("30", "sport");
        Assert.Empty(Check(input, out var v));
        Assert.Equal(((int?)30, (GoodsCategory?)GoodsCategory.SportsOutdoors), (v.PromiseDays, v.PromiseCategory));
        Assert.Equal("Forbrukerrettighet: gratis justering av brukte ski kjøpt her innen 30 dager etter kjøpet", RepairLabels.Promise(v.PromiseText!, v.PromiseDays!.Value));

        input.PromiseDays = "400";
        Assert.Equal("PromiseDays", Assert.Single(Check(input, out _)).Field);
    }

    [Fact]
    public void Search_terms_hold_the_category_so_sykkel_finds_a_bike_repair()
    {
        var s = new RepairService { What = "Punktering" };
        var input = Valid();
        (input.What, input.Category) = ("Punktering", "Bikes");
        Assert.Empty(Check(input, out var v));
        v.ApplyTo(s);
        Assert.Contains(NorwegianAnalyzer.Stem("punktering"), s.SearchTerms.Split(' '));
        Assert.Contains(NorwegianAnalyzer.Stem("sykkel"), s.SearchTerms.Split(' '));
    }
}
