using System.Globalization;
using System.Text;
using Omigjen.OpeningHours.Parsing;

namespace Omigjen.OpeningHours;

/// <summary>Converts the portal's <see cref="WeeklyHours"/> to an OSM value and back.</summary>
public static class OpeningHoursBuilder
{
    private static readonly DayOfWeek[] MondayFirst =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>
    /// "Mo-Fr 10:00-17:00; Sa 10:00-15:00; PH off; 2026 Dec 24 off "Julaften"; 2026 Dec 27 12:00-15:00".
    /// Consecutive days with equal hours are joined; exceptions come last so they win over the weekly hours and PH.
    /// </summary>
    public static string ToOsm(WeeklyHours hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        var rules = new List<string>();
        int start = 0;
        while (start < 7)
        {
            var times = TimesOf(hours, start);
            int end = start;
            while (end + 1 < 7 && TimesOf(hours, end + 1).SequenceEqual(times))
            {
                end++;
            }

            if (times.Count > 0)
            {
                string days = Words.WeekdayNames[start] + (end > start ? (end == start + 1 ? "," : "-") + Words.WeekdayNames[end] : string.Empty);
                rules.Add(days + " " + Times(times));
            }

            start = end + 1;
        }

        if (rules.Count == 0)
        {
            rules.Add("off");
        }

        if (hours.ClosedOnPublicHolidays)
        {
            rules.Add("PH off");
        }

        foreach (var exception in hours.Exceptions)
        {
            rules.Add(ExceptionRule(exception));
        }

        return string.Join("; ", rules);
    }

    /// <summary>
    /// Appends dated exceptions to any value (also one the weekly form cannot show), so they win over it on their dates.
    /// An empty value stays unknown on all other days.
    /// </summary>
    public static string WithExceptions(string value, IEnumerable<HoursException> exceptions)
    {
        ArgumentNullException.ThrowIfNull(exceptions);
        var rules = exceptions.Select(ExceptionRule).ToList();
        if (rules.Count == 0)
        {
            return value ?? string.Empty;
        }

        var baseValue = string.IsNullOrWhiteSpace(value) ? "unknown" : value.Trim().TrimEnd(';');
        return baseValue + "; " + string.Join("; ", rules);
    }

    /// <summary>Reads a value back into the form, when the value has that shape; otherwise false.</summary>
    public static bool TryFromOsm(string value, out WeeklyHours? hours) => WeeklyHoursReader.TryRead(value, out hours);

    private static List<TimeRange> TimesOf(WeeklyHours hours, int mondayBased) =>
        hours.Days.TryGetValue(MondayFirst[mondayBased], out var list) ? [.. list] : [];

    internal static string Times(IEnumerable<TimeRange> times) => string.Join(",", times.Select(t => Clock(t.Start, false) + "-" + Clock(t.End, true)));

    private static string Clock(TimeOnly time, bool isEnd)
    {
        int minutes = (time.Hour * 60) + time.Minute;
        if (isEnd && minutes == 0)
        {
            minutes = 24 * 60;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00}");
    }

    private static string ExceptionRule(HoursException exception)
    {
        var sb = new StringBuilder();
        sb.Append(Date(exception.From));
        if (exception.To != exception.From)
        {
            sb.Append('-').Append(Date(exception.To));
        }

        bool closed = exception.Closed || exception.Times.Count == 0;
        sb.Append(' ').Append(closed ? "off" : Times(exception.Times));
        if (!string.IsNullOrEmpty(exception.Comment))
        {
            // Without "open" a comment would make the times unknown.
            sb.Append(closed ? string.Empty : " open");
            // A quote would end the comment early; the syntax has no escape for it.
            sb.Append(" \"").Append(exception.Comment.Replace('"', '\'')).Append('"');
        }

        return sb.ToString();
    }

    private static string Date(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year} {Words.MonthNames[date.Month - 1]} {date.Day:00}");
}
