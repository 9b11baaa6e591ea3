namespace Omigjen.OpeningHours.Tests.Evaluation;

public class NorwegianHolidayTests
{
    private const string Shop = "Mo-Sa 10:00-18:00; PH off";

    [Fact]
    public void WhitMondayOnConstitutionDay2027IsClosedOnce()
    {
        var schedule = Oslo.Parse(Shop);
        var context = EvaluationContext.Oslo;

        var intervals = schedule.GetIntervals(Oslo.At(2027, 5, 17), Oslo.At(2027, 5, 19), context);

        // 17 May is closed all day, 18 May opens normally; the shared date is one closed day, not two.
        Assert.Equal(OpeningState.Closed, schedule.GetState(Oslo.At(2027, 5, 17, 12), context).State);
        Assert.Equal(Oslo.At(2027, 5, 18, 10), schedule.GetNextChange(Oslo.At(2027, 5, 17, 0), context));
        Assert.Single(intervals, i => i.State == OpeningState.Open);
        var week = schedule.GetWeek(new DateOnly(2027, 5, 17), context);
        Assert.Empty(week.Days[0].Open);
        Assert.NotNull(week.Days[0].HolidayNameNb);
        Assert.Equal(6, week.Days.Count(d => d.HolidayNameNb is null));
    }

    [Fact]
    public void AscensionOnFirstOfMay2008IsAHolidayOnce()
    {
        var schedule = Oslo.Parse(Shop);

        Assert.Equal(OpeningState.Closed, schedule.GetState(Oslo.At(2008, 5, 1, 12), EvaluationContext.Oslo).State);
        Assert.Equal(OpeningState.Open, schedule.GetState(Oslo.At(2008, 5, 2, 12), EvaluationContext.Oslo).State);
        Assert.Equal(OpeningState.Open, schedule.GetState(Oslo.At(2008, 4, 30, 12), EvaluationContext.Oslo).State);
    }

    [Fact]
    public void ChristmasEveIsNotAPublicHoliday()
    {
        var schedule = Oslo.Parse(Shop);

        Assert.Equal(OpeningState.Open, schedule.GetState(Oslo.At(2026, 12, 24, 12), EvaluationContext.Oslo).State);
        Assert.Equal(OpeningState.Closed, schedule.GetState(Oslo.At(2026, 12, 25, 12), EvaluationContext.Oslo).State);
        Assert.Equal(OpeningState.Open, schedule.GetState(Oslo.At(2026, 12, 31, 12), EvaluationContext.Oslo).State);
    }

    [Fact]
    public void PublicHolidayOffNextToSundayOffClosesBoth()
    {
        var schedule = Oslo.Parse("Mo-Su 10:00-18:00; PH off; Su off");
        var context = EvaluationContext.Oslo;

        var sunday = schedule.GetState(Oslo.At(2026, 12, 27, 12), context);
        var boxingDay = schedule.GetState(Oslo.At(2026, 12, 26, 12), context);
        var monday = schedule.GetState(Oslo.At(2026, 12, 28, 12), context);

        Assert.Equal(OpeningState.Closed, sunday.State);
        Assert.Equal(new StateResult(OpeningState.Closed, "Andre juledag"), boxingDay);
        Assert.Equal(OpeningState.Open, monday.State);
    }

    [Fact]
    public void HolidayCombinedWithSundayByCommaReportsTheHolidayName()
    {
        var state = Oslo.Parse("Mo-Sa 08:00-22:00; Su,PH off").GetState(Oslo.At(2026, 4, 5, 12), EvaluationContext.Oslo);

        Assert.Equal(new StateResult(OpeningState.Closed, "Første påskedag"), state);
    }

    [Fact]
    public void DayAfterAHolidayIsSelectedByAnOffset()
    {
        var schedule = Oslo.Parse("Mo-Su 10:00-18:00; PH +1 day off");

        Assert.Equal(OpeningState.Closed, schedule.GetState(Oslo.At(2026, 12, 27, 12), EvaluationContext.Oslo).State);
        Assert.Equal(OpeningState.Open, schedule.GetState(Oslo.At(2026, 12, 25, 12), EvaluationContext.Oslo).State);
    }

    [Fact]
    public void PublicHolidayCalendarCanBeReplaced()
    {
        var noHolidays = new EvaluationContext(publicHolidays: new SchoolHolidayCalendar([]));

        Assert.Equal(OpeningState.Open, Oslo.Parse(Shop).GetState(Oslo.At(2026, 12, 26, 12), noHolidays).State);
    }

    [Fact]
    public void SchoolHolidaysComeFromTheConfiguredCalendar()
    {
        var autumn = new SchoolHolidayCalendar([new SchoolHolidayPeriod(new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 9), "Høstferie", "Autumn break")]);
        var context = new EvaluationContext(schoolHolidays: autumn);
        var schedule = Oslo.Parse("Mo-Fr 15:00-17:00; SH Mo-Fr 10:00-17:00");

        Assert.Equal(OpeningState.Open, schedule.GetState(Oslo.At(2026, 10, 6, 11), context).State);
        Assert.Equal(OpeningState.Closed, schedule.GetState(Oslo.At(2026, 10, 13, 11), context).State);
        Assert.Equal(OpeningState.Closed, schedule.GetState(Oslo.At(2026, 10, 6, 11), EvaluationContext.Oslo).State);
    }
}
