using Omigjen.OpeningHours.Syntax;

namespace Omigjen.OpeningHours;

/// <summary>
/// One rule in words, for what the weekly pattern cannot show: sun times, month and date rules
/// ("juni–august: man–fre 10–16", "24. desember stengt"). Null for selectors it does not cover
/// (years, weeks, nth weekdays, easter, school holidays, holiday offsets).
/// </summary>
internal static class RuleText
{
    public static string? TryDescribe(RuleSyntax rule, Language language)
    {
        bool nb = language == Language.Nb;
        // A holiday group on its own ("PH off") reads like a day list; combined with weekdays it would mean "and".
        var days = rule.Holidays.Length == 0 ? rule.Days : rule.Days.Length == 0 ? rule.Holidays : null;
        if (days is null || rule.Years.Length + rule.Weeks.Length + rule.MoreMonthdays.Length > 0
            || Array.Exists(days, d => d.Nth.Length > 0 || d.IsSchoolHoliday || d.OffsetDays != 0))
        {
            return null;
        }

        if (days.Length == 1 && days[0].IsHoliday && rule.Monthdays.Length == 0 && rule.Times.Length == 0
            && rule.Meaning == OpeningState.Closed && rule.Comment is null)
        {
            return nb ? "stengt på helligdager" : "closed on public holidays";
        }

        var parts = new List<string>();
        if (rule.Monthdays.Length > 0)
        {
            var dates = new List<string>();
            foreach (var range in rule.Monthdays)
            {
                if (Dates(range, language) is not { } text)
                {
                    return null;
                }

                dates.Add(text);
            }

            parts.Add(string.Join(", ", dates) + (days.Length + rule.Times.Length > 0 ? ":" : string.Empty));
        }

        if (days.Length > 0)
        {
            parts.Add(string.Join(", ", days.Select(d => d.IsHoliday
                ? (nb ? "helligdager" : "public holidays")
                : TextWords.ShortDay(d.FromDay, language) + (d.ToDay != d.FromDay ? "–" + TextWords.ShortDay(d.ToDay, language) : string.Empty))));
        }

        if (rule.Is247)
        {
            parts.Add(nb ? "hele døgnet" : "24 hours");
        }

        if (rule.Times.Length > 0)
        {
            parts.Add(string.Join(nb ? " og " : " and ", rule.Times.Select(t => Span(t, language))));
        }

        switch (rule.Meaning)
        {
            case OpeningState.Closed:
                parts.Add(nb ? "stengt" : "closed");
                break;
            case OpeningState.Unknown when rule.Comment is null:
                parts.Add(nb ? "(usikkert)" : "(uncertain)");
                break;
        }

        if (rule.Comment is { } comment)
        {
            parts.Add($"({comment})");
        }

        return parts.Count == 0 ? null : string.Join(" ", parts);
    }

    private static string? Dates(MonthdayRange range, Language language)
    {
        if (range.Year != 0 || range.Period > 1)
        {
            return null;
        }

        if (range.Kind == MonthdayKind.Months)
        {
            string from = TextWords.Month(range.FromMonth, language);
            return range.ToMonth == range.FromMonth ? from : from + "–" + TextWords.Month(range.ToMonth, language);
        }

        if (Day(range.From, language) is not { } first)
        {
            return null;
        }

        if (range.To is not { } to)
        {
            return first;
        }

        return Day(to, language) is { } last ? first + "–" + last : null;
    }

    private static string? Day(DatePoint point, Language language) =>
        point.Kind == DatePointKind.MonthDay && !point.HasYear && point.OffsetDays == 0
            ? TextWords.Date(new DateOnly(2024, point.Month, point.Day), language)
            : null;

    private static string Span(TimeSpanSyntax span, Language language)
    {
        bool nb = language == Language.Nb;
        if (span.End is not { } end)
        {
            return TextWords.OpenEndFrom(Point(span.Start, language), language);
        }

        string text = span.Start.IsFixed && end.IsFixed
            ? Point(span.Start, language) + "–" + Point(end, language)
            : nb ? $"fra {Point(span.Start, language)} til {Point(end, language)}" : $"{Point(span.Start, language)} to {Point(end, language)}";
        return span.OpenEnd ? text + (nb ? ", kanskje lenger" : ", possibly later") : text;
    }

    private static string Point(TimePoint point, Language language)
    {
        if (point.IsFixed)
        {
            return TextWords.ShortClock(point.Minutes, language);
        }

        bool nb = language == Language.Nb;
        string name = point.Variable switch
        {
            TimeVariable.Dawn => nb ? "daggry" : "dawn",
            TimeVariable.Sunrise => nb ? "soloppgang" : "sunrise",
            TimeVariable.Sunset => nb ? "solnedgang" : "sunset",
            _ => nb ? "skumring" : "dusk",
        };
        if (point.Minutes == 0)
        {
            return name;
        }

        string amount = TextWords.Duration(Math.Abs(point.Minutes), language);
        return point.Minutes > 0
            ? (nb ? $"{amount} etter {name}" : $"{amount} after {name}")
            : (nb ? $"{amount} før {name}" : $"{amount} before {name}");
    }
}
