using Omigjen.OpeningHours.Syntax;

namespace Omigjen.OpeningHours;

/// <summary>
/// The regular week of a schedule: the rules that select only by weekday, evaluated on a week without holidays.
/// Rules with dates, months, weeks or years are reported as exceptions rather than described.
/// </summary>
internal sealed class WeeklyPattern
{
    private static readonly DateOnly ReferenceMonday = new(2024, 1, 8);
    private static readonly EvaluationContext PlainContext = new("Europe/Oslo", null, null, new NoHolidays(), null);

    private readonly List<LocalTimeRange>[] days;

    private WeeklyPattern(List<LocalTimeRange>[] days, bool alwaysOpen, bool closedOnPublicHolidays, List<RuleSyntax> exceptions, bool usesSunTimes)
    {
        this.days = days;
        AlwaysOpen = alwaysOpen;
        ClosedOnPublicHolidays = closedOnPublicHolidays;
        Exceptions = exceptions;
        UsesSunTimes = usesSunTimes;
    }

    /// <summary>Rules the weekly pattern does not show (dates, months, holidays with hours, ...).</summary>
    public IReadOnlyList<RuleSyntax> Exceptions { get; }

    /// <summary>Whether a weekly rule uses sunrise, sunset, dawn or dusk, which the pattern cannot show as clock times.</summary>
    public bool UsesSunTimes { get; }

    public bool AlwaysOpen { get; }

    public bool ClosedOnPublicHolidays { get; }

    public bool HasExceptions => Exceptions.Count > 0;

    public static WeeklyPattern Of(OpeningHoursSchedule schedule)
    {
        var weekly = new List<RuleSyntax>();
        bool holidaysClosed = false;
        var exceptions = new List<RuleSyntax>();
        foreach (var rule in schedule.Rules)
        {
            bool plainWeekdays = rule.Years.Length + rule.Monthdays.Length + rule.Weeks.Length == 0
                && Array.TrueForAll(rule.Days, d => !d.IsHoliday && d.Nth.Length == 0);
            if (rule.Holidays.Length > 0 || Array.Exists(rule.Days, d => d.IsHoliday))
            {
                bool closes = rule.Meaning == OpeningState.Closed && rule.Times.Length == 0 && !rule.Is247;
                holidaysClosed |= closes && Array.Exists(rule.Holidays.Concat(rule.Days).ToArray(), d => d.IsHoliday && !d.IsSchoolHoliday && d.OffsetDays == 0);
                if (!closes)
                {
                    exceptions.Add(rule);
                }

                if (rule.Holidays.Length == 0 && plainWeekdays)
                {
                    weekly.Add(rule with { Days = Array.FindAll(rule.Days, d => !d.IsHoliday) });
                }
            }
            else if (plainWeekdays)
            {
                weekly.Add(rule);
            }
            else
            {
                exceptions.Add(rule);
            }
        }

        var days = new List<LocalTimeRange>[7];
        bool alwaysOpen = weekly.Count > 0;
        if (weekly.Count > 0)
        {
            var week = OpeningHoursSchedule.FromRules(weekly).GetWeek(ReferenceMonday, PlainContext);
            for (int i = 0; i < 7; i++)
            {
                days[i] = [.. week.Days[i].Open];
                alwaysOpen &= days[i].Count == 1 && days[i][0].Start == TimeOnly.MinValue && days[i][0].EndsNextDay
                    && days[i][0].End == TimeOnly.MinValue && days[i][0].State == OpeningState.Open;
            }
        }
        else
        {
            for (int i = 0; i < 7; i++)
            {
                days[i] = [];
            }
        }

        bool usesSunTimes = weekly.Exists(r => Array.Exists(r.Times, t => !t.Start.IsFixed || t.End is { IsFixed: false }));
        return new WeeklyPattern(days, alwaysOpen && exceptions.Count == 0 && !holidaysClosed, holidaysClosed, exceptions, usesSunTimes);
    }

    /// <summary>Runs of consecutive days with equal hours: "man–fre 10–17", "lør 10–15".</summary>
    public List<string> Groups(Language language)
    {
        var groups = new List<string>();
        int start = 0;
        while (start < 7)
        {
            int end = start;
            while (end + 1 < 7 && SameHours(days[start], days[end + 1]))
            {
                end++;
            }

            if (days[start].Count > 0)
            {
                string dayText = TextWords.ShortDay(start, language) + (end > start ? "–" + TextWords.ShortDay(end, language) : string.Empty);
                groups.Add(dayText + " " + Hours(days[start], language));
            }

            start = end + 1;
        }

        return groups;
    }

    private static bool SameHours(List<LocalTimeRange> a, List<LocalTimeRange> b) => a.SequenceEqual(b);

    private static string Hours(List<LocalTimeRange> ranges, Language language)
    {
        var parts = ranges.Select(r =>
        {
            string from = TextWords.ShortClock((r.Start.Hour * 60) + r.Start.Minute, language);
            if (r.State == OpeningState.Unknown && r.Comment is null or Evaluation.RuleEngine.OpenEndComment)
            {
                return TextWords.OpenEndFrom(from, language);
            }

            int endMinutes = (r.End.Hour * 60) + r.End.Minute;
            if (r.EndsNextDay && endMinutes == 0)
            {
                endMinutes = 24 * 60;
            }

            return from + "–" + TextWords.ShortClock(endMinutes, language);
        });
        return string.Join(language == Language.Nb ? " og " : " and ", parts);
    }

    private sealed class NoHolidays : IHolidayCalendar
    {
        public bool TryGetHoliday(DateOnly date, out Holiday holiday)
        {
            holiday = null!;
            return false;
        }
    }
}
