using Omigjen.OpeningHours.Syntax;

namespace Omigjen.OpeningHours.Parsing;

internal sealed partial class Parser
{
    private const int MinutesPerDay = 24 * 60;
    private const int MaxOpenEndStart = 40 * 60;

    private bool IsTimeStart(int index)
    {
        var token = tokens[index];
        var next = TokenAt(index + 1);
        return token.Kind switch
        {
            TokenKind.Variable => true,
            TokenKind.LParen => next.Kind == TokenKind.Variable,
            TokenKind.Number => IsClockAt(index)
                || (!IsYear(token) && next.Kind == TokenKind.Dash && TokenAt(index + 2).Kind == TokenKind.Number),
            _ => false,
        };
    }

    /// <summary>
    /// "hh:mm" followed by "-" or "+", i.e. the start of a time range. This tells "Jan 10:00-12:00" (a month and a
    /// time) from "Mar 25: 08:00-16:30" (a date, the readability colon, then a time).
    /// </summary>
    private bool IsClockAt(int index) =>
        TokenAt(index).Kind == TokenKind.Number && TokenAt(index + 1).Kind == TokenKind.Colon
        && TokenAt(index + 2).Kind == TokenKind.Number && TokenAt(index + 3).Kind is TokenKind.Dash or TokenKind.Plus;

    private Token TokenAt(int index) => tokens[Math.Min(index, tokens.Count - 1)];

    private void ParseTimes(List<TimeSpanSyntax> times)
    {
        while (true)
        {
            times.Add(ParseTimeSpan());
            if (Current.Kind == TokenKind.Comma && IsTimeStart(at + 1))
            {
                at++;
                continue;
            }

            return;
        }
    }

    private TimeSpanSyntax ParseTimeSpan()
    {
        var startToken = Current;
        var start = ParseTimePoint();
        if (start.IsFixed && start.Minutes >= MinutesPerDay)
        {
            throw Invalid(startToken, "00:00-23:59", "Starttiden må være før midnatt", "The start time must be before midnight");
        }

        if (Accept(TokenKind.Plus))
        {
            return new TimeSpanSyntax(start, null, true);
        }

        if (!Accept(TokenKind.Dash))
        {
            throw Unexpected(Current, "\"-\" or \"+\" after a time");
        }

        var endToken = Current;
        var end = ParseTimePoint();
        if (end.IsFixed && end.Minutes > 2 * MinutesPerDay)
        {
            throw Invalid(endToken, "time up to 48:00", "Sluttiden kan ikke være etter 48:00", "The end time cannot be after 48:00");
        }

        var plus = Current;
        bool openEnd = Accept(TokenKind.Plus);
        if (openEnd && end.IsFixed && end.Minutes > MaxOpenEndStart)
        {
            // Its guessed end would lie past the second midnight, which the reference rejects too.
            throw Invalid(plus, "open end after a range ending by 40:00", "Et åpent slutt («+») etter 40:00 ville vare forbi den andre midnatten",
                "An open end (\"+\") after 40:00 would last past the second midnight");
        }

        return new TimeSpanSyntax(start, end, openEnd);
    }

    private TimePoint ParseTimePoint()
    {
        var token = Current;
        if (Accept(TokenKind.Variable))
        {
            return new TimePoint((TimeVariable)token.Value, 0);
        }

        if (Accept(TokenKind.LParen))
        {
            var variable = (TimeVariable)Expect(TokenKind.Variable, "sunrise, sunset, dawn or dusk").Value;
            bool negative = Current.Kind == TokenKind.Dash;
            if (!Accept(TokenKind.Plus) && !Accept(TokenKind.Dash))
            {
                throw Unexpected(Current, "\"+\" or \"-\"");
            }

            int offset = ParseClock(requireMinutes: true);
            Expect(TokenKind.RParen, ")");
            return new TimePoint(variable, negative ? -offset : offset);
        }

        return new TimePoint(TimeVariable.None, ParseClock(requireMinutes: false));
    }

    private int ParseClock(bool requireMinutes)
    {
        var hours = Expect(TokenKind.Number, "time (hh:mm)");
        if (hours.Value > 48)
        {
            throw Invalid(hours, "hh:mm", "Ugyldig time", "Invalid hour");
        }

        if (!Accept(TokenKind.Colon))
        {
            if (requireMinutes)
            {
                throw Unexpected(Current, "\":\" and minutes");
            }

            warnings.Add((hours.Position, "Skriv tider som tt:mm, for eksempel 10:00.", "Write times as hh:mm, for example 10:00."));
            return hours.Value * 60;
        }

        var minutes = Expect(TokenKind.Number, "minutes");
        if (minutes.Value > 59)
        {
            throw Invalid(minutes, "00-59", "Minuttene må være 00–59", "Minutes must be 00-59");
        }

        if (hours.Digits != 2 || minutes.Digits != 2)
        {
            warnings.Add((hours.Position, "Skriv tider med to sifre, for eksempel 09:00.", "Write times with two digits, for example 09:00."));
        }

        return (hours.Value * 60) + minutes.Value;
    }
}
