using System.Globalization;

namespace Omigjen.Web.Infrastructure;

/// <summary>
/// Picks the bokmål or English text for the current request. Both texts sit side by side at the call site so a
/// missing translation is visible in review; the culture comes from the request-localization middleware.
/// </summary>
public static class L
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Lang => IsEnglish ? "en" : "nb";

    public static string T(string nb, string en) => IsEnglish ? en : nb;

    /// <summary>
    /// The lang attribute for text people entered in Norwegian (item titles, descriptions, place names): "nb" on an English
    /// page, so screen readers pronounce it as Norwegian; null (no attribute) on a Norwegian page.
    /// </summary>
    public static string? NorwegianText => IsEnglish ? "nb" : null;
}
