namespace Omigjen.OpeningHours.Parsing;

/// <summary>Parts of a rule written out of order: selectors after the times, a modifier or comment before them.</summary>
internal sealed partial class Parser
{
    /// <summary>
    /// Selectors after the times that are of kinds the rule does not have yet and are followed by no times of their own
    /// (only a modifier, a comment or the end of the rule): taken into the rule. Otherwise nothing is consumed.
    /// </summary>
    private bool TryTakeTrailingSelectors()
    {
        int mark = at;
        int yearCount = years.Count, monthdayCount = monthdays.Count, moreCount = moreMonthdays.Count;
        int weekCount = weeks.Count, holidayCount = holidays.Count, dayCount = days.Count, warningCount = warnings.Count;
        bool taken = false;
        try
        {
            while (IsNewKind(Current) && TryParseSelector(Current))
            {
                taken = true;
            }
        }
        catch (ParseFailure)
        {
            taken = false;
        }

        bool endsRule = Current.Kind is TokenKind.Modifier or TokenKind.Comment or TokenKind.End or TokenKind.Semicolon or TokenKind.Fallback
            || (Current.Kind == TokenKind.Comma && !IsTimeStart(at + 1));
        if (taken && endsRule)
        {
            return true;
        }

        at = mark;
        years.RemoveRange(yearCount, years.Count - yearCount);
        monthdays.RemoveRange(monthdayCount, monthdays.Count - monthdayCount);
        moreMonthdays.RemoveRange(moreCount, moreMonthdays.Count - moreCount);
        weeks.RemoveRange(weekCount, weeks.Count - weekCount);
        holidays.RemoveRange(holidayCount, holidays.Count - holidayCount);
        days.RemoveRange(dayCount, days.Count - dayCount);
        warnings.RemoveRange(warningCount, warnings.Count - warningCount);
        return false;
    }

    /// <summary>Whether the token starts a selector of a kind the rule has none of yet (weekdays and holidays are one kind).</summary>
    private bool IsNewKind(Token token) => token.Kind switch
    {
        TokenKind.Number => IsYear(token) && !IsTimeStart(at)
            && (Peek(1).Kind is TokenKind.Month or TokenKind.Easter ? monthdays.Count == 0 : years.Count == 0),
        TokenKind.Month or TokenKind.Easter => monthdays.Count == 0,
        TokenKind.Week => weeks.Count == 0,
        TokenKind.Weekday or TokenKind.Holiday => days.Count + holidays.Count == 0,
        _ => false,
    };

    /// <summary>
    /// After a modifier or comment: the times of a rule that has none yet, or the selectors of a rule that began with
    /// the modifier or comment. Anything else after them starts a new rule.
    /// </summary>
    private bool IsMovedAhead(Token token)
    {
        if (times.Count > 0)
        {
            return false;
        }

        if (IsTimeStart(at))
        {
            return true;
        }

        bool anySelector = years.Count + monthdays.Count + weeks.Count + holidays.Count + days.Count > 0;
        return !anySelector && token.Kind switch
        {
            TokenKind.Weekday or TokenKind.Holiday or TokenKind.Month or TokenKind.Easter or TokenKind.Week => true,
            TokenKind.Number => IsYear(token),
            _ => false,
        };
    }
}
