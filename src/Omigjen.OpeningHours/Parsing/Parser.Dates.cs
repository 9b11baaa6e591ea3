using Omigjen.OpeningHours.Syntax;

namespace Omigjen.OpeningHours.Parsing;

internal sealed partial class Parser
{
    private static readonly int[] MaxDay = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    /// <summary>
    /// A month-day selector. A second one in the same rule is joined to the first by AND, as selectors of different
    /// kinds are ("Jan-Feb Jan 09-15": 9–15 January), except that dates after dates are more days ("Jan 01 Jan 05"),
    /// as the reference reads them.
    /// </summary>
    private void ParseMonthdayGroup(List<MonthdayRange> first, List<MonthdayRange[]> more, List<DaySyntax> days)
    {
        if (first.Count == 0)
        {
            ParseMonthdays(first, days);
            return;
        }

        int position = Current.Position;
        var group = new List<MonthdayRange>();
        ParseMonthdays(group, days);
        if (group.TrueForAll(r => r.Kind == MonthdayKind.Dates) && first.TrueForAll(r => r.Kind == MonthdayKind.Dates))
        {
            first.AddRange(group);
            warnings.Add((position, "To datovalg etter hverandre leses som «enten eller»; skill dem med komma.",
                "Two date selectors after each other are read as either one; separate them with a comma."));
            return;
        }

        more.Add([.. group]);
        warnings.Add((position, "Begge månedsvalgene må passe samtidig (snitt); skill dem med komma hvis ett av dem er nok.",
            "Both month selectors must match (intersection); separate them with a comma if either one is enough."));
    }

    /// <summary>Monthday selectors: "Jan", "Nov-Feb", "Dec 24", "Dec 24-26,31", "Dec 24-Jan 02", "2026 Dec 24", "easter -2 days", "Mar Su[-1]".</summary>
    private void ParseMonthdays(List<MonthdayRange> list, List<DaySyntax> days)
    {
        while (true)
        {
            int year = 0;
            if (IsYear(Current))
            {
                year = Current.Value;
                at++;
            }

            if (Current.Kind == TokenKind.Easter || IsNthWeekdayAhead() || IsDayAhead())
            {
                var from = ParseDatePoint(year);
                var to = ParseRangeEnd();
                if (from.Kind == DatePointKind.NthWeekday && to is null)
                {
                    // "Dec Mo[1]" is the month plus a weekday selector, so it can join other weekdays: "Dec Mo[1] Tu-Fr".
                    list.Add(new MonthdayRange(MonthdayKind.Months, year, from.Month, from.Month, default, null, 1));
                    days.Add(new DaySyntax(false, false, from.Weekday, from.Weekday, [(from.Nth, from.Nth)], from.OffsetDays));
                    if (Current.Kind == TokenKind.Comma && Peek(1).Kind is TokenKind.Weekday or TokenKind.Holiday)
                    {
                        // "Mar Su[-1],Sa": the comma continues the weekday list.
                        at++;
                        var joined = new List<DaySyntax>();
                        ParseDayList(joined, joined);
                        days.AddRange(joined);
                        return;
                    }
                }
                else if (to is null && from.Kind == DatePointKind.MonthDay && Current.Kind is TokenKind.Dash or TokenKind.Comma && IsDayNumber(Peek(1)) && !IsClockAt(at + 1))
                {
                    ParseDaysInMonth(list, from);
                }
                else
                {
                    list.Add(new MonthdayRange(MonthdayKind.Dates, year, 0, 0, from, to, 1));
                }
            }
            else
            {
                int month = Expect(TokenKind.Month, "month").Value;
                int toMonth = month;
                if (Current.Kind == TokenKind.Dash && Peek(1).Kind == TokenKind.Month)
                {
                    at++;
                    toMonth = Expect(TokenKind.Month, "month").Value;
                }

                list.Add(new MonthdayRange(MonthdayKind.Months, year, month, toMonth, default, null, 1));
            }

            bool more = Current.Kind == TokenKind.Comma
                && (Peek(1).Kind is TokenKind.Month or TokenKind.Easter || (IsYear(Peek(1)) && Peek(2).Kind is TokenKind.Month or TokenKind.Easter));
            if (!more)
            {
                return;
            }

            at++;
        }
    }

