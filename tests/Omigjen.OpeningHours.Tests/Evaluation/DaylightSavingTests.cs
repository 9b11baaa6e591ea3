namespace Omigjen.OpeningHours.Tests.Evaluation;

/// <summary>Europe/Oslo switches on 29 March 2026 (02:00 → 03:00) and 25 October 2026 (03:00 → 02:00).</summary>
public class DaylightSavingTests
{
    private static readonly DateTimeOffset SpringGap = new(2026, 3, 29, 1, 0, 0, TimeSpan.Zero); // 03:00 CEST
    private static readonly DateTimeOffset AutumnFirst2 = new(2026, 10, 25, 0, 0, 0, TimeSpan.Zero); // 02:00 CEST
    private static readonly DateTimeOffset AutumnSecond2 = new(2026, 10, 25, 1, 0, 0, TimeSpan.Zero); // 02:00 CET

    [Fact]
    public void NightRangeAcrossTheMarchSwitchIsOneHourShorter()
    {
        var schedule = Oslo.Parse("Sa 22:00-06:00");
        var context = EvaluationContext.Oslo;

        var intervals = schedule.GetIntervals(Oslo.At(2026, 3, 28, 12), Oslo.At(2026, 3, 29, 12), context);
        var open = Assert.Single(intervals, i => i.State == OpeningState.Open);

        Assert.Equal(Oslo.At(2026, 3, 28, 22), open.From);
        Assert.Equal(Oslo.At(2026, 3, 29, 6), open.To);
        Assert.Equal(TimeSpan.FromHours(7), open.To - open.From);
    }

    [Fact]
    public void RangeStartingInTheSpringGapOpensWhenTheClockJumps()
    {
        var schedule = Oslo.Parse("Su 02:30-04:00");

        var next = schedule.GetNextChange(Oslo.At(2026, 3, 29, 0), EvaluationContext.Oslo);

        Assert.Equal(SpringGap, next);
        Assert.Equal(OpeningState.Open, schedule.GetState(SpringGap, EvaluationContext.Oslo).State);
    }

    [Fact]
    public void NightRangeAcrossTheOctoberSwitchIsOneHourLonger()
    {
        var schedule = Oslo.Parse("Sa 22:00-06:00");

        var intervals = schedule.GetIntervals(Oslo.At(2026, 10, 24, 12), Oslo.At(2026, 10, 25, 12), EvaluationContext.Oslo);
        var open = Assert.Single(intervals, i => i.State == OpeningState.Open);

        Assert.Equal(TimeSpan.FromHours(9), open.To - open.From);
    }

    [Fact]
    public void RepeatedAutumnHourKeepsTheStateOfItsFirstPass()
    {
        var schedule = Oslo.Parse("Su 02:30-04:00");
        var context = EvaluationContext.Oslo;

        // 02:30 means its first occurrence (CEST); while the clock shows 02:00-02:59 again the range stays open.
        Assert.Equal(OpeningState.Closed, schedule.GetState(AutumnFirst2, context).State);
        Assert.Equal(OpeningState.Open, schedule.GetState(AutumnFirst2.AddMinutes(30), context).State);
        Assert.Equal(OpeningState.Open, schedule.GetState(AutumnSecond2, context).State);
        Assert.Equal(OpeningState.Open, schedule.GetState(AutumnSecond2.AddMinutes(30), context).State);
        Assert.Equal(AutumnSecond2.AddHours(2), schedule.GetNextChange(AutumnFirst2.AddMinutes(30), context));
    }

    [Fact]
    public void RangeInsideTheRepeatedAutumnHourOpensOnce()
    {
        var schedule = Oslo.Parse("Mo-Su 02:30-02:45");
        var context = EvaluationContext.Oslo;

        Assert.Equal(AutumnFirst2.AddMinutes(45), schedule.GetNextChange(AutumnFirst2.AddMinutes(30), context));
        Assert.Equal(Oslo.At(2026, 10, 26, 2, 30), schedule.GetNextChange(AutumnFirst2.AddMinutes(45), context));
        Assert.Equal(OpeningState.Closed, schedule.GetState(AutumnSecond2.AddMinutes(35), context).State);
    }

    [Fact]
    public void RangeEndingInsideTheRepeatedAutumnHourEndsAtItsFirstOccurrence()
    {
        var schedule = Oslo.Parse("Oct 25 01:30-02:30");
        var context = EvaluationContext.Oslo;

        Assert.Equal(AutumnFirst2.AddMinutes(30), schedule.GetNextChange(AutumnFirst2, context));
        Assert.Equal(OpeningState.Closed, schedule.GetState(AutumnSecond2.AddMinutes(10), context).State);
    }

    [Fact]
    public void NextChangeCarriesTheZoneOffsetOfItsInstant()
    {
        var next = Oslo.Parse("Mo-Su 10:00-17:00").GetNextChange(Oslo.At(2026, 10, 24, 18), EvaluationContext.Oslo);

        Assert.Equal(TimeSpan.FromHours(1), next!.Value.Offset);
        Assert.Equal(10, next.Value.Hour);
    }
}
