namespace Omigjen.OpeningHours.Tests.Builder;

public class WithExceptionsTests
{
    private static readonly DateOnly Wednesday = new(2026, 12, 2);

    private static HoursException Closed(DateOnly from, DateOnly to, string? reason = null) => new(from, to, true, [], reason);

    [Fact]
    public void NoExceptionsLeavesTheValueAsItIs()
    {
        Assert.Equal("Mo-Fr 10:00-17:00", OpeningHoursBuilder.WithExceptions("Mo-Fr 10:00-17:00", []));
        Assert.Equal("", OpeningHoursBuilder.WithExceptions("", []));
    }

    [Fact]
    public void AnEmptyValueStaysUnknownOnOtherDays()
    {
        var value = OpeningHoursBuilder.WithExceptions("", [Closed(Wednesday, Wednesday)]);

        Assert.Equal("unknown; 2026 Dec 02 off", value);
        Assert.Equal(OpeningState.Closed, Oslo.State(value, Oslo.At(2026, 12, 2, 12)));
        Assert.Equal(OpeningState.Unknown, Oslo.State(value, Oslo.At(2026, 12, 3, 12)));
    }

    [Fact]
    public void AnExceptionWinsOverTheWeeklyHoursOnItsDatesOnly()
    {
        var value = OpeningHoursBuilder.WithExceptions("Mo-Fr 10:00-17:00; PH off;",
        [
            Closed(Wednesday, Wednesday),
            new HoursException(new DateOnly(2026, 12, 5), new DateOnly(2026, 12, 5), false, [new TimeRange(new TimeOnly(12, 0), new TimeOnly(15, 0))], null),
        ]);

        Assert.Equal("Mo-Fr 10:00-17:00; PH off; 2026 Dec 02 off; 2026 Dec 05 12:00-15:00", value);
        Assert.Equal(OpeningState.Closed, Oslo.State(value, Oslo.At(2026, 12, 2, 12)));
        Assert.Equal(OpeningState.Open, Oslo.State(value, Oslo.At(2026, 12, 1, 12)));
        Assert.Equal(OpeningState.Open, Oslo.State(value, Oslo.At(2026, 12, 3, 12)));
        Assert.Equal(OpeningState.Open, Oslo.State(value, Oslo.At(2026, 12, 9, 12)));
        // A Saturday, normally closed, open at other times on that date.
        Assert.Equal(OpeningState.Open, Oslo.State(value, Oslo.At(2026, 12, 5, 13)));
        Assert.Equal(OpeningState.Closed, Oslo.State(value, Oslo.At(2026, 12, 5, 16)));
        Assert.Equal(OpeningState.Closed, Oslo.State(value, Oslo.At(2026, 12, 12, 13)));
    }

    [Fact]
    public void ARangeCoversEveryDayFromFirstToLast()
    {
        var value = OpeningHoursBuilder.WithExceptions("Mo-Su 10:00-17:00", [Closed(new DateOnly(2026, 12, 24), new DateOnly(2027, 1, 1))]);

        Assert.Equal("Mo-Su 10:00-17:00; 2026 Dec 24-2027 Jan 01 off", value);
        Assert.Equal(OpeningState.Open, Oslo.State(value, Oslo.At(2026, 12, 23, 12)));
        Assert.Equal(OpeningState.Closed, Oslo.State(value, Oslo.At(2026, 12, 24, 12)));
        Assert.Equal(OpeningState.Closed, Oslo.State(value, Oslo.At(2026, 12, 31, 12)));
        Assert.Equal(OpeningState.Closed, Oslo.State(value, Oslo.At(2027, 1, 1, 12)));
        Assert.Equal(OpeningState.Open, Oslo.State(value, Oslo.At(2027, 1, 2, 12)));
    }

    [Fact]
    public void ReasonsBecomeCommentsOnTheirDates()
    {
        var value = OpeningHoursBuilder.WithExceptions("Mo-Fr 10:00-17:00",
        [
            Closed(Wednesday, Wednesday, "Sykdom"),
            new HoursException(new DateOnly(2026, 12, 4), new DateOnly(2026, 12, 4), false, [new TimeRange(new TimeOnly(10, 0), new TimeOnly(13, 0))], "Kurs \"Ombruk\""),
        ]);

        Assert.Equal("Mo-Fr 10:00-17:00; 2026 Dec 02 off \"Sykdom\"; 2026 Dec 04 10:00-13:00 open \"Kurs 'Ombruk'\"", value);
        var schedule = Oslo.Parse(value);
        var closed = schedule.GetState(Oslo.At(2026, 12, 2, 12), EvaluationContext.Oslo);
        Assert.Equal((OpeningState.Closed, "Sykdom"), (closed.State, closed.Comment));
        var open = schedule.GetState(Oslo.At(2026, 12, 4, 11), EvaluationContext.Oslo);
        Assert.Equal((OpeningState.Open, "Kurs 'Ombruk'"), (open.State, open.Comment));
        Assert.Null(schedule.GetState(Oslo.At(2026, 12, 3, 12), EvaluationContext.Oslo).Comment);
    }

    [Fact]
    public void AValueTheWeeklyFormCannotShowKeepsItsRules()
    {
        var value = OpeningHoursBuilder.WithExceptions("Mo-Fr 10:00-17:00; Sa[1] 10:00-14:00 ", [Closed(new DateOnly(2026, 12, 5), new DateOnly(2026, 12, 5), "Stengt")]);

        Assert.Equal("Mo-Fr 10:00-17:00; Sa[1] 10:00-14:00; 2026 Dec 05 off \"Stengt\"", value);
        Assert.Equal(OpeningState.Closed, Oslo.State(value, Oslo.At(2026, 12, 5, 12)));
        Assert.Equal(OpeningState.Open, Oslo.State(value, Oslo.At(2027, 1, 2, 12)));
    }
}
