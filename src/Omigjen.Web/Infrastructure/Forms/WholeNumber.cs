using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Omigjen.Web.Infrastructure.Forms;

/// <summary>Whole numbers as people type them in a text field: spaces ignored ("1 500"), kroner with "kr" or ",-".</summary>
public static class WholeNumber
{
    /// <summary>The number, or null when the text is not digits only; <paramref name="kroner"/> also drops a trailing ",-" or "kr".</summary>
    public static int? Parse(string? text, bool kroner)
    {
        var t = new string((text ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (kroner)
        {
            if (t.EndsWith(",-", StringComparison.Ordinal)) t = t[..^2];
            if (t.EndsWith("kr", StringComparison.OrdinalIgnoreCase)) t = t[..^2];
        }
        return int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>
    /// Reads the text as a number in the field's range; anything
    /// else adds the message under the key and gives null.
    /// </summary>
    public static int? Read(ModelStateDictionary errors, WholeNumberField field, string? text)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (Parse(text, field.Kroner) is { } value && value >= field.Min && value <= field.Max) return value;
        errors.AddError(field.Key, field.FieldId, field.Nb, field.En);
        return null;
    }
}

/// <summary>A whole-number field: its bound name, element id, range, whether it is kroner, and the message in both languages.</summary>
public sealed record WholeNumberField(string Key, string FieldId, int Min, int Max, bool Kroner, string Nb, string En);
