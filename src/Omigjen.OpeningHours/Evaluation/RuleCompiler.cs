using Omigjen.OpeningHours.Syntax;

namespace Omigjen.OpeningHours.Evaluation;

/// <summary>Turns parsed rules into evaluation rules, splitting ranges that pass midnight.</summary>
internal static class RuleCompiler
{
    private const int Day = 24 * 60;

    public static CompiledRule[] Compile(IReadOnlyList<RuleSyntax> rules)
    {
        var result = new List<CompiledRule>(rules.Count + 2);
        for (int i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var times = new List<CompiledTime>();
            var tails = new List<CompiledTime>();
            if (rule.Is247)
            {
                times.Add(new CompiledTime(TimeKind.Always, default, default, 0, Day, true, false));
            }

            foreach (var span in rule.Times)
            {
                AddSpan(span, times, tails);
            }

            // Reset rule from the reference implementation: a normal rule that matches a day replaces what earlier
            // rules said about that day; a rule without any day selector does so only when the previous rule had none either.
            bool previousHasDate = result.Count > 0 && result[^1].Syntax.HasDateSelectors;
            bool resets = (rule.HasDateSelectors || (result.Count > 0 && rule.Meaning == OpeningState.Open && !previousHasDate))
                && rule.Meaning != OpeningState.Closed
                && rule.Separator == RuleSeparator.Normal;
            result.Add(new CompiledRule(rule, [.. times], false, resets));
            if (tails.Count > 0)
            {
                result.Add(new CompiledRule(rule, [.. tails], true, false));
            }
        }

        return [.. result];
    }

    private static void AddSpan(TimeSpanSyntax span, List<CompiledTime> times, List<CompiledTime> tails)
    {
        int from = span.Start.FallbackMinutes;
        if (span.End is not { } end)
        {
            AddOpenEnd(span.Start, from, 0, times, tails);
            return;
        }

        int to = end.FallbackMinutes;
        bool bothFixed = span.Start.IsFixed && end.IsFixed;
        if (to < from || (bothFixed && to == from))
        {
            to += Day;
        }

        if (span.OpenEnd)
        {
            // "10:00-14:00+": an open end starting where the range ends, listed before the range itself.
            bool wraps = end.FallbackMinutes < span.Start.FallbackMinutes;
            AddOpenEnd(end, end.FallbackMinutes, wraps ? Day : 0, times, tails);
        }

        if (from == 0 && to == Day && bothFixed)
        {
            times.Add(new CompiledTime(TimeKind.Always, default, default, 0, Day, true, false));
        }
        else if (to > Day)
        {
            times.Add(new CompiledTime(TimeKind.WrapStart, span.Start, end, 0, to, end.IsFixed, false));
            tails.Add(new CompiledTime(TimeKind.Tail, span.Start, end, 0, to - Day, end.IsFixed, false));
        }
        else
        {
            times.Add(new CompiledTime(TimeKind.Range, span.Start, end, 0, to, end.IsFixed, false));
        }
    }

    /// <summary>An open end lasts until midnight, or 10 hours from 17:00 and 8 hours from 22:00, as in the reference implementation.</summary>
    private static void AddOpenEnd(TimePoint start, int from, int shift, List<CompiledTime> times, List<CompiledTime> tails)
    {
        from += shift;
        int to = from >= 22 * 60 ? from + (8 * 60) : from >= 17 * 60 ? from + (10 * 60) : Day;
        if (to > Day)
        {
            times.Add(new CompiledTime(TimeKind.WrapStart, start, default, shift, to, true, true));
            tails.Add(new CompiledTime(TimeKind.Tail, start, default, shift, to - Day, true, true));
        }
        else
        {
            times.Add(new CompiledTime(TimeKind.Range, start, default, shift, to, true, true));
        }
    }
}
