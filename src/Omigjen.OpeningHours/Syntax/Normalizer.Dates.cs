using System.Globalization;
using System.Text;
using Omigjen.OpeningHours.Parsing;

namespace Omigjen.OpeningHours.Syntax;

/// <summary>Writing of the wide-range selectors: years, weeks, months and dates.</summary>
internal static partial class Normalizer
{
    private static void WriteYear(StringBuilder sb, YearRange y)
    {
        sb.Append(y.From.ToString(CultureInfo.InvariantCulture));
        if (y.To == int.MaxValue && y.Step > 1)
        {
            AppendStep(sb, y.Step);
        }
        else if (y.To == int.MaxValue)
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
}
