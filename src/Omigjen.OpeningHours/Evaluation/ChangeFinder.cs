using NodaTime;

namespace Omigjen.OpeningHours.Evaluation;

/// <summary>
/// Finds the next state change by walking local days inside each stretch of constant UTC offset, so DST switches
/// are exact: in the spring gap local times that do not exist are skipped (a time inside the gap takes effect when
/// the clock jumps), and in autumn the repeated hour counts once (see <see cref="ClockReading"/>).
/// </summary>
internal static class ChangeFinder
{
    private const long MillisecondsPerMinute = 60_000;
    private const long MillisecondsPerDay = 86_400_000;
    private static readonly int UnixEpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    public static StateResult StateAt(CompiledRule[] rules, Instant instant, EvaluationContext context, MatchCache? cache = null)
    {
        var local = ClockReading(instant, context.Zone);
        var day = local.Date.ToDateOnly();
        int minute = (local.Hour * 60) + local.Minute;
        Span<bool> matched = rules.Length <= 512 ? stackalloc bool[rules.Length] : new bool[rules.Length];
        int start = RuleEngine.MatchDay(rules, day, context, matched, out var holiday, out int holidayRule, cache);
        return RuleEngine.StateAt(rules, day, minute, context, matched, start, holiday, holidayRule);
    }

    /// <summary>
    /// The local time the rules are read at. During the second pass of a repeated autumn hour (02:00-03:00 CET
    /// in Oslo) the clock is not read again: the state reached at the end of the first pass holds until the clock
    /// passes the repeated hour, so a time in that hour means its first occurrence (as RFC 5545 and java.time) and
    /// "02:30-02:45" opens once.
    /// </summary>
    internal static LocalDateTime ClockReading(Instant instant, DateTimeZone zone)
    {
        var interval = zone.GetZoneInterval(instant);
        if (interval.HasStart && interval.Start > Instant.MinValue)
        {
            var lastOfPrevious = interval.Start - Duration.Epsilon;
            var repeated = zone.GetZoneInterval(lastOfPrevious).WallOffset - interval.WallOffset;
            if (repeated > Offset.Zero && instant < interval.Start + Duration.FromSeconds(repeated.Seconds))
            {
                return lastOfPrevious.InZone(zone).LocalDateTime;
            }
        }

        return instant.InZone(zone).LocalDateTime;
    }

    /// <summary>Whether any rule can produce a state other than <paramref name="initial"/> ("PH off" is always closed).</summary>
    private static bool CanLeave(CompiledRule[] rules, OpeningState initial)
    {
        if (initial != OpeningState.Closed)
        {
            return true;
        }

        foreach (var rule in rules)
        {
            if (rule.Meaning != OpeningState.Closed)
            {
                return true;
            }
        }

        return false;
    }

    public static Instant? Next(CompiledRule[] rules, Instant instant, Instant limit, EvaluationContext context, MatchCache? cache = null)
    {
        var initial = StateAt(rules, instant, context, cache).State;
        if (!CanLeave(rules, initial))
        {
            return null;
        }

        int capacity = DayTimeline.Capacity(rules);
        Span<int> boundaries = capacity <= 256 ? stackalloc int[capacity] : new int[capacity];
        Span<int> starts = capacity <= 256 ? stackalloc int[capacity] : new int[capacity];
        Span<OpeningState> states = capacity <= 256 ? stackalloc OpeningState[capacity] : new OpeningState[capacity];

        Span<bool> matched = rules.Length <= 512 ? stackalloc bool[rules.Length] : new bool[rules.Length];

        // A day whose rules match exactly like the previous, fully unchanged day (and use no sun times) has the same
        // timeline, so it is skipped without evaluating times: long closed or open stretches scan quickly.
        bool reusable = rules.Length <= 64;
        ulong previousMask = 0;
        int previousStart = -1;
        bool previousUnchanged = false;

        var current = instant;
        while (current < limit)
        {
            var interval = context.Zone.GetZoneInterval(current);
            long offsetMs = interval.WallOffset.Milliseconds;
            var stretchEnd = interval.HasEnd ? interval.End : Instant.MaxValue;
            var local = ClockReading(current, context.Zone);
            var day = local.Date.ToDateOnly();
            int currentMinute = (local.Hour * 60) + local.Minute;
            bool firstDay = true;

            while (true)
            {
                var dayStart = Instant.FromUnixTimeMilliseconds(((day.DayNumber - UnixEpochDayNumber) * MillisecondsPerDay) - offsetMs);
                if (dayStart >= stretchEnd || dayStart >= limit)
                {
                    break;
                }

                int start = RuleEngine.MatchDay(rules, day, context, matched, out var holiday, out int holidayRule, cache, wantHoliday: false);
                ulong mask = 0;
                bool variable = false;
                for (int r = 0; r < rules.Length && reusable; r++)
                {
                    if (matched[r])
                    {
                        mask |= 1UL << r;
                        variable |= r >= start && rules[r].HasVariableTimes;
                    }
                }

                bool sameAsBefore = reusable && !variable && mask == previousMask && start == previousStart;
                if (!firstDay && sameAsBefore && previousUnchanged)
                {
                    day = day.AddDays(1);
                    continue;
                }

                int count = DayTimeline.Build(rules, day, context, new DayMatch(start, holiday, holidayRule), matched, boundaries, starts, states, null);
                previousMask = mask;
                previousStart = variable ? -1 : start;
                previousUnchanged = true;
                for (int i = 0; i < count; i++)
                {
                    previousUnchanged &= states[i] == initial;
                }

                for (int i = 0; i < count; i++)
                {
                    if (firstDay && starts[i] <= currentMinute)
                    {
                        continue;
                    }

                    var at = dayStart.PlusTicks(starts[i] * MillisecondsPerMinute * NodaConstants.TicksPerMillisecond);
                    if (at >= stretchEnd || at >= limit)
                    {
                        break;
                    }

                    if (states[i] != initial)
                    {
                        return at;
                    }
                }

                firstDay = false;
                day = day.AddDays(1);
            }

            if (stretchEnd >= limit)
            {
                return null;
            }

            current = stretchEnd;
            if (StateAt(rules, current, context, cache).State != initial)
            {
                return current;
            }
        }

        return null;
    }
}
