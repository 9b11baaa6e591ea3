using System.Globalization;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Infrastructure;

/// <summary>What reading a date or time gave: nothing, not a date, a date outside the window, or a usable value.</summary>
public enum DateReading
{
    Missing, Unreadable, OutOfRange, Valid,
}

/// <summary>
/// The one reader for the dates and times clients and people send. Besides the format it keeps values inside the years
/// 2000–2100: a week or a zone offset added to what it returns can then never leave DateTime's range (0001–9999), which
/// was how 0001-01-01 and 9999-12-31 gave server errors.
/// </summary>
public static class DateInput
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);

    public const string RangeNb = "må ligge mellom år 2000 og 2100";
    public const string RangeEn = "must lie between the years 2000 and 2100";

    private static readonly string[] IsoDate = ["yyyy-MM-dd"];
    private static readonly string[] TypedDate = ["yyyy-MM-dd", "d.M.yyyy", "dd.MM.yyyy"];
    private static readonly string[] WithOffset = ["yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK"];
    private static readonly string[] Local = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"];

    public static bool InRange(DateOnly date) => date >= Earliest && date <= Latest;

    /// <summary>A local date as YYYY-MM-DD; with <paramref name="typed"/> also as typed in Norway (24.12.2026).</summary>
    public static DateReading ReadDate(string? text, out DateOnly date, bool typed = false)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return DateReading.Missing;
        if (!DateOnly.TryParseExact(text.Trim(), typed ? TypedDate : IsoDate, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return DateReading.Unreadable;
        return InRange(date) ? DateReading.Valid : DateReading.OutOfRange;
    }

    /// <summary>True for a date in the window (see <see cref="ReadDate"/>).</summary>
    public static bool TryDate(string? text, out DateOnly date, bool typed = false) => ReadDate(text, out date, typed) == DateReading.Valid;

    /// <summary>
    /// An ISO 8601 time: with an offset it is an instant (Kind <see cref="DateTimeKind.Utc"/>), without one local municipal
    /// time (Kind <see cref="DateTimeKind.Unspecified"/>).
    /// </summary>
    public static DateReading ReadDateTime(string? text, out DateTime value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return DateReading.Missing;
        text = text.Trim();
        if (text.Length > 16 && text[16..].IndexOfAny(['Z', '+', '-']) >= 0)
        {
            if (DateTimeOffset.TryParseExact(text, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
                value = instant.UtcDateTime;
            // An offset that pushes the instant past DateTime's ends (0001-01-01T00:00+01:00) does not parse; the wall-clock
            // part tells whether it was a date-time outside the window or no date-time at all.
            else return DateTime.TryParseExact(text[..16], Local, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wall)
                        && !InRange(DateOnly.FromDateTime(wall)) ? DateReading.OutOfRange : DateReading.Unreadable;
        }
        else if (!DateTime.TryParseExact(text, Local, CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
            return DateReading.Unreadable;
        return InRange(DateOnly.FromDateTime(value)) ? DateReading.Valid : DateReading.OutOfRange;
    }

    /// <summary>A query parameter's local date (YYYY-MM-DD), or null and an error naming <paramref name="parameter"/>.</summary>
    public static DateOnly? Date(string? text, string parameter, List<QueryError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        switch (ReadDate(text, out var date))
        {
            case DateReading.Valid: return date;
            case DateReading.OutOfRange: errors.Add(OutOfRange(parameter)); break;
            default: errors.Add(new(parameter, "må være en dato (ÅÅÅÅ-MM-DD)", "must be a date (YYYY-MM-DD)")); break;
        }
        return null;
    }

    public static QueryError OutOfRange(string parameter) => new(parameter, RangeNb, RangeEn);
}
