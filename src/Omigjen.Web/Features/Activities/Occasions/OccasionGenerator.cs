using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Omigjen.Web.Features.Activities.Series;

namespace Omigjen.Web.Features.Activities.Occasions;

/// <summary>One occasion the series' rule gives: its start (which is also its identity) and end, in UTC.</summary>
public readonly record struct PlannedOccasion(DateTime StartUtc, DateTime EndUtc)
{
    public DateOnly LocalDate(TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(StartUtc, zone));
}

/// <summary>
/// Expands a series into its occasions: the rule (weekly or monthly, RFC 5545) is read by Ical.Net on the local wall
/// clock (floating time), and each local start is then placed in the municipality's zone, so 17:00 stays 17:00 across
/// a daylight-saving change while the UTC time moves by an hour. Exception dates (local) are left out.
/// </summary>
public static class OccasionGenerator
{
    /// <summary>How far ahead occasions are stored.</summary>
    public const int HorizonMonths = 13;

    /// <summary>A guard against a rule that gives far more occasions than anyone means (every day is about 400).</summary>
    public const int MaxOccasions = 1000;

    public static DateTime HorizonEnd(DateTime nowUtc) => nowUtc.AddMonths(HorizonMonths);

    /// <summary>The occasions that start in [<paramref name="fromUtc"/>, <paramref name="untilUtc"/>).</summary>
    public static List<PlannedOccasion> Expand(ActivitySeries series, TimeZoneInfo zone, DateTime fromUtc, DateTime untilUtc)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(zone);
        var exceptions = SeriesRules.ParseExceptionDates(series.ExceptionDates).Dates;
        var result = new List<PlannedOccasion>();
        foreach (var local in LocalStarts(series, zone, fromUtc, untilUtc))
        {
            if (exceptions.Contains(DateOnly.FromDateTime(local))) continue;
            var start = LocalTimes.ToUtc(local, zone);
            if (start < fromUtc || start >= untilUtc) continue;
            var end = LocalTimes.ToUtc(local.AddMinutes(series.DurationMinutes), zone);
            if (end <= start) end = start.AddMinutes(series.DurationMinutes);
            result.Add(new(start, end));
            if (result.Count >= MaxOccasions) break;
        }
        return result;
    }

    private static IEnumerable<DateTime> LocalStarts(ActivitySeries series, TimeZoneInfo zone, DateTime fromUtc, DateTime untilUtc)
    {
        var first = DateTime.SpecifyKind(series.StartLocal, DateTimeKind.Unspecified);
        if (string.IsNullOrWhiteSpace(series.RecurrenceRule))
        {
            yield return first;
            yield break;
        }
        // A day of margin either side for the zone's offset; the caller cuts at the exact instants.
        var fromLocal = TimeZoneInfo.ConvertTimeFromUtc(fromUtc, zone).AddDays(-1);
        var untilLocal = TimeZoneInfo.ConvertTimeFromUtc(untilUtc, zone).AddDays(1);
        var ev = new CalendarEvent { DtStart = new CalDateTime(first, null, true) };
        ev.RecurrenceRule = new RecurrencePattern(SeriesRules.Normalize(series.RecurrenceRule));
        var count = 0;
        foreach (var occurrence in ev.GetOccurrences(new CalDateTime(fromLocal < first ? first : fromLocal, null, true)))
        {
            var local = occurrence.Period.StartTime.Value;
            if (local >= untilLocal || ++count > MaxOccasions * 2) yield break;
            yield return DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        }
    }
}

/// <summary>Wall-clock times of the municipality and the instants they name.</summary>
public static class LocalTimes
{
    /// <summary>False for a local time skipped when the clocks go forward (02:30 on the last Sunday of March in Oslo).</summary>
    public static bool Exists(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return !zone.IsInvalidTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));
    }

    /// <summary>
    /// The instant of a local time, as RFC 5545 reads one: a time in the spring gap with the offset before the gap
    /// (02:30 becomes 03:30 summer time), a time that occurs twice in the autumn at its first occurrence.
    /// </summary>
    public static DateTime ToUtc(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local)) offset = zone.GetUtcOffset(local.AddHours(-3));
        else if (zone.IsAmbiguousTime(local)) offset = zone.GetAmbiguousTimeOffsets(local).Max();
        else offset = zone.GetUtcOffset(local);
        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }
}
