using NodaTime;
using Omigjen.OpeningHours.Evaluation;
using Omigjen.OpeningHours.Parsing;
using Omigjen.OpeningHours.Syntax;

namespace Omigjen.OpeningHours;

/// <summary>A parsed OSM <c>opening_hours</c> value. Immutable and thread-safe.</summary>
public sealed partial class OpeningHoursSchedule
{
    /// <summary>Longer values are rejected so that no input can make parsing slow.</summary>
    public const int MaxLength = 4096;

    private static readonly Duration DefaultHorizon = Duration.FromDays(366);

    private OpeningHoursSchedule(IReadOnlyList<RuleSyntax> rules, string normalizedValue)
    {
        Rules = rules;
        Compiled = RuleCompiler.Compile(rules);
        Matches = new MatchCache(Compiled);
        NormalizedValue = normalizedValue;
    }

    /// <summary>A schedule made from already parsed rules (used to evaluate a subset of a value's rules).</summary>
    internal static OpeningHoursSchedule FromRules(IReadOnlyList<RuleSyntax> rules) => new(rules, Normalizer.Write(rules));

    /// <summary>The canonical OSM value.</summary>
    public string NormalizedValue { get; }

    internal IReadOnlyList<RuleSyntax> Rules { get; }

    internal CompiledRule[] Compiled { get; }

    private MatchCache Matches { get; }

    public override string ToString() => NormalizedValue;

    /// <summary>The state and comment at an instant. Does not allocate.</summary>
    public StateResult GetState(DateTimeOffset instant, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ChangeFinder.StateAt(Compiled, Instant.FromDateTimeOffset(instant), context, Matches);
    }

    /// <summary>
    /// The first instant after <paramref name="instant"/> where the state differs, or null when there is none before
    /// <paramref name="limit"/> (default: one year later). The result carries the zone's UTC offset at that instant.
    /// </summary>
    public DateTimeOffset? GetNextChange(DateTimeOffset instant, EvaluationContext context, DateTimeOffset? limit = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var start = Instant.FromDateTimeOffset(instant);
        var end = limit is { } l ? Instant.FromDateTimeOffset(l) : start + DefaultHorizon;
        var next = ChangeFinder.Next(Compiled, start, end, context, Matches);
        return next?.InZone(context.Zone).ToDateTimeOffset();
    }

    /// <summary>A contiguous cover of [from, to) with adjacent equal states merged.</summary>
    public IReadOnlyList<OpeningInterval> GetIntervals(DateTimeOffset from, DateTimeOffset to, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = new List<OpeningInterval>();
        var current = from;
        while (current < to)
        {
            var state = GetState(current, context);
            var next = GetNextChange(current, context, to) ?? to;
            result.Add(new OpeningInterval(current, next, state.State, state.Comment));
            current = next;
        }

        return result;
    }

    /// <summary>
    /// Like <see cref="GetIntervals"/>, but open and unknown times are also cut where the comment changes, as the
    /// reference implementation's interval list is: "Mo 12:00-14:00 open "a", Mo 14:00-16:00 open "b"" gives two intervals.
    /// </summary>
    public IReadOnlyList<OpeningInterval> GetCommentIntervals(DateTimeOffset from, DateTimeOffset to, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = new List<OpeningInterval>();
        foreach (var interval in GetIntervals(from, to, context))
        {
            if (interval.State == OpeningState.Closed)
            {
                result.Add(interval);
            }
            else
            {
                AddSplitByComment(result, interval, context);
            }
        }

        return result;
    }

    /// <summary>Adds [from, to), one state throughout, cut where the comment changes; candidates are the day timelines' segment starts.</summary>
    private void AddSplitByComment(List<OpeningInterval> result, OpeningInterval whole, EvaluationContext context)
    {
        var (from, to) = (whole.From, whole.To);
        var zone = context.Zone;
        int capacity = DayTimeline.Capacity(Compiled);
        var boundaries = new int[capacity];
        var starts = new int[capacity];
        var states = new OpeningState[capacity];
        var comments = new string?[capacity];
        var segmentStart = from;
        string? comment = whole.Comment;
        var day = ChangeFinder.ClockReading(Instant.FromDateTimeOffset(from), zone).Date;
        var lastDay = ChangeFinder.ClockReading(Instant.FromDateTimeOffset(to), zone).Date;
        for (; day <= lastDay; day = day.PlusDays(1))
        {
            int count = DayTimeline.Build(Compiled, day.ToDateOnly(), context, boundaries, starts, states, comments);
            for (int i = 0; i < count; i++)
            {
                var at = zone.AtLeniently(day.AtMidnight().PlusMinutes(starts[i])).ToDateTimeOffset();
                if (at <= segmentStart || at >= to)
                {
                    continue;
                }

                string? here = GetState(at, context).Comment;
                if (!string.Equals(here, comment, StringComparison.Ordinal))
                {
                    result.Add(new OpeningInterval(segmentStart, at, whole.State, comment));
                    segmentStart = at;
                    comment = here;
                }
            }
        }

        result.Add(new OpeningInterval(segmentStart, to, whole.State, comment));
    }

    public bool IsOpenAny(DateTimeOffset from, DateTimeOffset to, EvaluationContext context)
    {
        foreach (var interval in GetIntervals(from, to, context))
        {
            if (interval.State == OpeningState.Open)
            {
                return true;
            }
        }

        return false;
    }

    public bool IsOpenAll(DateTimeOffset from, DateTimeOffset to, EvaluationContext context)
    {
        var intervals = GetIntervals(from, to, context);
        return intervals.Count > 0 && intervals.All(i => i.State == OpeningState.Open);
    }
}
