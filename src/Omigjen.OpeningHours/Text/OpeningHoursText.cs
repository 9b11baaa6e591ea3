namespace Omigjen.OpeningHours;

/// <summary>Short human texts for a schedule, in bokmål or English.</summary>
public static class OpeningHoursText
{
    /// <summary>The weekly pattern, e.g. "Man–fre 10–17, lør 10–15. Stengt på helligdager."</summary>
    public static string Describe(OpeningHoursSchedule schedule, Language language)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var pattern = WeeklyPattern.Of(schedule);
        if (pattern.UsesSunTimes && RuleByRule(schedule.Rules, language) is { } sunText)
        {
            return sunText;
        }

        if (pattern.AlwaysOpen)
        {
            return language == Language.Nb ? "Åpent hele døgnet." : "Open 24/7.";
        }

        var groups = pattern.Groups(language);
        string text = groups.Count == 0
            ? (language == Language.Nb ? "Stengt" : "Closed")
            : string.Join(", ", groups);
        text = TextWords.Capitalize(text) + ".";
        if (pattern.ClosedOnPublicHolidays)
        {
            text += language == Language.Nb ? " Stengt på helligdager." : " Closed on public holidays.";
        }

        if (pattern.HasExceptions)
        {
            text += " " + (RuleByRule(pattern.Exceptions, language)
                ?? (language == Language.Nb ? "Avvikende tider enkelte dager." : "Different hours on some days."));
        }

        return text;
    }

    /// <summary>Each rule as its own sentence, or null when one of them cannot be put in words.</summary>
    private static string? RuleByRule(IReadOnlyList<Syntax.RuleSyntax> rules, Language language)
    {
        var sentences = new List<string>(rules.Count);
        foreach (var rule in rules)
        {
            if (RuleText.TryDescribe(rule, language) is not { } text)
            {
                return null;
            }

            sentences.Add(TextWords.Capitalize(text) + ".");
        }

        return sentences.Count == 0 ? null : string.Join(" ", sentences);
    }

    /// <summary>
    /// The state now and the next change, e.g. "Åpent nå, stenger kl. 17", "Stengt nå, åpner i morgen kl. 10",
    /// "Open now, closes at 17:00", "Closed now, opens Friday at 10:00", "Åpent hele døgnet".
    /// </summary>
    public static string DescribeStatus(OpeningHoursSchedule schedule, DateTimeOffset now, EvaluationContext context, Language language)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(context);
        bool nb = language == Language.Nb;
        var state = schedule.GetState(now, context);
        var next = schedule.GetNextChange(now, context);
        switch (state.State)
        {
            case OpeningState.Open when next is null:
                return nb ? "Åpent hele døgnet" : "Open 24 hours";
            case OpeningState.Open:
                return (nb ? "Åpent nå, stenger " : "Open now, closes ") + When(now, next.Value, context, language, sayToday: false);
            case OpeningState.Unknown:
                string unknown = nb ? "Åpningstid usikker nå" : "Opening hours uncertain now";
                return state.Comment is null ? unknown : $"{unknown} ({state.Comment})";
        }

        var opens = NextOpening(schedule, now, next, context);
        if (opens is null)
        {
            return nb ? "Stengt" : "Closed";
        }

        return (nb ? "Stengt nå, åpner " : "Closed now, opens ") + When(now, opens.Value, context, language, sayToday: true);
    }

    private static DateTimeOffset? NextOpening(OpeningHoursSchedule schedule, DateTimeOffset now, DateTimeOffset? next, EvaluationContext context)
    {
        // Skip stretches of unknown state; a few hops are enough for any realistic value.
        for (int hop = 0; hop < 16 && next is { } candidate; hop++)
        {
            if (schedule.GetState(candidate, context).State == OpeningState.Open)
            {
                return candidate;
            }

            next = schedule.GetNextChange(candidate, context, now.AddDays(366));
        }

        return null;
    }

    /// <summary>"kl. 17" today, "i morgen kl. 10", "fredag kl. 10" within a week, otherwise a date.</summary>
    private static string When(DateTimeOffset now, DateTimeOffset at, EvaluationContext context, Language language, bool sayToday)
    {
        bool nb = language == Language.Nb;
        var today = LocalDate(now, context);
        var day = LocalDate(at, context);
        var time = TimeOnly.FromTimeSpan(at.TimeOfDay);
        string clock = TextWords.StatusClock(time, language);
        int days = day.DayNumber - today.DayNumber;
        string dayText = days switch
        {
            0 when !sayToday => string.Empty,
            0 => nb ? "i dag " : "today ",
            1 => nb ? "i morgen " : "tomorrow ",
            < 7 => TextWords.LongDay(((int)day.DayOfWeek + 6) % 7, language) + " ",
            _ => TextWords.Date(day, language) + " ",
        };
        return dayText + clock;
    }

    private static DateOnly LocalDate(DateTimeOffset instant, EvaluationContext context) =>
        NodaTime.Instant.FromDateTimeOffset(instant).InZone(context.Zone).Date.ToDateOnly();
}
