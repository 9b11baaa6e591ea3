using System.Globalization;
using Omigjen.OpeningHours.Evaluation;

namespace Omigjen.OpeningHours;

public sealed partial class OpeningHoursSchedule
{
    private const int MinutesPerDay = 24 * 60;

    /// <summary>Monday to Sunday of the ISO week containing <paramref name="anyDayInWeek"/>, in local time.</summary>
    public WeekSchedule GetWeek(DateOnly anyDayInWeek, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var monday = anyDayInWeek.AddDays(-DateMatcher.MondayBased(anyDayInWeek));
        var timelines = new DayRanges[9];
        for (int i = 0; i < timelines.Length; i++)
        {
            timelines[i] = DayRangesOf(monday.AddDays(i - 1), context);
        }

        var days = new DaySchedule[7];
        for (int i = 0; i < 7; i++)
        {
            var date = monday.AddDays(i);
            var ranges = JoinOverMidnight(timelines[i], timelines[i + 1], timelines[i + 2]);
            context.PublicHolidays.TryGetHoliday(date, out var holiday);
            string? comment = timelines[i + 1].Comments.FirstOrDefault(c => c is not null);
            days[i] = new DaySchedule(date, ranges, holiday?.NameNb, holiday?.NameEn, comment);
        }

        return new WeekSchedule(days);
    }

    /// <summary>One day's segments as (start, end, state, comment), ends in minutes up to 1440.</summary>
    private sealed record DayRanges(int[] Starts, int[] Ends, OpeningState[] States, string?[] Comments);

    private DayRanges DayRangesOf(DateOnly day, EvaluationContext context)
    {
        int capacity = DayTimeline.Capacity(Compiled);
        var boundaries = new int[capacity];
        var starts = new int[capacity];
        var states = new OpeningState[capacity];
        var comments = new string?[capacity];
        int count = DayTimeline.Build(Compiled, day, context, boundaries, starts, states, comments);
        var ends = new int[count];
        for (int i = 0; i < count; i++)
        {
            ends[i] = i + 1 < count ? starts[i + 1] : MinutesPerDay;
        }

        return new DayRanges(starts[..count], ends, states[..count], comments[..count]);
    }

    /// <summary>
    /// Open and unknown ranges of a day. A range running into midnight continues into the next day's first range,
    /// and that continuation is then left out of the next day, so a range belongs to the day it starts.
    /// </summary>
    private static List<LocalTimeRange> JoinOverMidnight(DayRanges previous, DayRanges today, DayRanges next)
    {
        var result = new List<LocalTimeRange>();
        for (int i = 0; i < today.Starts.Length; i++)
        {
            if (today.States[i] == OpeningState.Closed)
            {
                continue;
            }

            int start = today.Starts[i];
            if (start == 0 && ContinuesFrom(previous, today, i))
            {
                continue;
            }

            int end = today.Ends[i];
            bool endsNextDay = end == MinutesPerDay;
            if (endsNextDay && start > 0 && next.Starts.Length > 0 && next.States[0] == today.States[i]
                && next.Comments[0] == today.Comments[i] && next.Ends[0] < MinutesPerDay)
            {
                end = MinutesPerDay + next.Ends[0];
            }

            result.Add(new LocalTimeRange(Clock(start), Clock(end % MinutesPerDay), endsNextDay, today.States[i], today.Comments[i]));
        }

        return result;
    }

    private static bool ContinuesFrom(DayRanges previous, DayRanges today, int index)
    {
        int last = previous.Starts.Length - 1;
        return last >= 0 && previous.Starts[last] > 0 && previous.States[last] == today.States[index]
            && previous.Comments[last] == today.Comments[index] && today.Ends[index] < MinutesPerDay;
    }

    private static TimeOnly Clock(int minutes) => new(minutes / 60, minutes % 60);

    internal static string FormatMinutes(int minutes) => string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00}");
}
