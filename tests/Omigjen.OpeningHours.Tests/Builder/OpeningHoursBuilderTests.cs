namespace Omigjen.OpeningHours.Tests.Builder;

public class OpeningHoursBuilderTests
{
    private static readonly TimeRange TenToFive = new(new TimeOnly(10, 0), new TimeOnly(17, 0));
    private static readonly TimeRange TenToThree = new(new TimeOnly(10, 0), new TimeOnly(15, 0));

    private static WeeklyHours Shop(params HoursException[] exceptions) => new(
        new Dictionary<DayOfWeek, IReadOnlyList<TimeRange>>
        {
            [DayOfWeek.Monday] = [TenToFive],
            [DayOfWeek.Tuesday] = [TenToFive],
            [DayOfWeek.Wednesday] = [TenToFive],
            [DayOfWeek.Thursday] = [TenToFive],
            [DayOfWeek.Friday] = [TenToFive],
            [DayOfWeek.Saturday] = [TenToThree],
        },
        true,
        exceptions);

    [Fact]
    public void WeeklyFormBecomesACompactValue()
    {
        Assert.Equal("Mo-Fr 10:00-17:00; Sa 10:00-15:00; PH off", OpeningHoursBuilder.ToOsm(Shop()));
    }

    [Fact]
    public void ExceptionsBecomeDatedRulesAfterTheWeek()
    {
        var value = OpeningHoursBuilder.ToOsm(Shop(
            new HoursException(new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 24), true, [], "Julaften"),
            new HoursException(new DateOnly(2026, 12, 27), new DateOnly(2026, 12, 27), false, [new TimeRange(new TimeOnly(12, 0), new TimeOnly(15, 0))], null),
            new HoursException(new DateOnly(2026, 12, 28), new DateOnly(2027, 1, 2), true, [], null)));

        Assert.Equal(
            "Mo-Fr 10:00-17:00; Sa 10:00-15:00; PH off; 2026 Dec 24 off \"Julaften\"; 2026 Dec 27 12:00-15:00; 2026 Dec 28-2027 Jan 02 off",
            value);
        var schedule = Oslo.Parse(value);
        Assert.Equal(OpeningState.Closed, schedule.GetState(Oslo.At(2026, 12, 24, 12), EvaluationContext.Oslo).State);
        Assert.Equal(OpeningState.Open, schedule.GetState(Oslo.At(2026, 12, 27, 13), EvaluationContext.Oslo).State);
        Assert.Equal(OpeningState.Closed, schedule.GetState(Oslo.At(2026, 12, 30, 12), EvaluationContext.Oslo).State);
    }

    [Fact]
    public void MidnightEndIsWrittenAs2400()
    {
        var hours = new WeeklyHours(new Dictionary<DayOfWeek, IReadOnlyList<TimeRange>> { [DayOfWeek.Friday] = [new(new TimeOnly(18, 0), TimeOnly.MinValue)] }, false, []);

        Assert.Equal("Fr 18:00-24:00", OpeningHoursBuilder.ToOsm(hours));
    }

    [Fact]
    public void ValueRoundTripsThroughTheForm()
    {
        var original = Shop(
            new HoursException(new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 24), true, [], "Julaften"),
            new HoursException(new DateOnly(2026, 12, 27), new DateOnly(2026, 12, 27), false, [new TimeRange(new TimeOnly(12, 0), new TimeOnly(15, 0))], "Romjul"));
        var value = OpeningHoursBuilder.ToOsm(original);

        Assert.True(OpeningHoursBuilder.TryFromOsm(value, out var read));
        Assert.Equal(value, OpeningHoursBuilder.ToOsm(read!));
        Assert.True(read!.ClosedOnPublicHolidays);
        Assert.Equal(2, read.Exceptions.Count);
        Assert.Equal("Romjul", read.Exceptions[1].Comment);
    }

    [Fact]
    public void OverridingWeekdayRulesAreReadAsTheResultingWeek()
    {
        Assert.True(OpeningHoursBuilder.TryFromOsm("Mo-Fr 10:00-17:00; We 12:00-14:00", out var hours));

        Assert.Equal([new TimeRange(new TimeOnly(12, 0), new TimeOnly(14, 0))], hours!.Days[DayOfWeek.Wednesday]);
        Assert.Equal([TenToFive], hours.Days[DayOfWeek.Thursday]);
    }

    [Theory]
    [InlineData("sunrise-sunset")]
    [InlineData("Mo-Fr 10:00-17:00 || \"by appointment\"")]
    [InlineData("Mo[1] 10:00-12:00")]
    [InlineData("Dec 24 off")]
    [InlineData("Mo 18:00+")]
    [InlineData("not a value")]
    public void ValuesThatDoNotFitTheFormAreRejected(string value) =>
        Assert.False(OpeningHoursBuilder.TryFromOsm(value, out _));
}
