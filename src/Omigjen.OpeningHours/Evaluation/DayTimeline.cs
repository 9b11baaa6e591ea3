namespace Omigjen.OpeningHours.Evaluation;

/// <summary>
/// Splits one local day into segments of equal state (and comment, when comments are wanted) by evaluating only at
/// minutes where a selector can switch. Segment i starts at starts[i] and lasts until the next start or midnight.
/// </summary>
/// <summary>The outcome of matching the day selectors for one day.</summary>
internal readonly record struct DayMatch(int Start, Holiday? Holiday, int HolidayRule);

internal static class DayTimeline
{
    public const int MinutesPerDay = 24 * 60;

    /// <summary>An upper bound on the segments of one day for these rules, for sizing buffers.</summary>
    public static int Capacity(CompiledRule[] rules)
    {
        int capacity = 2;
        foreach (var rule in rules)
        {
            capacity += rule.Times.Length * 4;
        }

        return capacity;
    }

    public static int Build(CompiledRule[] rules, DateOnly day, EvaluationContext context, Span<int> boundaries, Span<int> starts, Span<OpeningState> states, string?[]? comments)
    {
        Span<bool> matched = rules.Length <= 512 ? stackalloc bool[rules.Length] : new bool[rules.Length];
        int start = RuleEngine.MatchDay(rules, day, context, matched, out var holiday, out int holidayRule);
        return Build(rules, day, context, new DayMatch(start, holiday, holidayRule), matched, boundaries, starts, states, comments);
    }

    /// <summary>Builds the timeline from an already computed day match.</summary>
    public static int Build(CompiledRule[] rules, DateOnly day, EvaluationContext context, DayMatch match, ReadOnlySpan<bool> matched, Span<int> boundaries, Span<int> starts, Span<OpeningState> states, string?[]? comments)
    {
        int start = match.Start;
        var holiday = match.Holiday;
        int holidayRule = match.HolidayRule;
        int count = 0;
        boundaries[count++] = 0;
        Span<int> scratch = stackalloc int[2];
        for (int i = start; i < rules.Length; i++)
        {
            if (!matched[i])
            {
                continue;
            }

            var rule = rules[i];
            bool openEnd = rule.HasOpenEnd;
            foreach (var time in rule.Times)
            {
                int added = time.AddBoundaries(day, context, scratch);
                for (int k = 0; k < added; k++)
                {
                    int b = scratch[k];
                    if (b > 0 && b < MinutesPerDay)
                    {
                        boundaries[count++] = b;
                    }

                    // The open-end rule can switch one minute after another selector does (see RuleEngine).
                    if (openEnd && b + 1 > 0 && b + 1 < MinutesPerDay)
                    {
                        boundaries[count++] = b + 1;
                    }
                }
            }
        }

        var used = boundaries[..count];
        used.Sort();
        int segmentCount = 0;
        int previous = -1;
        foreach (int minute in used)
        {
            if (minute == previous)
            {
                continue;
            }

            previous = minute;
            var state = RuleEngine.StateAt(rules, day, minute, context, matched, start, holiday, holidayRule);
            bool sameComment = comments is null || (segmentCount > 0 && comments[segmentCount - 1] == state.Comment);
            if (segmentCount > 0 && states[segmentCount - 1] == state.State && sameComment)
            {
                continue;
            }

            starts[segmentCount] = minute;
            states[segmentCount] = state.State;
            if (comments is not null)
            {
                comments[segmentCount] = state.Comment;
            }

            segmentCount++;
        }

        return segmentCount;
    }
}
