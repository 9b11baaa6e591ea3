namespace Omigjen.Web.Infrastructure.Input;

/// <summary>
/// The one rule for every web address OMigjen stores or hands on (forms, imports, the API): an absolute http or https
/// address with a host and no credentials. Anything else (<c>javascript:</c>, <c>data:</c>, a relative path) is refused
/// on the way in and dropped on the way out, so a value stored before this rule never reaches a page or a third party.
/// </summary>
public static class WebLinks
{
    public static bool IsValid(string? text) => Normalize(text) is not null;

    /// <summary>The address trimmed, or null when it is not a safe http(s) address.</summary>
    public static string? Normalize(string? text)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t) || t.Length > TextLimits.Url || t.Any(char.IsControl)) return null;
        return Uri.TryCreate(t, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
               && uri.Host.Length > 0 && string.IsNullOrEmpty(uri.UserInfo)
            ? t
            : null;
    }

    public const string MessageNb = "skriv en hel adresse som begynner med https://";
    public const string MessageEn = "enter a full address starting with https://";
}
