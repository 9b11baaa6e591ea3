using System.Text.RegularExpressions;

namespace Omigjen.Web.Features.Repair.Log;

/// <summary>
/// Removes e-mail addresses and phone numbers from free text (ORDS asks for <c>problem</c> "with personal data removed",
/// and repair cafés are asked not to record visitors' contact details). Run when an entry is saved and again in the
/// export, so a row saved before a rule was added is still cleaned.
/// </summary>
public static partial class PersonalDataFilter
{
    public const string Removed = "[fjernet]";

    /// <summary>The text with every e-mail address and phone number replaced by <see cref="Removed"/>.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var cleaned = Email().Replace(text, Removed);
        cleaned = International().Replace(cleaned, Removed);
        return LongNumber().Replace(cleaned, Removed);
    }

    [GeneratedRegex(@"[\p{L}\p{N}._%+'-]+\s?(?:@|\(at\)|\[at\])\s?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Email();

    // "+47 912 34 567", "0047 91234567", "+44 (0)20 7946 0958", "+1-202-555-0143": a country prefix and 7–15 digits.
    [GeneratedRegex(@"(?:\+|\b00)\s?[1-9](?:[\s().-]{0,2}\d){6,14}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex International();

    // Norwegian numbers without a prefix ("91234567", "912 34 567", "91 23 45 67") and any other run of 8–15 digits
    // with spaces or hyphens. Dates ("12.03.2019") and years ("2019") are left alone.
    [GeneratedRegex(@"(?<![\d+][ -]?)\d(?:[ -]?\d){7,14}(?![ -]?\d)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LongNumber();
}
