namespace Omigjen.OpeningHours.Tests.Evaluation;

public class IntervalAndWeekTests
{
    [Fact]
    public void IntervalsCoverTheWindowAndMergeEqualStates()
    {
        var intervals = Oslo.Parse("Mo-Fr 10:00-17:00").GetIntervals(Oslo.At(2026, 11, 30), Oslo.At(2026, 12, 1), EvaluationContext.Oslo);

        Assert.Equal(
            [
                new OpeningInterval(Oslo.At(2026, 11, 30), Oslo.At(2026, 11, 30, 10), OpeningState.Closed, null),
                new OpeningInterval(Oslo.At(2026, 11, 30, 10), Oslo.At(2026, 11, 30, 17), OpeningState.Open, null),
                new OpeningInterval(Oslo.At(2026, 11, 30, 17), Oslo.At(2026, 12, 1), OpeningState.Closed, null),
            ],
            intervals);
    }

    [Fact]
    public void OpenAnyAndAllAnswerWindowQuestions()
    {
        var schedule = Oslo.Parse("Mo-Fr 10:00-17:00");
        var context = EvaluationContext.Oslo;

        Assert.True(schedule.IsOpenAny(Oslo.At(2026, 12, 3, 16), Oslo.At(2026, 12, 3, 18), context));
        Assert.False(schedule.IsOpenAll(Oslo.At(2026, 12, 3, 16), Oslo.At(2026, 12, 3, 18), context));
        Assert.True(schedule.IsOpenAll(Oslo.At(2026, 12, 3, 11), Oslo.At(2026, 12, 3, 12), context));
        Assert.False(schedule.IsOpenAny(Oslo.At(2026, 12, 5, 0), Oslo.At(2026, 12, 7, 0), context));
    }

    [Fact]
    public void NextChangeIsNullWhenNothingChangesBeforeTheLimit()
    {
        var schedule = Oslo.Parse("24/7");

        Assert.Null(schedule.GetNextChange(Oslo.At(2026, 12, 3), EvaluationContext.Oslo));
        Assert.Equal(Oslo.At(2026, 12, 4), Oslo.Parse("Th 00:00-24:00").GetNextChange(Oslo.At(2026, 12, 3), EvaluationContext.Oslo));
    }

    [Fact]
    public void WeekListsRangesPerDayWithNightRangesOnTheirStartDay()
    {
        var week = Oslo.Parse("Mo-Fr 10:00-17:00; Sa 22:00-03:00").GetWeek(new DateOnly(2026, 12, 2), EvaluationContext.Oslo);

        Assert.Equal(7, week.Days.Count);
        Assert.Equal(new DateOnly(2026, 11, 30), week.Days[0].Date);
        Assert.Equal([new LocalTimeRange(new TimeOnly(10, 0), new TimeOnly(17, 0), false, OpeningState.Open, null)], week.Days[0].Open);
        Assert.Equal([new LocalTimeRange(new TimeOnly(22, 0), new TimeOnly(3, 0), true, OpeningState.Open, null)], week.Days[5].Open);
        Assert.Empty(week.Days[6].Open);
    }

    [Fact]
    public void WeekNamesPublicHolidays()
    {
        var week = Oslo.Parse("Mo-Sa 10:00-17:00; PH off").GetWeek(new DateOnly(2026, 12, 25), EvaluationContext.Oslo);

        Assert.Equal("Første juledag", week.Days[4].HolidayNameNb);
        Assert.Equal("Christmas Day", week.Days[4].HolidayNameEn);
        Assert.Empty(week.Days[4].Open);
        Assert.Single(week.Days[3].Open);
    }
}
