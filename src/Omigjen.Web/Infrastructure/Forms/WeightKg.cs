using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Omigjen.Web.Infrastructure.Forms;

/// <summary>
/// An optional weight in kilograms as people type it: a comma or a dot for decimals ("2,5", "2.5"), spaces ignored,
/// a trailing "kg" allowed; more than 0 and at most <see cref="Max"/>, at most three decimals (grams).
/// </summary>
public static class WeightKg
{
    public const decimal Max = 2000m;

    /// <summary>Empty is null; anything else is a weight in range or a problem.</summary>
    public static bool TryParse(string? text, out decimal? weight)
    {
        weight = null;
        var t = new string((text ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (t.EndsWith("kg", StringComparison.OrdinalIgnoreCase)) t = t[..^2];
        if (t.Length == 0) return text is null || string.IsNullOrWhiteSpace(text);
        if (t.Count(c => c is ',' or '.') > 1) return false;
        t = t.Replace(',', '.');
        if (!decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return false;
        if (value <= 0 || value > Max || decimal.Round(value, 3) != value) return false;
        weight = value;
        return true;
    }

    public static string Nb(string label) => $"{label}: skriv vekten i kilo, mer enn 0 og høyst {Max:0} kg, for eksempel 2,5.";

    public static string En(string label) => $"{label}: enter the weight in kilograms, more than 0 and at most {Max:0} kg, for example 2.5.";

    /// <summary>Reads the field; a bad value adds the bilingual message under the key and gives null.</summary>
    public static decimal? Read(ModelStateDictionary errors, string key, string fieldId, string? text)
    {
        if (TryParse(text, out var weight)) return weight;
        errors.AddError(key, fieldId, Nb("Vekt (kg)"), En("Weight (kg)"));
        return null;
    }

    /// <summary>The weight as a form shows it: no trailing zeros, a decimal comma on a Norwegian page.</summary>
    public static string? Format(decimal? weight)
    {
        if (weight is not { } w) return null;
        var text = w.ToString("0.###", CultureInfo.InvariantCulture);
        return L.IsEnglish ? text : text.Replace('.', ',');
    }
}
