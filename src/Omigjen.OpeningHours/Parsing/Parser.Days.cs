using Omigjen.OpeningHours.Syntax;

namespace Omigjen.OpeningHours.Parsing;

internal sealed partial class Parser
{
    /// <summary>
    /// A comma list of weekdays and holidays ("Mo-Fr,PH"). A list that holds only holidays becomes its own selector
    /// group, so "PH Mo-Fr" means holidays that are also Monday to Friday, while "Mo-Fr,PH" means either.
    /// </summary>
    private void ParseDayList(List<DaySyntax> days, List<DaySyntax> holidays)
    {
        var items = new List<DaySyntax>();
        while (true)
        {
            items.Add(Current.Kind == TokenKind.Holiday ? ParseHoliday() : ParseWeekday());
            if (Current.Kind == TokenKind.Comma && Peek(1).Kind is TokenKind.Weekday or TokenKind.Holiday)
            {
                at++;
                continue;
            }

            break;
        }

        // As in the reference implementation, a lone holiday forms its own group (AND with weekdays), while
        // weekday lists, and holidays joined to them by commas, all land in one OR group ("Dec Mo[1] Tu-Fr").
        if (items.Count == 1 && items[0].IsHoliday)
        {
            holidays.Add(items[0]);
        }
        else
        {
            days.AddRange(items);
        }
    }

    private DaySyntax ParseHoliday()
    {
        var token = Expect(TokenKind.Holiday, "PH or SH");
        int offset = ParseDayOffset();
        if (Math.Abs(offset) > 1)
        {
            throw Invalid(tokens[at - 2], "+1 day or -1 day", "Bare én dag før eller etter en helligdag støttes", "Only one day before or after a holiday is supported");
        }

        return DaySyntax.Holiday(token.Value == 1, offset);
    }

    private DaySyntax ParseWeekday()
    {
        var from = Expect(TokenKind.Weekday, "weekday");
        int to = from.Value;
        if (Current.Kind == TokenKind.Dash && Peek(1).Kind == TokenKind.Weekday)
        {
            at++;
            to = Expect(TokenKind.Weekday, "weekday").Value;
        }

        if (!Accept(TokenKind.LBracket))
        {
            return DaySyntax.Weekdays(from.Value, to);
        }

        if (to != from.Value)
        {
            throw Invalid(from, "weekday", "[n] kan bare stå etter én ukedag", "[n] can only follow a single weekday");
        }

        var nth = new List<(int, int)>();
        do
        {
            int a = ParseSignedSmall();
            int b = a;
            if (Accept(TokenKind.Dash))
            {
                b = ParseSignedSmall();
                if (b < a || (a < 0) != (b < 0))
                {
                    throw Invalid(tokens[at - 1], "n", "Ugyldig område i [n]", "Invalid range in [n]");
                }
            }

            nth.Add((a, b));
        }
        while (Accept(TokenKind.Comma));

        Expect(TokenKind.RBracket, "]");
        return new DaySyntax(false, false, from.Value, from.Value, [.. nth], ParseDayOffset());
    }

    /// <summary>An nth number within a month: 1..5 or -1..-5.</summary>
    private int ParseSignedSmall()
    {
        bool negative = Accept(TokenKind.Dash);
        var token = Expect(TokenKind.Number, "1-5 or -1 to -5");
        if (token.Value is < 1 or > 5)
        {
            throw Invalid(token, "1-5", "Tallet må være mellom 1 og 5", "The number must be between 1 and 5");
        }

        return negative ? -token.Value : token.Value;
    }

    /// <summary>An optional "+2 days" / "-1 day" after a holiday, an nth weekday or easter.</summary>
    private int ParseDayOffset()
    {
        if (Current.Kind is not (TokenKind.Plus or TokenKind.Dash) || Peek(1).Kind != TokenKind.Number || Peek(2).Kind != TokenKind.Day)
        {
            return 0;
        }

        bool negative = Current.Kind == TokenKind.Dash;
        at++;
        var number = Expect(TokenKind.Number, "number of days");
        at++;
        if (number.Value > 366)
        {
            throw Invalid(number, "days", "For mange dager", "Too many days");
        }

        return negative ? -number.Value : number.Value;
    }

    private void ParseYears(List<YearRange> years)
    {
        do
        {
            var from = Expect(TokenKind.Number, "year");
            if (!IsYear(from))
            {
                throw Invalid(from, "year", "Ugyldig årstall", "Invalid year");
            }

            int to = from.Value;
            int step = 1;
            if (Accept(TokenKind.Plus))
            {
                to = int.MaxValue;
            }
            else if (Current.Kind == TokenKind.Slash)
            {
                // "2008/4": every fourth year from 2008 on, as the reference reads it.
                to = int.MaxValue;
                step = ParseStep();
            }
            else if (Current.Kind == TokenKind.Dash && IsYear(Peek(1)))
            {
                at++;
                to = Expect(TokenKind.Number, "year").Value;
                if (to < from.Value)
                {
                    throw Invalid(tokens[at - 1], "year", "Årsområdet går baklengs", "The year range runs backwards");
                }

                step = ParseStep();
            }

            years.Add(new YearRange(from.Value, to, step));
        }
        // "2013,2015 Jan 01": a year after the comma stays in the list even when a date follows it, as the reference reads it.
        while (Current.Kind == TokenKind.Comma && IsYear(Peek(1)) && at++ >= 0);
    }

    private void ParseWeeks(List<WeekRange> weeks)
    {
        Expect(TokenKind.Week, "week");
        do
        {
            var from = Expect(TokenKind.Number, "week number");
            int to = from.Value;
            int step = 1;
            if (Current.Kind == TokenKind.Dash && Peek(1).Kind == TokenKind.Number)
            {
                at++;
                var end = Expect(TokenKind.Number, "week number");
                to = end.Value;
                if (to < from.Value)
                {
                    throw Invalid(end, "week number", "Ukeområdet går baklengs; over nyttår skrives det for eksempel «week 40-53,01-30»",
                        "The week range runs backwards; across New Year write for example \"week 40-53,01-30\"");
                }

                var stepToken = Peek(1);
                step = ParseStep();
                if (step > 26)
                {
                    throw Invalid(stepToken, "period up to 26", "En ukeperiode over 26 treffer bare én uke i året; skriv den ene uken, for eksempel «week 30»",
                        "A week period above 26 matches only one week a year; write that week, for example \"week 30\"");
                }
            }

            if (from.Value is < 1 or > 53 || to is < 1 or > 53)
            {
                throw Invalid(from, "01-53", "Ukenummer må være 1–53", "Week numbers must be 1-53");
            }

            weeks.Add(new WeekRange(from.Value, to, step));
        }
        while (Current.Kind == TokenKind.Comma && NextWeekAfterComma());
    }

    /// <summary>"week 01,03" and "week 01,week 03": moves past the comma (and a repeated "week") when a week number follows.</summary>
    private bool NextWeekAfterComma()
    {
        int skip = Peek(1).Kind == TokenKind.Week ? 2 : 1;
        if (Peek(skip).Kind != TokenKind.Number || IsClockAt(at + skip))
        {
            return false;
        }

        at += skip;
        return true;
    }

    private int ParseStep()
    {
        if (!Accept(TokenKind.Slash))
        {
            return 1;
        }

        var step = Expect(TokenKind.Number, "period");
        if (step.Value is < 1 or > 1000)
        {
            throw Invalid(step, "period", "Ugyldig periode", "Invalid period");
        }

        return step.Value;
    }
}
