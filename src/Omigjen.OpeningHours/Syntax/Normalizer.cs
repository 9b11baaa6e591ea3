using System.Globalization;
using System.Text;
using Omigjen.OpeningHours.Parsing;

namespace Omigjen.OpeningHours.Syntax;

/// <summary>Writes rules back as a canonical OSM value: selectors in the order year, month, week, holiday, weekday, time.</summary>
internal static partial class Normalizer
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
        WriteList(sb, start, rule.Years, WriteYear);
        WriteList(sb, start, rule.Monthdays, WriteMonthday);
        foreach (var group in rule.MoreMonthdays)
        {
            WriteList(sb, start, group, WriteMonthday);
        }
        if (rule.Weeks.Length > 0)
        {
            Space(sb, start);
            sb.Append("week ");
            WriteList(sb, -1, rule.Weeks, WriteWeek);
        }

        WriteList(sb, start, rule.Holidays, WriteDay);
        WriteList(sb, start, rule.Days, WriteDay);
        if (rule.Is247)
        {
            Space(sb, start);
            sb.Append("24/7");
        }

        WriteList(sb, start, rule.Times, WriteTime);
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
    }

    private static void WriteModifier(StringBuilder sb, Modifier modifier, int start)
    {
        if (modifier != Modifier.None)
        {
            Space(sb, start);
            sb.Append(modifier switch
            {
                Modifier.Open => "open",
                Modifier.Closed => "closed",
                Modifier.Off => "off",
                _ => "unknown",
            });
        }
    }

    private static void WriteComment(StringBuilder sb, string? comment, int start)
    {
        if (comment is not null)
        {
            Space(sb, start);
            sb.Append('"').Append(comment).Append('"');
        }
    }

    /// <summary>A space before a selector unless it is the first of the rule (start = -1: never).</summary>
    private static void Space(StringBuilder sb, int start)
    {
        if (start >= 0 && sb.Length > start)
        {
            sb.Append(' ');
        }
    }

    private static void WriteList<T>(StringBuilder sb, int start, T[] items, Action<StringBuilder, T> write)
    {
        if (items.Length == 0)
        {
            return;
        }

        Space(sb, start);
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            write(sb, items[i]);
        }
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
            AppendClock(sb, p.Minutes);
            return;
        }

        string name = p.Variable switch
        {
            TimeVariable.Dawn => "dawn",
            TimeVariable.Sunrise => "sunrise",
            TimeVariable.Sunset => "sunset",
            _ => "dusk",
        };
        if (p.Minutes == 0)
        {
            sb.Append(name);
            return;
        }

        sb.Append('(').Append(name).Append(p.Minutes < 0 ? '-' : '+');
        AppendClock(sb, Math.Abs(p.Minutes));
        sb.Append(')');
    }

    public static string Clock(int minutes) =>
        string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00}");

    private static void AppendClock(StringBuilder sb, int minutes)
    {
        int h = minutes / 60;
        int m = minutes % 60;
        sb.Append((char)('0' + (h / 10))).Append((char)('0' + (h % 10))).Append(':').Append((char)('0' + (m / 10))).Append((char)('0' + (m % 10)));
    }

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
