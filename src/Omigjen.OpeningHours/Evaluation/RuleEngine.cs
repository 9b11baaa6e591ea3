namespace Omigjen.OpeningHours.Evaluation;

/// <summary>
/// Decides the state at a local day and minute, following the reference implementation: rules whose day selectors
/// match are collected (a resetting rule discards those before it), then later matching times win, fallback rules
/// only fill what is still closed, and an open end is unknown.
/// </summary>
internal static class RuleEngine
{
    public const string OpenEndComment = "Specified as open end. Closing time was guessed.";

    /// <summary>
    /// Marks the rules whose day selectors match <paramref name="day"/>; returns the first rule to apply.
    /// With a cache, selectors are only evaluated again to find a holiday's name (for the comment).
    /// </summary>
    public static int MatchDay(CompiledRule[] rules, DateOnly day, EvaluationContext context, Span<bool> matched, out Holiday? holiday, out int holidayRule, MatchCache? cache = null, bool wantHoliday = true)
    {
        int start = 0;
        holiday = null;
        holidayRule = -1;
        bool cached = cache is not null && cache.TryMatch(day, context, matched);
        var previousDay = day.DayNumber > DateOnly.MinValue.DayNumber ? day.AddDays(-1) : day;
        for (int i = 0; i < rules.Length; i++)
        {
            var rule = rules[i];
            Holiday? found = null;
            bool isMatch = cached
                ? matched[i] && (rule.Wrapped || !rule.UsesHolidays || !wantHoliday || DateMatcher.Matches(rule.Syntax, day, context, out found))
                : DateMatcher.Matches(rule.Syntax, rule.Wrapped ? previousDay : day, context, out found);
            matched[i] = isMatch;
            if (!isMatch)
            {
                continue;
            }

            if (rule.Resets)
            {
                start = i;
            }

            if (found is not null && !rule.Wrapped)
            {
                holiday = found;
                holidayRule = i;
            }
        }

        return start;
    }

    public static StateResult StateAt(CompiledRule[] rules, DateOnly day, int minute, EvaluationContext context, ReadOnlySpan<bool> matched, int start, Holiday? holiday, int holidayRule)
    {
        var state = OpeningState.Closed;
        int match = -1;
        string? comment = holiday?.NameNb;
        int commentRule = holiday is null ? -1 : holidayRule;
        bool commentIsOpenEnd = false;

        for (int i = start; i < rules.Length; i++)
        {
            if (!matched[i])
            {
                continue;
            }

            var rule = rules[i];
            if (rule.Times.Length == 0 && (!rule.Fallback || state == OpeningState.Closed))
            {
                state = rule.Meaning;
                match = i;
            }

            var times = rule.Times;
            for (int k = 0; k < times.Length; k++)
            {
                if (!times[k].Matches(day, minute, context) || (rule.Fallback && state != OpeningState.Closed))
                {
                    continue;
                }

                state = rule.Meaning;
                match = i;
                if (commentIsOpenEnd)
                {
                    comment = null;
                    commentRule = -1;
                    commentIsOpenEnd = false;
                }

                if (times[k].OpenEnd && state != OpeningState.Closed)
                {
                    comment = OpenEndComment;
                    commentRule = i;
                    commentIsOpenEnd = true;
                    state = IsClosedAfterLaterRange(times, k, day, minute, context) ? OpeningState.Closed : OpeningState.Unknown;
                }
            }
        }

        if (match < 0)
        {
            return new StateResult(OpeningState.Closed, null);
        }

        var explicitComment = rules[match].Comment;
        return new StateResult(state, explicitComment ?? (commentRule == match ? comment : null));
    }

    /// <summary>
    /// "07:00+,12:00-16:00": unknown until the later range of the same rule starts (the reference's intervals); once
    /// that range has ended, the open end no longer applies and the reference reports closed (keeping the open-end comment).
    /// </summary>
    private static bool IsClosedAfterLaterRange(CompiledTime[] times, int k, DateOnly day, int minute, EvaluationContext context)
    {
        // "06:45-07:00+,13:00-16:00": the range the open end continues is skipped, the range after it ends the open end.
        int n = k + 1 < times.Length && ContinuesRange(times[k], times[k + 1]) ? k + 2 : k + 1;
        if (n >= times.Length)
        {
            return false;
        }

        var next = times[n];
        if (next.Matches(day, minute, context) || !next.ReportsChangeWhenNotMatching || next.OpenEnd)
        {
            return false;
        }

        // "07:00+,12:00-16:00" at 07:30: the first later-listed range that starts after the open end is still
        // ahead, so the open end lasts until it starts ("06:45-07:00+,05:00-06:00,13:00-16:00": 13:00).
        int openEndStart = times[k].StartOn(day, context);
        for (int j = n; j < times.Length; j++)
        {
            var later = times[j];
            if (later.Kind == TimeKind.Range && !later.OpenEnd && later.StartOn(day, context) >= openEndStart)
            {
                if (minute < later.EndOn(day, context))
                {
                    return false;
                }

                break;
            }
        }

        return minute > 0 ? times[k].Matches(day, minute - 1, context) : times[k].Matches(day.AddDays(-1), (24 * 60) - 1, context);
    }

    /// <summary>
    /// "17:00-20:00+" compiles to an open end from 20:00 followed by its own range: that range ending is where the
    /// open end begins, not a later range that ends it, so the open end lasts as long as a plain "20:00+".
    /// </summary>
    private static bool ContinuesRange(CompiledTime openEnd, CompiledTime next) =>
        next.Kind is TimeKind.Range or TimeKind.WrapStart && next.End.Equals(openEnd.Start);
}
