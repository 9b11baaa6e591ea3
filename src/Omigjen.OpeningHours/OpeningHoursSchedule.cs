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
