using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Omigjen.Web.Infrastructure.Forms;

namespace Omigjen.Web.Features.Intake.Lots;

/// <summary>A lot as checked: everything the registration stores.</summary>
public sealed record LotDraft(Guid Key, IntakeCategory Category, SafetyKind? Safety, int Count, decimal WeightKg, WeightSource WeightSource,
                              LotCondition Condition, string? Notes);

/// <summary>
/// The station screen's form, as the page binds it and the API reads it (the same field names, so the script can post
/// the form's own data). Every problem is named in both languages under the field's key.
/// </summary>
public sealed class LotForm
{
    public const string Prefix = "Form.";
    public const string CategoryId = "lot-category";
    public const string CountId = "lot-count";
    public const string KgId = "lot-kg";
    public const string NotesId = "lot-notes";

    [StringLength(40)] public string? Category { get; set; }
    [StringLength(40)] public string? Safety { get; set; }
    [StringLength(20)] public string? Count { get; set; } = "1";
    [StringLength(20)] public string? Kg { get; set; }
    [StringLength(40)] public string? Condition { get; set; } = nameof(LotCondition.Good);
    [StringLength(IntakeLotConfiguration.NotesMax)] public string? Notes { get; set; }

    /// <summary>The registration's idempotency key: a GUID made on the device (or by the page for a plain form post).</summary>
    [StringLength(64)] public string? Key { get; set; }

    public static string KeyOf(string property) => Prefix + property;

    /// <summary>The form's fields from a posted form (the API's way in).</summary>
    public static LotForm From(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        string? F(string name) => form.TryGetValue(KeyOf(name), out var v) ? v.ToString() : null;
        return new LotForm
        {
            Category = F(nameof(Category)), Safety = F(nameof(Safety)), Count = F(nameof(Count)), Kg = F(nameof(Kg)),
            Condition = F(nameof(Condition)), Notes = F(nameof(Notes)), Key = F(nameof(Key)),
        };
    }

    /// <summary>Checks the form; null when something is wrong (each problem is added to <paramref name="errors"/>).</summary>
    public LotDraft? Read(ModelStateDictionary errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var ok = true;
        SafetyKind? safety = null;
        if (!string.IsNullOrWhiteSpace(Safety))
        {
            if (SafetyRefusals.TryParse(Safety, out var s)) safety = s;
            else ok = Fail(errors, nameof(Safety), CategoryId, "Velg hva det er fra listen.", "Choose what it is from the list.");
        }
        IntakeCategory? category = null;
        if (IntakeCategories.TryParse(Category, out var c)) category = c;
        else if (safety is { } refused) category = SafetyRefusals.Of(refused).Category;
        else ok = Fail(errors, nameof(Category), CategoryId, "Hva er det? Trykk på en av tingene.", "What is it? Tap one of the kinds.");

        int? count = WholeNumber.Parse(Count, kroner: false) is { } n and >= 1 and <= IntakeLotConfiguration.MaxCount ? n : null;
        if (count is null)
            ok = Fail(errors, nameof(Count), CountId, $"Antall: skriv et tall fra 1 til {IntakeLotConfiguration.MaxCount}.",
                $"Count: enter a number from 1 to {IntakeLotConfiguration.MaxCount}.");

        decimal? weighed = null;
        if (!WeightKg.TryParse(Kg, out weighed))
            ok = Fail(errors, nameof(Kg), KgId, WeightKg.Nb("Kilo"), WeightKg.En("Kilos"));

        var conditionText = string.IsNullOrWhiteSpace(Condition) ? nameof(LotCondition.Good) : Condition.Trim();
        if (!Enum.TryParse<LotCondition>(conditionText, ignoreCase: false, out var condition) || !Enum.IsDefined(condition) || conditionText.Any(char.IsDigit))
            ok = Fail(errors, nameof(Condition), CategoryId, "Velg hvordan tingen er.", "Choose what condition it is in.");

        var notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim();
        if (notes is { Length: > IntakeLotConfiguration.NotesMax })
            ok = Fail(errors, nameof(Notes), NotesId, $"Notat: høyst {IntakeLotConfiguration.NotesMax} tegn.", $"Note: at most {IntakeLotConfiguration.NotesMax} characters.");

        if (!Guid.TryParseExact((Key ?? "").Trim(), "D", out var key) || key == Guid.Empty)
            ok = Fail(errors, nameof(Key), CategoryId, "Registreringen mangler nøkkel. Last siden på nytt.", "The registration has no key. Reload the page.");

        if (!ok || category is not { } cat || count is not { } pieces) return null;
        var (kg, source) = weighed is { } w ? (w, WeightSource.Weighed) : (IntakeCategories.Of(cat).TypicalKg * pieces, WeightSource.Estimated);
        if (kg > IntakeLotConfiguration.MaxKg)
        {
            Fail(errors, nameof(Kg), KgId, $"Kilo: anslaget blir over {IntakeLotConfiguration.MaxKg:0} kg. Vei tingene, eller del dem i flere registreringer.",
                $"Kilos: the estimate is over {IntakeLotConfiguration.MaxKg:0} kg. Weigh the goods, or split them into several registrations.");
            return null;
        }
        return new LotDraft(key, cat, safety, pieces, kg, source, condition, notes);
    }

    private static bool Fail(ModelStateDictionary errors, string property, string fieldId, string nb, string en)
    {
        errors.AddError(KeyOf(property), fieldId, nb, en);
        return false;
    }

    public static string Number(decimal kg) => WeightKg.Format(kg) ?? kg.ToString(CultureInfo.InvariantCulture);
}
