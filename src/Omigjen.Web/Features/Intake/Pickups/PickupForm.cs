using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Forms;

namespace Omigjen.Web.Features.Intake.Pickups;

/// <summary>
/// The partner's confirmation form: one number per category, posted as <c>kg-{Token}</c>. Empty is 0 (nothing of that
/// category taken); a negative number or more than 2,000 kg is refused, naming the category, in bokmål and English.
/// </summary>
public static class PickupForm
{
    public const string KgPrefix = "kg-";
    public const int ReasonMax = StandingPickupConfiguration.ReasonMax;

    public static string FieldOf(IntakeCategory category) => KgPrefix + IntakeCategories.Of(category).Token;

    /// <param name="idSuffix">Added to each field's name to make the input's id unique on a page with several pickups.</param>
    public static Dictionary<IntakeCategory, decimal>? Read(IFormCollection form, IReadOnlyList<IntakeCategory> categories, ModelStateDictionary errors, string idSuffix)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(errors);
        var kg = new Dictionary<IntakeCategory, decimal>();
        foreach (var c in categories)
        {
            var row = IntakeCategories.Of(c);
            var field = FieldOf(c);
            var id = field + idSuffix;
            var text = new string(form[field].ToString().Where(ch => !char.IsWhiteSpace(ch)).ToArray()).Replace(',', '.');
            if (text.Length == 0)
            {
                kg[c] = 0m;
                continue;
            }
            var v = 0m;
            var parsed = text.Length <= 12 && decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out v);
            if (parsed && v < 0)
                errors.AddError(id, id, $"{row.Nb} (kg): kan ikke være under 0.", $"{row.En} (kg): cannot be below 0.");
            else if (!parsed || v > PickupReport.MaxKg || decimal.Round(v, 3) != v)
                errors.AddError(id, id, $"{row.Nb} (kg): skriv et tall fra 0 til {PickupReport.MaxKg:0} kg, for eksempel 12,5.",
                    $"{row.En} (kg): enter a number from 0 to {PickupReport.MaxKg:0} kg, for example 12.5.");
            else kg[c] = v;
        }
        return errors.IsValid ? kg : null;
    }

    /// <summary>The reason for a cancellation: required, at most <see cref="ReasonMax"/> characters.</summary>
    public static string? Reason(string? text, string key, string fieldId, ModelStateDictionary errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var t = text?.Trim() ?? "";
        if (t.Length is > 0 and <= ReasonMax) return t;
        errors.AddError(key, fieldId, $"Grunn: skriv hvorfor hentingen avlyses (høyst {ReasonMax} tegn).",
            $"Reason: write why the pickup is cancelled (at most {ReasonMax} characters).");
        return null;
    }

    public static string StateText(PickupState s) => s switch
    {
        PickupState.Planned => L.T("Planlagt", "Planned"),
        PickupState.Cancelled => L.T("Avlyst", "Cancelled"),
        PickupState.Done => L.T("Utført", "Done"),
        _ => L.T("Uteblitt", "Missed"),
    };
}
