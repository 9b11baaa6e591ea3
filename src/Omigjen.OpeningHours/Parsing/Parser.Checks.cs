using Omigjen.OpeningHours.Syntax;

namespace Omigjen.OpeningHours.Parsing;

/// <summary>
/// Values that parse but most likely do not say what was meant, warned about as the reference does: a rule without
/// times, a rule that replaces hours an earlier rule gives after midnight, a rule without days after "24/7" or after
/// another rule of times only, and a closing rule after ",".
/// </summary>
internal sealed partial class Parser
{
    private const int AllWeekdays = 0b111_1111;

    private void CheckOverrides(List<RuleSyntax> rules, List<int> starts)
    {
        int spill = 0;
        bool always = false;
        for (int i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            if (rule.HasDateSelectors && rule.Times.Length == 0 && !rule.Is247 && rule.Modifier == Modifier.None && rule.Comment is null)
            {
                warnings.Add((starts[i], "Regelen har ingen tider og gjelder hele døgnet; skriv tidene (for eksempel 10:00-19:00), «open» eller en kommentar.",
                    "The rule has no times and applies all day; write the times (for example 10:00-19:00), \"open\" or a comment."));
            }

            if (i > 0 && rule.Separator == RuleSeparator.Normal)
            {
                CheckNormalRule(rules, starts, i, spill, always);
            }

            if (rule.Separator == RuleSeparator.Additional && rule.Meaning == OpeningState.Closed)
            {
                warnings.Add((starts[i], "Regelen stenger, men står etter «,» som en tilleggsregel; skill den fra regelen før med «;».",
                    "The rule closes but is written as an additional rule after \",\"; separate it from the rule before with \";\"."));
            }

            always |= rule.Is247 && !rule.HasDateSelectors;
            if (WrapsPastMidnight(rule))
            {
                int mask = WeekdayMask(rule);
                spill |= ((mask << 1) | (mask >> 6)) & AllWeekdays;
            }
        }
    }

    private void CheckNormalRule(List<RuleSyntax> rules, List<int> starts, int i, int spill, bool always)
    {
        var rule = rules[i];
        var previous = rules[i - 1];
        if (spill != 0 && rule.HasDateSelectors && (spill & WeekdayMask(rule)) != 0)
        {
            warnings.Add((starts[i], "Regelen gjelder hele dagen og erstatter timene etter midnatt fra en regel før den; begynn den med «,» hvis de skal beholdes.",
                "The rule applies to the whole day and replaces the hours after midnight of an earlier rule; begin it with \",\" to keep them."));
        }
        else if (always && !rule.HasDateSelectors)
        {
            warnings.Add((starts[i], "Etter «24/7» gjør denne regelen at stedet ikke er åpent hele døgnet; skriv «open» for den første regelen og så unntakene.",
                "After \"24/7\" this rule means the place is not open around the clock; write \"open\" for the first rule and then the exceptions."));
        }
        else if (!rule.HasDateSelectors && !previous.HasDateSelectors && rule.Modifier == Modifier.None && rule.Comment is null
            && previous.Modifier == Modifier.None && previous.Comment is null && previous.Times.Length > 0)
        {
            warnings.Add((starts[i], "To regler med bare tider: den andre erstatter den første helt; skill tidene med «,» hvis begge skal gjelde.",
                "Two rules of times only: the second replaces the first completely; separate the times with \",\" if both apply."));
        }
    }

    private static bool WrapsPastMidnight(RuleSyntax rule)
    {
        foreach (var t in rule.Times)
        {
            if (t.End is { } end && end.IsFixed && t.Start.IsFixed && (end.Minutes > MinutesPerDay || end.Minutes < t.Start.Minutes))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The weekdays (bit 0 = Monday) a rule can match; every day when it names no plain weekdays.</summary>
    private static int WeekdayMask(RuleSyntax rule)
    {
        int mask = 0;
        foreach (var d in rule.Days)
        {
            if (d.IsHoliday || d.Nth.Length > 0)
            {
                return AllWeekdays;
            }

            for (int day = d.FromDay; ; day = (day + 1) % 7)
            {
                mask |= 1 << day;
                if (day == d.ToDay)
                {
                    break;
                }
            }
        }

        return mask == 0 ? AllWeekdays : mask;
    }
}