    private bool IsNthWeekdayAhead() =>
        Current.Kind == TokenKind.Month && Peek(1).Kind == TokenKind.Weekday && Peek(2).Kind == TokenKind.LBracket;

    private bool IsDayAhead() => Current.Kind == TokenKind.Month && IsDayNumber(Peek(1)) && !IsClockAt(at + 1);

    private static bool IsDayNumber(Token token) => token.Kind == TokenKind.Number && token.Digits <= 2;

    /// <summary>"Dec 24-26,31" and "Jan 01-31/2": further days of the month just parsed.</summary>
    private void ParseDaysInMonth(List<MonthdayRange> list, DatePoint first)
    {
        var current = first;
        while (true)
        {
            DatePoint? to = null;
            int period = 1;
            if (Current.Kind == TokenKind.Dash && IsDayNumber(Peek(1)) && !IsClockAt(at + 1))
            {
                at++;
                var end = Current;
                to = current with { Day = ParseDayOfMonth(current.Month) };
                if (to.Value.Day < current.Day)
                {
                    throw Invalid(end, "day", "Dagområdet går baklengs", "The day range runs backwards");
                }

                period = ParseStep();
            }

            list.Add(new MonthdayRange(MonthdayKind.Dates, current.Year, 0, 0, current, to, period));
            if (Current.Kind != TokenKind.Comma || !IsDayNumber(Peek(1)) || IsClockAt(at + 1))
            {
                return;
            }

            at++;
            current = current with { Day = ParseDayOfMonth(current.Month) };
        }
    }

    private DatePoint? ParseRangeEnd()
    {
        bool isEnd = Current.Kind == TokenKind.Dash
            && (Peek(1).Kind is TokenKind.Month or TokenKind.Easter || (IsYear(Peek(1)) && Peek(2).Kind is TokenKind.Month or TokenKind.Easter));
        if (!isEnd)
        {
            return null;
        }

        at++;
        int year = 0;
        if (IsYear(Current))
        {
            year = Current.Value;
            at++;
        }

        return ParseDatePoint(year);
    }

    private DatePoint ParseDatePoint(int year)
    {
        if (Accept(TokenKind.Easter))
        {
            return new DatePoint(year, DatePointKind.Easter, 0, 0, 0, 0, ParseDayOffset());
        }

        int month = Expect(TokenKind.Month, "month").Value;
        if (Current.Kind == TokenKind.Weekday)
        {
            int weekday = Expect(TokenKind.Weekday, "weekday").Value;
            Expect(TokenKind.LBracket, "[");
            int nth = ParseSignedSmall();
            Expect(TokenKind.RBracket, "]");
            return new DatePoint(year, DatePointKind.NthWeekday, month, 0, weekday, nth, ParseDayOffset());
        }

        if (!IsDayNumber(Current))
        {
            // "Dec-Jan 05"-like forms are not part of the syntax; a month range without days is handled by the caller.
            throw Unexpected(Current, "day of month");
        }

        return new DatePoint(year, DatePointKind.MonthDay, month, ParseDayOfMonth(month), 0, 0, 0);
    }

    private int ParseDayOfMonth(int month)
    {
        var token = Expect(TokenKind.Number, "day of month");
        if (token.Value < 1 || token.Value > MaxDay[month - 1])
        {
            throw Invalid(token, "day of month", $"Dagen finnes ikke i {Words.MonthNames[month - 1]}", $"The day does not exist in {Words.MonthNames[month - 1]}");
        }

        return token.Value;
    }
}
