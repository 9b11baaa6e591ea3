using Omigjen.OpeningHours.Syntax;

namespace Omigjen.OpeningHours.Evaluation;

/// <summary>
/// A rule ready for evaluation. A rule with times past midnight gets a second, "wrapped" rule right after it that
/// holds the after-midnight parts and matches on the day after the original rule's days.
/// </summary>
internal sealed record CompiledRule(RuleSyntax Syntax, CompiledTime[] Times, bool Wrapped, bool Resets)
{
    public OpeningState Meaning => Syntax.Meaning;

    public bool Fallback => Syntax.Separator == RuleSeparator.Fallback;

    public string? Comment => Syntax.Comment;

    public bool HasOpenEnd { get; } = Array.Exists(Times, t => t.OpenEnd);

    /// <summary>Whether a holiday selector can supply the comment (its name) when this rule matches.</summary>
    public bool UsesHolidays { get; } = Syntax.Holidays.Length > 0 || Array.Exists(Syntax.Days, d => d.IsHoliday);

    /// <summary>Sun-based times differ from day to day, so such a rule's day timeline cannot be reused.</summary>
    public bool HasVariableTimes { get; } = Array.Exists(Times, t => !t.Start.IsFixed || (!t.EndIsFixed && !t.End.IsFixed));
}
