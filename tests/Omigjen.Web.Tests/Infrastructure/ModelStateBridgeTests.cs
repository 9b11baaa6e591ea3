using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Omigjen.OpeningHours;
using Omigjen.Web.Infrastructure.Forms;

namespace Omigjen.Web.Tests.Infrastructure;

/// <summary>The bridge from the bokmål/English message pairs to <see cref="ModelStateDictionary"/>, and the shared field readers.</summary>
public sealed class ModelStateBridgeTests
{
    [Fact]
    public void An_error_keeps_both_languages_its_field_id_and_makes_the_state_invalid()
    {
        var state = new ModelStateDictionary();
        state.AddError("Form.Title", "item-title", "Tittel: skriv noe.", "Title: write something.");
        Assert.False(state.IsValid);
        var error = state.ErrorFor("Form.Title");
        Assert.NotNull(error);
        Assert.Equal(("item-title", "Tittel: skriv noe.", "Title: write something."), (error.FieldId, error.Nb, error.En));
        Assert.Null(state.ErrorFor("Form.Price"));
    }

    [Fact]
    public void The_summary_lists_errors_in_the_order_they_were_found_not_by_key()
    {
        var state = new ModelStateDictionary();
        state.AddError("Form.Name", "type-name", "Navn", "Name");
        state.AddError("Photo", "item-photo", "Bilde", "Photo");
        state.AddError("Form.Deposit", "type-deposit", "Depositum", "Deposit");
        state.AddError("Form.Name", "type-name", "Navn igjen", "Name again");
        Assert.Equal(["type-name", "item-photo", "type-deposit", "type-name"], state.Summary().All.Select(e => e.Field));
        Assert.Equal("Navn", state.ErrorFor("Form.Name")!.Nb);
    }

    [Fact]
    public void A_check_that_found_nothing_adds_nothing()
    {
        var state = new ModelStateDictionary();
        state.AddError("Form.PhotoAlt", "item-alt", ((string, string)?)null);
        Assert.True(state.IsValid);
        Assert.False(state.Summary().Any);
    }

    [Theory]
    [InlineData("1 500", false, 1500)]
    [InlineData(" 250 kr", true, 250)]
    [InlineData("250,-", true, 250)]
    [InlineData("250KR", true, 250)]
    [InlineData("250 kr", false, null)]
    [InlineData("-5", false, null)]
    [InlineData("1.5", false, null)]
    [InlineData("", false, null)]
    [InlineData(null, true, null)]
    public void Whole_numbers_are_read_as_people_type_them(string? text, bool kroner, int? expected) =>
        Assert.Equal(expected, WholeNumber.Parse(text, kroner));

    [Fact]
    public void A_whole_number_outside_its_range_names_the_field_in_both_languages()
    {
        var field = new WholeNumberField("Form.MaxDays", "type-max-days", 1, 90, Kroner: false, "Lengste utlån: 1 til 90.", "Longest loan: 1 to 90.");
        var state = new ModelStateDictionary();
        Assert.Equal(90, WholeNumber.Read(state, field, "90"));
        Assert.True(state.IsValid);
        Assert.Null(WholeNumber.Read(state, field, "91"));
        Assert.Null(WholeNumber.Read(new ModelStateDictionary(), field, "0"));
        var error = state.ErrorFor("Form.MaxDays")!;
        Assert.Equal(("type-max-days", "Lengste utlån: 1 til 90.", "Longest loan: 1 to 90."), (error.FieldId, error.Nb, error.En));
    }

    [Fact]
    public void Opening_hours_errors_quote_the_text_where_the_error_is_or_say_something_is_missing_at_the_end()
    {
        var value = "Mo-Fr 10:00-18:00; Sa 1x:00-14:00";
        var error = OpeningHoursSchedule.Parse(value).Error!;
        var (nb, en) = OpeningHoursErrorText.For("Avansert", "Advanced", value, error);
        var near = value[error.Position..Math.Min(value.Length, error.Position + 12)];
        Assert.StartsWith("Avansert: " + error.MessageNb, nb, StringComparison.Ordinal);
        Assert.EndsWith($"Feilen står her: «{near}».", nb, StringComparison.Ordinal);
        Assert.StartsWith("Advanced: " + error.MessageEn, en, StringComparison.Ordinal);
        Assert.EndsWith($"The error is here: «{near}».", en, StringComparison.Ordinal);

        var cut = "Tu 17:00-";
        var atEnd = OpeningHoursSchedule.Parse(cut).Error!;
        var (endNb, endEn) = OpeningHoursErrorText.For("Egne tider", "Own times", cut, atEnd with { Position = cut.Length });
        Assert.EndsWith("Det mangler noe på slutten.", endNb, StringComparison.Ordinal);
        Assert.EndsWith("Something is missing at the end.", endEn, StringComparison.Ordinal);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"Egne tider: {atEnd.MessageNb} Det mangler noe på slutten."), endNb);
    }
}
