using System.Globalization;
using System.Text;
using Omigjen.OpeningHours.Parsing;

namespace Omigjen.OpeningHours.Syntax;

/// <summary>Writes rules back as a canonical OSM value: selectors in the order year, month, week, holiday, weekday, time.</summary>
internal static class Normalizer
{
    public static string Write(IReadOnlyList<RuleSyntax> rules)
    {
        var sb = new StringBuilder(64);
        for (int i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            if (i > 0)
            {
                sb.Append(rule.Separator switch
                {
                    RuleSeparator.Additional => ", ",
                    RuleSeparator.Fallback => " || ",
                    _ => "; ",
                });
            }

            WriteRule(sb, rule);
        }

        return sb.ToString();
    }

    private static void WriteRule(StringBuilder sb, RuleSyntax rule)
    {
        int start = sb.Length;
        WriteList(sb, rule.Years, WriteYear);
        WriteList(sb, rule.Monthdays, WriteMonthday);
        if (rule.Weeks.Length > 0)
        {
            Space(sb, start);
            sb.Append("week ");
            WriteList(sb, rule.Weeks, WriteWeek, space: false);
        }

        WriteList(sb, rule.Holidays, WriteDay);
        WriteList(sb, rule.Days, WriteDay);
        if (rule.Is247)
        {
            Space(sb, start);
            sb.Append("24/7");
        }

        WriteList(sb, rule.Times, WriteTime);
        if (rule.CommentFirst)
        {
            WriteComment(sb, rule.Comment, start);
            WriteModifier(sb, rule.Modifier, start);
        }
        else
        {
            WriteModifier(sb, rule.Modifier, start);
            WriteComment(sb, rule.Comment, start);
        }

        static void WriteModifier(StringBuilder b, Modifier modifier, int s)
        {
            if (modifier != Modifier.None)
            {
                b.Append(b.Length > s ? " " : string.Empty).Append(modifier.ToString().ToLowerInvariant());
            }
        }

        static void WriteComment(StringBuilder b, string? comment, int s)
        {
            if (comment is not null)
            {
                b.Append(b.Length > s ? " " : string.Empty).Append('"').Append(comment).Append('"');
            }
        }

        void Space(StringBuilder b, int s)
        {
            if (b.Length > s)
            {
                b.Append(' ');
            }
        }

        void WriteList<T>(StringBuilder b, T[] items, Action<StringBuilder, T> write, bool space = true)
        {
            if (items.Length == 0)
            {
                return;
            }

            if (space)
            {
                Space(b, start);
            }

            for (int i = 0; i < items.Length; i++)
            {
                if (i > 0)
                {
                    b.Append(',');
                }

                write(b, items[i]);
            }
        }
    }

    private static void WriteYear(StringBuilder sb, YearRange y)
    {
        sb.Append(y.From.ToString(CultureInfo.InvariantCulture));
        if (y.To == int.MaxValue)
        {
            sb.Append('+');
        }
        else if (y.To != y.From)
        {
            sb.Append('-').Append(y.To.ToString(CultureInfo.InvariantCulture));
            AppendStep(sb, y.Step);
        }
    }

    private static void WriteWeek(StringBuilder sb, WeekRange w)
    {
        sb.Append(Two(w.From));
        if (w.To != w.From)
        {
            sb.Append('-').Append(Two(w.To));
            AppendStep(sb, w.Step);
        }
    }

    private static void WriteMonthday(StringBuilder sb, MonthdayRange m)
    {
        if (m.Kind == MonthdayKind.Months)
        {
            if (m.Year != 0)
            {
                sb.Append(m.Year.ToString(CultureInfo.InvariantCulture)).Append(' ');
            }

            sb.Append(Words.MonthNames[m.FromMonth - 1]);
            if (m.ToMonth != m.FromMonth)
            {
                sb.Append('-').Append(Words.MonthNames[m.ToMonth - 1]);
            }

            return;
        }

        WritePoint(sb, m.From);
        if (m.To is { } to)
        {
            bool sameMonth = to.Kind == DatePointKind.MonthDay && m.From.Kind == DatePointKind.MonthDay
                && to.Month == m.From.Month && to.Year == m.From.Year && to.Day >= m.From.Day;
            sb.Append('-');
            if (sameMonth)
            {
                sb.Append(Two(to.Day));
            }
            else
            {
                WritePoint(sb, to);
            }

            AppendStep(sb, m.Period);
        }
    }

    private static void WritePoint(StringBuilder sb, DatePoint p)
    {
        if (p.HasYear)
        {
            sb.Append(p.Year.ToString(CultureInfo.InvariantCulture)).Append(' ');
        }

        switch (p.Kind)
        {
            case DatePointKind.Easter:
                sb.Append("easter");
                break;
            case DatePointKind.NthWeekday:
                sb.Append(Words.MonthNames[p.Month - 1]).Append(' ').Append(Words.WeekdayNames[p.Weekday])
                    .Append('[').Append(p.Nth.ToString(CultureInfo.InvariantCulture)).Append(']');
                break;
            default:
                sb.Append(Words.MonthNames[p.Month - 1]).Append(' ').Append(Two(p.Day));
                break;
        }

        AppendOffset(sb, p.OffsetDays);
    }

    private static void WriteDay(StringBuilder sb, DaySyntax d)
    {
        if (d.IsHoliday)
        {
            sb.Append(d.IsSchoolHoliday ? "SH" : "PH");
            AppendOffset(sb, d.OffsetDays);
            return;
        }

        sb.Append(Words.WeekdayNames[d.FromDay]);
        if (d.ToDay != d.FromDay)
        {
            sb.Append('-').Append(Words.WeekdayNames[d.ToDay]);
        }

        if (d.Nth.Length > 0)
        {
            sb.Append('[');
            for (int i = 0; i < d.Nth.Length; i++)
            {
                var (from, to) = d.Nth[i];
                sb.Append(i > 0 ? "," : string.Empty).Append(from.ToString(CultureInfo.InvariantCulture));
                if (to != from)
                {
                    sb.Append('-').Append(to.ToString(CultureInfo.InvariantCulture));
                }
            }

            sb.Append(']');
            AppendOffset(sb, d.OffsetDays);
        }
    }

    private static void WriteTime(StringBuilder sb, TimeSpanSyntax t)
    {
        WriteTimePoint(sb, t.Start);
        if (t.End is { } end)
        {
            sb.Append('-');
            WriteTimePoint(sb, end);
        }

        if (t.OpenEnd)
        {
            sb.Append('+');
        }
    }

    private static void WriteTimePoint(StringBuilder sb, TimePoint p)
    {
        if (p.IsFixed)
        {
            sb.Append(Clock(p.Minutes));
            return;
        }

        string name = p.Variable.ToString().ToLowerInvariant();
        if (p.Minutes == 0)
        {
            sb.Append(name);
            return;
        }

        sb.Append('(').Append(name).Append(p.Minutes < 0 ? '-' : '+').Append(Clock(Math.Abs(p.Minutes))).Append(')');
    }

    public static string Clock(int minutes) =>
        string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00}");

    private static string Two(int value) => value.ToString("00", CultureInfo.InvariantCulture);

    private static void AppendStep(StringBuilder sb, int step)
    {
        if (step > 1)
        {
            sb.Append('/').Append(step.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void AppendOffset(StringBuilder sb, int days)
    {
        if (days != 0)
        {
            sb.Append(days > 0 ? " +" : " -").Append(Math.Abs(days).ToString(CultureInfo.InvariantCulture))
                .Append(Math.Abs(days) == 1 ? " day" : " days");
        }
    }
}
