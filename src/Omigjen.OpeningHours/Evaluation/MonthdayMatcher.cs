using Omigjen.OpeningHours.Syntax;

namespace Omigjen.OpeningHours.Evaluation;

/// <summary>Single dates and date ranges, with or without years, wrapping over the new year like the reference implementation.</summary>
internal static class MonthdayMatcher
{
    public static bool DatesMatch(MonthdayRange r, DateOnly day)
    {
        var from = r.From;
        if (r.To is not { } to)
        {
            int year = from.HasYear ? from.Year : day.Year;
            return Resolve(from, year) is { } single && single == day;
        }

        if (from.HasYear)
        {
            if (Resolve(from, from.Year) is not { } start)
            {
                return false;
            }

            int toYear = to.HasYear ? to.Year : from.Year;
            if (Resolve(to, toYear) is not { } end)
            {
                return false;
            }

            if (!to.HasYear && end < start && Resolve(to, toYear + 1) is { } later)
            {
                end = later;
            }

            return day >= start && day <= end && InPeriod(day, start, r.Period);
        }

        // A range without years is tried as it starts in the year before, the same and the next year, so an end
        // shifted past the new year ("Dec 20-Dec Su[-1] +4 days") or a start shifted before it still covers its days.
        for (int year = day.Year - 1; year <= day.Year + 1; year++)
        {
            if (Resolve(from, year) is not { } a || Resolve(to, year) is not { } b)
            {
                continue;
            }

            // "Dec 24-Jan 02": the range wraps, so it ends in the following year.
            bool wraps = b < a;
            if (wraps && Resolve(to, year + 1) is { } next)
            {
                b = next;
            }

            if (day >= a && day <= b && (wraps || InPeriod(day, a, r.Period)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InPeriod(DateOnly day, DateOnly start, int period) =>
        period <= 1 || (day.DayNumber - start.DayNumber) % period == 0;

    public static DateOnly? Resolve(DatePoint p, int year)
    {
        if (year is < 1 or > 9998)
        {
            return null;
        }

        DateOnly date;
        switch (p.Kind)
        {
            case DatePointKind.Easter:
                date = Easter.Sunday(year);
                break;
            case DatePointKind.NthWeekday:
                date = NthWeekday(year, p.Month, p.Weekday, p.Nth);
                break;
            default:
                if (p.Day > DateTime.DaysInMonth(year, p.Month))
                {
                    return null;
                }

                date = new DateOnly(year, p.Month, p.Day);
                break;
        }

        return DateMatcher.TryShift(date, p.OffsetDays, out var shifted) ? shifted : null;
    }

    /// <summary>The nth (1..5) or nth-last (-1..-5) weekday of a month; a 5th that does not exist spills into the next month.</summary>
    private static DateOnly NthWeekday(int year, int month, int weekday, int nth)
    {
        if (nth > 0)
        {
            var first = new DateOnly(year, month, 1);
            int delta = (weekday - DateMatcher.MondayBased(first) + 7) % 7;
            return first.AddDays(delta + ((nth - 1) * 7));
        }

        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        int back = (DateMatcher.MondayBased(last) - weekday + 7) % 7;
        return last.AddDays(-back + ((nth + 1) * 7));
    }
}
