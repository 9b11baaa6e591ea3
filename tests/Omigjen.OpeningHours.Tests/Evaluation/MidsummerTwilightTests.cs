namespace Omigjen.OpeningHours.Tests.Evaluation;

/// <summary>
/// Around midsummer at Asker civil dusk falls after local midnight (about 00:04 on 8 June 2025, 00:26 on
/// 22 June), so a day's dusk is at 24:xx. A range written within the day (<c>dawn-dusk</c>) still ends at
/// midnight at the latest, as in opening_hours.js; a range that wraps (<c>dusk-dawn</c>) begins at that dusk.
/// </summary>
public class MidsummerTwilightTests
{
    [Fact]
    public void DuskWithAnOffsetUsesTheDuskAfterMidnight()
    {
        var schedule = Oslo.Parse("dawn-(dusk-00:30)");

        var next = schedule.GetNextChange(Oslo.At(2025, 6, 21, 12), EvaluationContext.Oslo);

        // Dusk of 21 June 2025 is at about 00:26 on the 22nd, so the range ends at about 23:56.
        Assert.NotNull(next);
        Assert.Equal(new DateOnly(2025, 6, 21), DateOnly.FromDateTime(next.Value.DateTime));
        Assert.InRange(next.Value.TimeOfDay, new TimeSpan(23, 50, 0), new TimeSpan(23, 59, 0));
    }

    [Fact]
    public void DuskToDawnStartsAtDuskAfterMidnight()
    {
        Assert.Equal(OpeningState.Closed, Oslo.State("Mo-Su dusk-dawn", Oslo.At(2025, 6, 22, 0, 10)));
        Assert.Equal(OpeningState.Open, Oslo.State("Mo-Su dusk-dawn", Oslo.At(2025, 6, 22, 1, 0)));
        Assert.Equal(OpeningState.Closed, Oslo.State("Mo-Su dusk-dawn", Oslo.At(2025, 6, 22, 3, 0)));
    }

    [Fact]
    public void DawnToDuskEndsAtMidnightWhenDuskIsLater()
    {
        var next = Oslo.Parse("dawn-dusk").GetNextChange(Oslo.At(2025, 6, 21, 12), EvaluationContext.Oslo);

        Assert.Equal(Oslo.At(2025, 6, 22), next);
        Assert.Equal(OpeningState.Closed, Oslo.State("dawn-dusk", Oslo.At(2025, 6, 22, 0, 10)));
    }

    [Fact]
    public void EveryDayAroundMidsummerHasItsOwnDusk()
    {
        var schedule = Oslo.Parse("dawn-(dusk-01:00)");
        for (var day = new DateOnly(2025, 6, 1); day <= new DateOnly(2025, 7, 15); day = day.AddDays(1))
        {
            var next = schedule.GetNextChange(Oslo.At(day.Year, day.Month, day.Day, 12), EvaluationContext.Oslo);

            // Dusk moves by at most a few minutes a day between about 23:35 and 00:27.
            Assert.NotNull(next);
            var sinceMidnight = next.Value.DateTime - day.ToDateTime(TimeOnly.MinValue);
            Assert.InRange(sinceMidnight, new TimeSpan(22, 30, 0), new TimeSpan(23, 30, 0));
            Assert.True(sinceMidnight != TimeSpan.FromHours(23), $"{day}: dusk taken as missing (24:00)");
        }
    }
}
