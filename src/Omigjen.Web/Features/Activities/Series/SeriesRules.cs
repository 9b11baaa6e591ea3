using System.Globalization;
using Ical.Net;
using Ical.Net.DataTypes;

namespace Omigjen.Web.Features.Activities.Series;

/// <summary>The checks of a series that do not need the database, each giving its message in bokmål and English.</summary>
public static class SeriesRules
{
    public const int MaxDurationMinutes = 10080;
    public const int MaxCapacity = 10_000;
    public const int MaxPrice = 100_000;
    public const int MaxExceptionDates = 150;

    /// <summary>The languages an activity can be held in (BCP 47).</summary>
    public static readonly IReadOnlyList<string> Languages = ["nb", "nn", "en", "uk", "ar", "so", "pl", "se"];

    /// <summary>The rule without a leading "RRULE:", upper case, no spaces.</summary>
    public static string Normalize(string rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var r = new string(rule.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
        return r.StartsWith("RRULE:", StringComparison.Ordinal) ? r[6..] : r;
    }

    /// <summary>Null when the rule is a weekly or monthly RFC 5545 RRULE that can be read; otherwise what is wrong.</summary>
    public static (string Nb, string En)? CheckRule(string rule)
    {
        var text = Normalize(rule);
        RecurrencePattern pattern;
        try
        {
            if (text.Length == 0 || !text.Contains("FREQ=", StringComparison.Ordinal)) throw new FormatException("no FREQ");
            pattern = new RecurrencePattern(text);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException or OverflowException or NotSupportedException)
        {
            return ("Gjentakelse: regelen kan ikke leses. Skriv for eksempel «FREQ=WEEKLY;BYDAY=TH».",
                "Repeats: the rule cannot be read. Write for example “FREQ=WEEKLY;BYDAY=TH”.");
        }
        if (pattern.Frequency is not (FrequencyType.Weekly or FrequencyType.Monthly))
            return ("Gjentakelse: bare ukentlige (FREQ=WEEKLY) og månedlige (FREQ=MONTHLY) regler er mulige.",
                "Repeats: only weekly (FREQ=WEEKLY) and monthly (FREQ=MONTHLY) rules are possible.");
        if (pattern.ByHour.Count > 0 || pattern.ByMinute.Count > 0 || pattern.BySecond.Count > 0)
            return ("Gjentakelse: klokkeslettet settes i start- og sluttid, ikke i regelen (BYHOUR, BYMINUTE).",
                "Repeats: the time of day is set by the start and end, not in the rule (BYHOUR, BYMINUTE).");
        if (pattern.Interval is < 1 or > 12)
            return ("Gjentakelse: INTERVAL må være fra 1 til 12.", "Repeats: INTERVAL must be from 1 to 12.");
        return null;
    }

    /// <summary>Local dates separated by commas, spaces or new lines (2027-01-14 or 14.01.2027), sorted and without repeats.</summary>
    public static (SortedSet<DateOnly> Dates, string? Unreadable) ParseExceptionDates(string? text)
    {
        var dates = new SortedSet<DateOnly>();
        foreach (var part in (text ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (DateOnly.TryParseExact(part, ["yyyy-MM-dd", "d.M.yyyy", "dd.MM.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                && d.Year is >= 2000 and <= 2100)
                dates.Add(d);
            else return (dates, part);
        }
        return (dates, null);
    }

    public static string FormatExceptionDates(IEnumerable<DateOnly> dates) =>
        string.Join(',', dates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    /// <summary>Roughly mainland Norway with Svalbard: a point outside is a mistake (latitude and longitude swapped, a typo).</summary>
    public static bool InNorway(double latitude, double longitude) =>
        (latitude is >= 57.9 and <= 71.3 && longitude is >= 4.4 and <= 31.3) ||
        (latitude is >= 74.0 and <= 81.0 && longitude is >= 10.0 and <= 34.0);
}
