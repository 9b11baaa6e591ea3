using System.Globalization;

namespace Omigjen.Web.Infrastructure;

/// <summary>Reads the ISO 8601 times clients send: with an offset it is an instant, without one local municipal time.</summary>
public static class IsoTime
{
    private static readonly string[] WithOffset = ["yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK"];
    private static readonly string[] Local = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"];

    /// <summary>Kind <see cref="DateTimeKind.Utc"/> for an instant, <see cref="DateTimeKind.Unspecified"/> for local time.</summary>
    public static bool TryParse(string? text, out DateTime value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        if (text.Length > 16 && text[16..].IndexOfAny(['Z', '+', '-']) >= 0
            && DateTimeOffset.TryParseExact(text, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            value = instant.UtcDateTime;
            return true;
        }
        return DateTime.TryParseExact(text, Local, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }
}
