using System.Globalization;
using Omigjen.OpeningHours.Syntax;

namespace Omigjen.OpeningHours.Evaluation;

/// <summary>Whether a rule's day selectors match a date: each selector kind is a list joined by OR, kinds are joined by AND.</summary>
internal static class DateMatcher
{
    public static bool Matches(RuleSyntax rule, DateOnly day, EvaluationContext context, out Holiday? holiday)
    {
        holiday = null;
        if (rule.Years.Length > 0 && !AnyYear(rule.Years, day.Year))
        {
            return false;
        }

        if (rule.Holidays.Length > 0 && !AnyDay(rule.Holidays, day, context, ref holiday))
        {
            return false;
        }

        bool monthOfShiftedNth = rule.Monthdays.Length > 0 && HasShiftedNthWeekday(rule.Days);
        if (rule.Monthdays.Length > 0 && !monthOfShiftedNth && !AnyMonthday(rule.Monthdays, day))
        {
            return false;
        }

        foreach (var group in rule.MoreMonthdays)
        {
            if (!AnyMonthday(group, day))
            {
                return false;
            }
        }

        if (rule.Weeks.Length > 0 && !AnyWeek(rule.Weeks, day))
        {
            return false;
        }

        if (monthOfShiftedNth)
        {
            return AnyDayInMonthNamed(rule, day, context, ref holiday);
        }

        return rule.Days.Length == 0 || AnyDay(rule.Days, day, context, ref holiday);
    }

    private static bool HasShiftedNthWeekday(DaySyntax[] days)
    {
        foreach (var d in days)
        {
            if (!d.IsHoliday && d.Nth.Length > 0 && d.OffsetDays != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Mar Su[-1] +2 days": the month names the month of the last Sunday, not of the day two days later, so each
    /// shifted nth weekday is tested against the month selectors on the date its offset points back to.
    /// </summary>
    private static bool AnyDayInMonthNamed(RuleSyntax rule, DateOnly day, EvaluationContext context, ref Holiday? holiday)
    {
        bool any = false;
        foreach (var d in rule.Days)
        {
            bool shifted = !d.IsHoliday && d.Nth.Length > 0 && d.OffsetDays != 0;
            var monthDay = day;
            if (shifted && !TryShift(day, -d.OffsetDays, out monthDay))
            {
                continue;
            }

            if (AnyMonthday(rule.Monthdays, monthDay) && AnyDay([d], day, context, ref holiday))
            {
                any = true;
            }
        }

        return any;
    }

    private static bool AnyYear(YearRange[] years, int year)
    {
        foreach (var y in years)
        {
            if (year >= y.From && year <= y.To && (year - y.From) % y.Step == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyWeek(WeekRange[] weeks, DateOnly day)
    {
        int week = ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue));
        foreach (var w in weeks)
        {
            bool inside = w.From <= w.To ? week >= w.From && week <= w.To : week >= w.From || week <= w.To;
            int distance = (week - w.From + 53) % 53;
            if (inside && distance % w.Step == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every item is tried, as the reference implementation does, so a holiday's name is found even when a weekday also matches.</summary>
    private static bool AnyDay(DaySyntax[] days, DateOnly day, EvaluationContext context, ref Holiday? holiday)
    {
        bool any = false;
        foreach (var d in days)
        {
            if (d.IsHoliday)
            {
                var calendar = d.IsSchoolHoliday ? context.SchoolHolidays : context.PublicHolidays;
                if (calendar is not null && TryShift(day, -d.OffsetDays, out var shifted) && calendar.TryGetHoliday(shifted, out var found))
                {
                    holiday = d.OffsetDays == 0 ? found : HolidayNames.Shifted(found, d.OffsetDays);
                    any = true;
                }
            }
            else if (!any && WeekdayMatches(d, day))
            {
                any = true;
            }
        }

        return any;
    }

    private static bool WeekdayMatches(DaySyntax d, DateOnly day)
    {
        if (d.Nth.Length == 0)
        {
            int weekday = MondayBased(day);
            return d.FromDay <= d.ToDay ? weekday >= d.FromDay && weekday <= d.ToDay : weekday >= d.FromDay || weekday <= d.ToDay;
        }

        // "Sa[-1] +1 day": the day after the last Saturday, so test the date the offset points back to.
        if (!TryShift(day, -d.OffsetDays, out var target) || MondayBased(target) != d.FromDay)
        {
            return false;
        }

        int fromStart = ((target.Day - 1) / 7) + 1;
        int fromEnd = ((DateTime.DaysInMonth(target.Year, target.Month) - target.Day) / 7) + 1;
        int mask = d.NthMask;
        return (mask & (1 << (fromStart - 1))) != 0 || (mask & (1 << (4 + fromEnd))) != 0;
    }

    public static int MondayBased(DateOnly day) => ((int)day.DayOfWeek + 6) % 7;

    public static bool TryShift(DateOnly day, int days, out DateOnly shifted)
    {
        int number = day.DayNumber + days;
        if (number < DateOnly.MinValue.DayNumber + 400 || number > DateOnly.MaxValue.DayNumber - 400)
        {
            shifted = day;
            return false;
        }

        shifted = DateOnly.FromDayNumber(number);
        return true;
    }

    private static bool AnyMonthday(MonthdayRange[] ranges, DateOnly day)
    {
        foreach (var r in ranges)
        {
            if (r.Kind == MonthdayKind.Months ? MonthsMatch(r, day) : MonthdayMatcher.DatesMatch(r, day))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MonthsMatch(MonthdayRange r, DateOnly day)
    {
        int m = day.Month;
        if (r.FromMonth <= r.ToMonth)
        {
            return m >= r.FromMonth && m <= r.ToMonth && (r.Year == 0 || day.Year == r.Year);
        }

        return r.Year == 0
            ? m >= r.FromMonth || m <= r.ToMonth
            : (day.Year == r.Year && m >= r.FromMonth) || (day.Year == r.Year + 1 && m <= r.ToMonth);
    }
}
