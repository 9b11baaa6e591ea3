namespace Omigjen.OpeningHours.Tests.ReferenceSuite;

public sealed partial class ReferenceSuiteTests
{
    /// <summary>The share of the suite's should-warn values the library warns about (66 of 69).</summary>
    private const double ShouldWarnFloor = 0.956;

    /// <summary>
    /// The suite's should-warn values (opening_hours mode, not ignored by the suite): the library warns about each one,
    /// or the value is listed in <see cref="ReferenceSuiteKnownDifferences.ShouldWarnExceptions"/> with the reason.
    /// </summary>
    [Fact]
    public void WarnsAboutTheSuitesShouldWarnValuesOrDocumentsWhyNot()
    {
        var kept = ReferenceSuiteData.Cases
            .Where(c => c.Kind == "shouldWarn" && c.IgnoredBySuite is null && !c.PointsInTime)
            .Select(c => c.Value)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var notWarned = kept.Where(v => OpeningHoursSchedule.Parse(v) is not { IsValid: true, Warnings.Count: > 0 }).ToList();
        double share = (kept.Count - notWarned.Count) / (double)kept.Count;

        output.WriteLine($"Should-warn values: {kept.Count} kept, warned about {share:P1}; not warned about (accepted silently or rejected):");
        foreach (var value in notWarned)
        {
            var result = OpeningHoursSchedule.Parse(value);
            output.WriteLine($"  {value}  => {(result.IsValid ? "accepted silently" : "rejected: " + result.Error!.MessageEn)}");
        }

        Assert.True(share >= ShouldWarnFloor, $"{share:P1} of {kept.Count} should-warn values warned about");
        Assert.Equal(ReferenceSuiteKnownDifferences.ShouldWarnExceptions.Keys.Order(StringComparer.Ordinal), notWarned.Order(StringComparer.Ordinal));
    }
}
