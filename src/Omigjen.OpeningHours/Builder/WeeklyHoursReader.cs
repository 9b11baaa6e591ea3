using Omigjen.OpeningHours.Syntax;

namespace Omigjen.OpeningHours;

/// <summary>
/// Reads an OSM value back into <see cref="WeeklyHours"/> when it has the builder's shape: weekday rules with plain
/// times, then optionally "PH off", then dated exceptions. Anything else does not fit the form.
/// </summary>
internal static class WeeklyHoursReader
{
    private static readonly DayOfWeek[] MondayFirst =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static bool TryRead(string value, out WeeklyHours? hours)
    {
        hours = null;
        var parsed = OpeningHoursSchedule.Parse(value);
        if (parsed.Schedule is null)
        {
            return false;
        }

        var days = new List<TimeRange>[7];
        for (int i = 0; i < 7; i++)
        {
            days[i] = [];
        }

        bool closedOnHolidays = false;
        bool weeklyDone = false;
        var exceptions = new List<HoursException>();
        foreach (var rule in parsed.Schedule.Rules)
        {
            if (IsWeekly(rule) && !weeklyDone && rule.Separator != RuleSeparator.Fallback)
            {
                ApplyWeekly(rule, days);
            }
            else if (IsHolidaysOff(rule) && exceptions.Count == 0)
            {
                weeklyDone = true;
                closedOnHolidays = true;
            }
            else if (TryException(rule, out var exception))
            {
                weeklyDone = true;
                exceptions.Add(exception);
            }
            else
            {
                return false;
            }
        }

        var map = new Dictionary<DayOfWeek, IReadOnlyList<TimeRange>>();
        for (int i = 0; i < 7; i++)
        {
            if (days[i].Count > 0)
            {
                map[MondayFirst[i]] = days[i];
            }
        }

        hours = new WeeklyHours(map, closedOnHolidays, exceptions);
        return true;
    }

    private static bool IsWeekly(RuleSyntax rule) =>
        rule.Years.Length + rule.Monthdays.Length + rule.Weeks.Length + rule.Holidays.Length == 0
        && Array.TrueForAll(rule.Days, d => !d.IsHoliday && d.Nth.Length == 0)
        && rule.Comment is null && rule.Modifier is not Modifier.Unknown && TryTimes(rule, out _);

    private static void ApplyWeekly(RuleSyntax rule, List<TimeRange>[] days)
    {
        TryTimes(rule, out var times);
        for (int day = 0; day < 7; day++)
        {
            if (!(rule.Days.Length == 0 || Array.Exists(rule.Days, d => Covers(d, day))))
            {
                continue;
            }

            if (rule.Meaning == OpeningState.Closed)
            {
                days[day].Clear();
                continue;
            }

            if (rule.Separator != RuleSeparator.Additional)
            {
                days[day].Clear();
            }

            days[day].AddRange(times);
        }
    }

    private static bool Covers(DaySyntax d, int day) =>
        d.FromDay <= d.ToDay ? day >= d.FromDay && day <= d.ToDay : day >= d.FromDay || day <= d.ToDay;

    private static bool IsHolidaysOff(RuleSyntax rule) =>
        rule.Holidays is [{ IsSchoolHoliday: false, OffsetDays: 0 }] && rule.Days.Length + rule.Years.Length + rule.Monthdays.Length + rule.Weeks.Length == 0
        && rule.Times.Length == 0 && !rule.Is247 && rule.Meaning == OpeningState.Closed && rule.Comment is null;

    private static bool TryException(RuleSyntax rule, out HoursException exception)
    {
        exception = null!;
        if (rule.Monthdays is not [{ Kind: MonthdayKind.Dates, From: { Kind: DatePointKind.MonthDay, HasYear: true } from } range]
            || rule.Years.Length + rule.MoreMonthdays.Length + rule.Weeks.Length + rule.Holidays.Length + rule.Days.Length > 0 || range.Period > 1
            || rule.Meaning == OpeningState.Unknown || !TryTimes(rule, out var times))
        {
            return false;
        }

        var to = range.To ?? from;
        if (to.Kind != DatePointKind.MonthDay || (range.To is not null && !to.HasYear && to.Year != from.Year))
        {
            return false;
        }

        var fromDate = new DateOnly(from.Year, from.Month, from.Day);
        var toDate = new DateOnly(to.HasYear ? to.Year : from.Year, to.Month, to.Day);
        bool closed = rule.Meaning == OpeningState.Closed;
        exception = new HoursException(fromDate, toDate, closed, closed ? [] : times, rule.Comment);
        return toDate >= fromDate;
    }

    /// <summary>Fixed times within one day; no times (and no 24/7) means the whole day.</summary>
    private static bool TryTimes(RuleSyntax rule, out List<TimeRange> times)
    {
        times = [];
        if (rule.Is247 || rule.Times.Length == 0)
        {
            times.Add(new TimeRange(TimeOnly.MinValue, TimeOnly.MinValue));
            return !rule.Is247 || rule.Times.Length == 0;
        }

        foreach (var t in rule.Times)
        {
            if (t.OpenEnd || t.End is not { } end || !t.Start.IsFixed || !end.IsFixed || end.Minutes <= t.Start.Minutes || end.Minutes > 24 * 60)
            {
                return false;
            }

            times.Add(new TimeRange(new TimeOnly(t.Start.Minutes / 60, t.Start.Minutes % 60), new TimeOnly(end.Minutes / 60 % 24, end.Minutes % 60)));
        }

        return true;
    }
}
