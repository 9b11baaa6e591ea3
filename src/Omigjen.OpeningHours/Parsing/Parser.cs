using Omigjen.OpeningHours.Syntax;

namespace Omigjen.OpeningHours.Parsing;

/// <summary>Recursive-descent parser over the token list; selectors are accepted in any order within a rule.</summary>
internal sealed partial class Parser(List<Token> tokens, List<(int Position, string Nb, string En)> warnings)
{
    private readonly List<YearRange> years = [];
    private readonly List<MonthdayRange> monthdays = [];
    private readonly List<MonthdayRange[]> moreMonthdays = [];
    private readonly List<WeekRange> weeks = [];
    private readonly List<DaySyntax> holidays = [];
    private readonly List<DaySyntax> days = [];
    private readonly List<TimeSpanSyntax> times = [];
    private int at;

    private Token Current => tokens[at];

    public List<RuleSyntax> ParseRules()
    {
        var rules = new List<RuleSyntax>();
        var starts = new List<int>();
        var separator = RuleSeparator.Normal;
        while (true)
        {
            int position = Current.Position;
            var rule = ParseRule(separator);
            if (rule is not null)
            {
                rules.Add(rule);
                starts.Add(position);
            }

            var token = Current;
            switch (token.Kind)
            {
                case TokenKind.End:
                    if (rules.Count == 0)
                    {
                        throw ParseFailure.At(token.Position, "rule", "Verdien inneholder ingen regler.", "The value contains no rules.");
                    }

                    CheckOverrides(rules, starts);
                    return rules;
                case TokenKind.Semicolon: separator = RuleSeparator.Normal; break;
                case TokenKind.Fallback: separator = RuleSeparator.Fallback; break;
                case TokenKind.Comma: separator = RuleSeparator.Additional; break;
                default:
                    // A new selector right after a complete rule: the writer most likely forgot "; ".
                    warnings.Add((token.Position, "Skill regler med «; ».", "Separate rules with \"; \"."));
                    separator = RuleSeparator.Normal;
                    continue;
            }

            at++;
        }
    }

