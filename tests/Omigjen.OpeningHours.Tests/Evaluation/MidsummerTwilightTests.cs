namespace Omigjen.OpeningHours.Tests.Evaluation;

/// <summary>
/// Around midsummer at Asker civil dusk falls after local midnight (about 00:02 on 8 June 2025, 00:26 on
/// 22 June), so a day's dusk is at 24:xx and ranges ending or starting at dusk pass midnight on those days only.
/// </summary>
public class MidsummerTwilightTests
{
    [Fact]
    public void DawnToDuskLastsUntilDuskAfterMidnight()
    {
        var schedule = Oslo.Parse("dawn-dusk");

        var next = schedule.GetNextChange(Oslo.At(2025, 6, 21, 12), EvaluationContext.Oslo);

        Assert.NotNull(next);
        Assert.Equal(new DateOnly(2025, 6, 22), DateOnly.FromDateTime(next.Value.DateTime));
        Assert.InRange(next.Value.TimeOfDay, TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(32));
        Assert.Equal(OpeningState.Open, Oslo.State("dawn-dusk", Oslo.At(2025, 6, 22, 0, 10)));
        Assert.Equal(OpeningState.Closed, Oslo.State("dawn-dusk", Oslo.At(2025, 6, 22, 1, 0)));
    }

    [Fact]
    public void DuskToDawnStartsAtDuskAfterMidnight()
    {
        Assert.Equal(OpeningState.Closed, Oslo.State("Mo-Su dusk-dawn", Oslo.At(2025, 6, 22, 0, 10)));
        Assert.Equal(OpeningState.Open, Oslo.State("Mo-Su dusk-dawn", Oslo.At(2025, 6, 22, 1, 0)));
        Assert.Equal(OpeningState.Closed, Oslo.State("Mo-Su dusk-dawn", Oslo.At(2025, 6, 22, 3, 0)));
    }

    [Fact]
    public void EveryDayOfJuneHasADuskBetweenLateEveningAndHalfPastMidnight()
    {
        var schedule = Oslo.Parse("dawn-dusk");
        for (var day = new DateOnly(2025, 6, 1); day <= new DateOnly(2025, 7, 15); day = day.AddDays(1))
        {
            var next = schedule.GetNextChange(Oslo.At(day.Year, day.Month, day.Day, 12), EvaluationContext.Oslo);

            Assert.NotNull(next);
            var sinceMidnight = next.Value.DateTime - day.ToDateTime(TimeOnly.MinValue);
            Assert.InRange(sinceMidnight, TimeSpan.FromHours(23), TimeSpan.FromHours(24.5));
            Assert.True(sinceMidnight != TimeSpan.FromHours(24), $"{day}: dusk exactly at midnight");
        }
    }
}
