namespace Omigjen.OpeningHours.Tests;

/// <summary>Builds instants from Oslo wall-clock times for readable tests.</summary>
internal static class Oslo
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    public static DateTimeOffset At(int year, int month, int day, int hour = 0, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    public static OpeningHoursSchedule Parse(string value)
    {
        var result = OpeningHoursSchedule.Parse(value);
        Assert.True(result.IsValid, $"{value}: {result.Error}");
        return result.Schedule!;
    }

    public static OpeningState State(string value, DateTimeOffset at) => Parse(value).GetState(at, EvaluationContext.Oslo).State;
}
