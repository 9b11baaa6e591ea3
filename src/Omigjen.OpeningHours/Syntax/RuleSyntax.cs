namespace Omigjen.OpeningHours.Syntax;

internal enum RuleSeparator : byte
{
    /// <summary><c>;</c> (or the first rule): overrides earlier rules on the days it matches.</summary>
    Normal,

    /// <summary><c>,</c>: adds to earlier rules without overriding them.</summary>
    Additional,

    /// <summary><c>||</c>: applies only where earlier rules leave the value closed.</summary>
    Fallback,
}

internal enum Modifier : byte
{
    None,
    Open,
    Closed,
    Off,
    Unknown,
}

/// <summary>
/// One parsed rule. Days holds weekdays and holidays joined by commas (OR); Holidays a separate holiday group (AND).
/// MoreMonthdays holds further month-day selectors written after the first (<c>Jan-Feb Jan 09-15</c>): selectors of
/// a rule are joined by AND, so each group must match as well as <see cref="Monthdays"/>.
/// </summary>
internal sealed record RuleSyntax(
    RuleSeparator Separator,
    YearRange[] Years,
    MonthdayRange[] Monthdays,
    MonthdayRange[][] MoreMonthdays,
    WeekRange[] Weeks,
    DaySyntax[] Holidays,
    DaySyntax[] Days,
    TimeSpanSyntax[] Times,
    bool Is247,
    Modifier Modifier,
    string? Comment,
    bool CommentFirst = false)
{
    public bool HasDateSelectors => Years.Length + Monthdays.Length + Weeks.Length + Holidays.Length + Days.Length > 0;

    /// <summary>
    /// A comment without a modifier makes the rule unknown, as in the reference implementation; so does a comment
    /// followed by "off" (<c>PH "note" off</c>), where the later keyword only clears "open".
    /// </summary>
    public OpeningState Meaning => CommentFirst ? (Modifier == Modifier.Open ? OpeningState.Open : OpeningState.Unknown) : Modifier switch
    {
        Modifier.Closed or Modifier.Off => OpeningState.Closed,
        Modifier.Unknown => OpeningState.Unknown,
        Modifier.Open => OpeningState.Open,
        _ => Comment is null ? OpeningState.Open : OpeningState.Unknown,
    };
}