    private RuleSyntax? ParseRule(RuleSeparator separator)
    {
        int start = at;
        // Lists are reused across rules of one value; ParseRules runs once per Parse call.
        var years = this.years;
        var monthdays = this.monthdays;
        var moreMonthdays = this.moreMonthdays;
        var weeks = this.weeks;
        var holidays = this.holidays;
        var days = this.days;
        var times = this.times;
        years.Clear();
        monthdays.Clear();
        moreMonthdays.Clear();
        weeks.Clear();
        holidays.Clear();
        days.Clear();
        times.Clear();
        bool is247 = false;
        var modifier = Modifier.None;
        string? comment = null;
        bool commentFirst = false;
        bool reordered = false;

        while (true)
        {
            var token = Current;
            if ((modifier != Modifier.None || comment is not null) && !reordered && IsMovedAhead(token))
            {
                // "We "call us" 10:00-16:00", "off 14:00-16:00", ""call us" We 10:00-16:00": the modifier or comment
                // stood before the rest of its rule; it is read at its place at the end, as the reference does.
                warnings.Add((token.Position, "Tilstand og kommentar står sist i regelen; rekkefølgen er rettet.", "The state and comment belong at the end of the rule; the order was corrected."));
                reordered = true;
            }

            if ((modifier != Modifier.None || comment is not null) && !reordered)
            {
                // Only a comment may follow the modifier, and only a modifier the comment.
                if (token.Kind == TokenKind.Comment && comment is null)
                {
                    comment = token.Text;
                    at++;
                    continue;
                }

                if (token.Kind == TokenKind.Modifier && modifier == Modifier.None)
                {
                    modifier = (Modifier)token.Value;
                    commentFirst = true;
                    at++;
                    continue;
                }

                break;
            }

            if (times.Count > 0 || is247)
            {
                // After times only the modifier, a comment or more times may follow. Selectors of kinds the rule does
                // not have yet that end the rule ("10:00-16:00 We open") belong to it, as the reference reads them;
                // anything else ("Mo-Fr 10:00-18:00 Sa 10:00-14:00") starts a new rule.
                if (token.Kind is not (TokenKind.Modifier or TokenKind.Comment) && !IsTimeStart(at))
                {
                    if (TryTakeTrailingSelectors())
                    {
                        warnings.Add((token.Position, "Valg av dager og datoer står før tidene; rekkefølgen er rettet.", "Day and date selectors belong before the times; the order was corrected."));
                        continue;
                    }

                    break;
                }
            }

            if (TryParseSelector(token))
            {
                continue;
            }

            switch (token.Kind)
            {
                case TokenKind.TwentyFourSeven:
                    is247 = true;
                    at++;
                    break;
                case TokenKind.Colon when at > start:
                    // The optional ':' after wide-range selectors ("Dec 24: 10:00-12:00") is only for readability.
                    at++;
                    break;
                case TokenKind.Modifier:
                    modifier = (Modifier)token.Value;
                    at++;
                    break;
                case TokenKind.Comment:
                    comment = token.Text;
                    at++;
                    break;
                case TokenKind.End or TokenKind.Semicolon or TokenKind.Fallback:
                    goto done;
                case TokenKind.Comma when at > start && times.Count == 0 && !is247 && modifier == Modifier.None && comment is null:
                    // "We, Aug Mo", "2012, Jan": a comma joins selectors of one kind; a rule of selectors alone cannot end here.
                    throw Invalid(token, "selector of the same kind",
                        "Komma skiller bare valg av samme slag (Mo,We eller Jan,Mar); bruk mellomrom når begge skal gjelde, eller «;» mellom regler",
                        "A comma only joins selectors of the same kind (Mo,We or Jan,Mar); use a space when both apply, or \";\" between rules");
                case TokenKind.Comma when at > start:
                    goto done;
                default:
                    // A clock without "-" still goes to the time parser so the error points at the missing end.
                    if (IsTimeStart(at) || (token.Kind == TokenKind.Number && Peek(1).Kind == TokenKind.Colon))
                    {
                        ParseTimes(times);
                        break;
                    }

                    throw Unexpected(token, "selector, time, modifier or comment");
            }
        }

    done:
        if (at == start)
        {
            if (Current.Kind is TokenKind.Semicolon or TokenKind.End && start > 0)
            {
                warnings.Add((Current.Position, "Tom regel fjernet.", "Empty rule removed."));
                return null;
            }

            throw Unexpected(Current, "rule");
        }

        return new RuleSyntax(separator, years.ToArray(), monthdays.ToArray(), moreMonthdays.ToArray(), weeks.ToArray(), holidays.ToArray(), days.ToArray(), times.ToArray(), is247, modifier, comment, commentFirst);
    }

    /// <summary>A year, month-day, week or day selector at the current token, parsed into the rule's lists.</summary>
    private bool TryParseSelector(Token token)
    {
        switch (token.Kind)
        {
            case TokenKind.Number when IsYear(token) && !IsTimeStart(at):
                if (Peek(1).Kind is TokenKind.Month or TokenKind.Easter)
                {
                    ParseMonthdayGroup(monthdays, moreMonthdays, days);
                }
                else
                {
                    ParseYears(years);
                }

                return true;
            case TokenKind.Month or TokenKind.Easter:
                ParseMonthdayGroup(monthdays, moreMonthdays, days);
                return true;
            case TokenKind.Week:
                ParseWeeks(weeks);
                return true;
            case TokenKind.Weekday or TokenKind.Holiday:
                ParseDayList(days, holidays);
                return true;
            default:
                return false;
        }
    }

    private Token Peek(int offset) => tokens[Math.Min(at + offset, tokens.Count - 1)];

    private static bool IsYear(Token token) => token.Kind == TokenKind.Number && token.Digits == 4 && token.Value >= 1900;

    private bool Accept(TokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }

        at++;
        return true;
    }

    private Token Expect(TokenKind kind, string expected)
    {
        var token = Current;
        if (token.Kind != kind)
        {
            throw Unexpected(token, expected);
        }

        at++;
        return token;
    }

    private static ParseFailure Unexpected(Token token, string expected)
    {
        string found = token.Kind == TokenKind.End ? "end of value" : token.Kind.ToString();
        string foundNb = token.Kind == TokenKind.End ? "slutten av verdien" : token.Kind.ToString();
        return ParseFailure.At(token.Position, expected,
            $"Forventet {expected} ved posisjon {token.Position}, fant {foundNb}.",
            $"Expected {expected} at position {token.Position}, found {found}.");
    }

    private static ParseFailure Invalid(Token token, string expected, string nb, string en) =>
        ParseFailure.At(token.Position, expected, $"{nb} (posisjon {token.Position})", $"{en} (position {token.Position})");
}
