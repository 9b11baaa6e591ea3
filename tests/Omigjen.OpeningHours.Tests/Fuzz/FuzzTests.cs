namespace Omigjen.OpeningHours.Tests.Fuzz;

public class FuzzTests
{
    [Fact]
    public void TwentyThousandRandomAndMutatedStringsGiveAValueOrAnErrorAndNeverThrow()
    {
        var random = new Random(20261127);
        var at = Oslo.At(2026, 12, 1, 12);
        int valid = 0;
        for (int i = 0; i < 20_000; i++)
        {
            string value = FuzzInputs.Next(random);
            Assert.True(FuzzInputs.CheckOne(value, at, EvaluationContext.Oslo), value);
            if (OpeningHoursSchedule.Parse(value).IsValid)
            {
                valid++;
            }
        }

        // The mutations must also reach the evaluator, not only the error paths.
        Assert.InRange(valid, 500, 19_500);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("Mo[")]
    [InlineData("(sunrise")]
    [InlineData("||||")]
    [InlineData("99999999999999999999:00-10:00")]
    [InlineData("Mo-Fr 10:00-17:00;;;;")]
    [InlineData("2026-")]
    [InlineData("week")]
    [InlineData("easter -")]
    public void TruncatedConstructsAreErrors(string value)
    {
        var result = OpeningHoursSchedule.Parse(value);

        Assert.True(result.Error is not null || result.Schedule is not null);
        Assert.NotEqual(result.Error is null, result.Schedule is null);
    }
}
