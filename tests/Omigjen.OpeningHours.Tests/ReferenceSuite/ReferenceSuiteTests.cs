using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Omigjen.OpeningHours.Tests.ReferenceSuite;

/// <summary>
/// Runs the interval cases of opening_hours.js's own test suite (Golden/reference-suite.json) against the library.
/// Cases that cannot apply to an engine in Norway are excluded by class, each with its reason and count; every kept
/// case either agrees or is listed in <see cref="ReferenceSuiteKnownDifferences"/> with the documented difference.
/// </summary>
public sealed partial class ReferenceSuiteTests(ITestOutputHelper output)
{
    /// <summary>The agreement reached on the kept interval cases (442 of 454); lowering it needs a reason in the commit.</summary>
    private const double AgreementFloor = 0.973;

    /// <summary>The share of the suite's should-fail values the library rejects or warns about (123 of 123).</summary>
    private const double ShouldFailFloor = 1.0;

    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(ReferenceSuiteData.TimeZone);

    // Without coordinates, sun times fall back to fixed times as in the reference; the suite's own places are not in test.js.
    private static readonly EvaluationContext Context = new(ReferenceSuiteData.TimeZone);

    // A field, so the other parts of this class can write to the test output too.
    private readonly ITestOutputHelper output = output;

    [Fact]
    public void AgreesWithTheReferenceSuiteOnTheKeptIntervalCases()
    {
        var (kept, excluded) = Classify();
        var disagreements = new List<(SuiteCase Case, string Got)>();
        foreach (var c in kept)
        {
            string? got = Compare(c);
            if (got is not null)
            {
                disagreements.Add((c, got));
            }
        }

        double agreement = (kept.Count - disagreements.Count) / (double)kept.Count;
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Reference suite at {ReferenceSuiteData.Commit}: {kept.Count} interval cases kept, agreement {agreement:P1}");
        foreach (var group in excluded.GroupBy(e => e.Reason))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"excluded {group.Count(),4}: {group.Key}");
        }

        foreach (var (c, got) in disagreements)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"differs: {c.Key}\n  expected {string.Join(' ', c.Expected)}\n  got      {got}");
        }

        output.WriteLine(report.ToString());
        Assert.True(agreement >= AgreementFloor, report.ToString());
        var unexplained = disagreements.Where(d => !ReferenceSuiteKnownDifferences.All.ContainsKey(d.Case.Key)).Select(d => d.Case.Key).ToList();
        Assert.True(unexplained.Count == 0, "Not in the known differences:\n" + string.Join('\n', unexplained));
        var stale = ReferenceSuiteKnownDifferences.All.Keys.Except(disagreements.Select(d => d.Case.Key)).ToList();
        Assert.True(stale.Count == 0, "Known differences that now agree (remove them):\n" + string.Join('\n', stale));
    }

    [Fact]
    public void EveryExcludedClassHasItsReasonAndCount()
    {
        var (kept, excluded) = Classify();
        var counts = excluded.GroupBy(e => e.Reason).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(ReferenceSuiteKnownDifferences.ExcludedCounts.OrderBy(p => p.Key), counts.OrderBy(p => p.Key));
        Assert.Equal(ReferenceSuiteData.Cases.Count, kept.Count + excluded.Count);
    }

    /// <summary>
    /// The suite's should-fail values for opening_hours (not points-in-time mode, no holidays, no constructor errors):
    /// the library should reject them or at least warn. The share is a floor; no value may be accepted silently.
    /// </summary>
    [Fact]
    public void RejectsOrWarnsAboutTheSuitesShouldFailValues()
    {
        var kept = ReferenceSuiteData.Cases
            .Where(c => c.Kind == "shouldFail" && !c.PointsInTime && !c.Name.StartsWith("Wrong constructor call", StringComparison.Ordinal)
                && !HolidayWords().IsMatch(c.Value))
            .ToList();
        var silent = kept.Where(c => OpeningHoursSchedule.Parse(c.Value) is { IsValid: true, Warnings.Count: 0 }).ToList();
        double share = (kept.Count - silent.Count) / (double)kept.Count;

        output.WriteLine($"Should-fail values: {kept.Count} kept, rejected or warned about {share:P1}; accepted silently:");
        foreach (var c in silent)
        {
            output.WriteLine($"  {c.Value}");
        }

        Assert.True(share >= ShouldFailFloor, $"{share:P1} of {kept.Count} should-fail values rejected or warned about");
        Assert.Empty(silent.Select(c => c.Value));
    }

    private static (List<SuiteCase> Kept, List<(SuiteCase Case, string Reason)> Excluded) Classify()
    {
        var kept = new List<SuiteCase>();
        var excluded = new List<(SuiteCase, string)>();
        foreach (var c in ReferenceSuiteData.Cases)
        {
            string? reason = ExclusionOf(c);
            if (reason is null)
            {
                kept.Add(c);
            }
            else
            {
                excluded.Add((c, reason));
            }
        }

        return (kept, excluded);
    }

    private static string? ExclusionOf(SuiteCase c)
    {
        if (c.Name.StartsWith("Wrong constructor call", StringComparison.Ordinal))
        {
            return ReferenceSuiteKnownDifferences.ConstructorErrors;
        }

        if (c.Kind != "intervals")
        {
            return ReferenceSuiteKnownDifferences.NotAnIntervalCase;
        }

        if (c.IgnoredBySuite is not null)
        {
            return ReferenceSuiteKnownDifferences.IgnoredBySuite;
        }

        if (c.PointsInTime)
        {
            return ReferenceSuiteKnownDifferences.PointsInTimeMode;
        }

        if (c.MapsValue)
        {
            return ReferenceSuiteKnownDifferences.OtherMode;
        }

        if (HolidayWords().IsMatch(c.Value))
        {
            return ReferenceSuiteKnownDifferences.OtherCountriesHolidays;
        }

        if ((c.LocationName is not null || c.HasCoordinates) && SunWords().IsMatch(c.Value))
        {
            return ReferenceSuiteKnownDifferences.SuitePlaceNotInTestFile;
        }

        return null;
    }

    /// <summary>Null when the library gives the expected intervals, otherwise what it gave.</summary>
    private static string? Compare(SuiteCase c)
    {
        var parsed = OpeningHoursSchedule.Parse(c.Value);
        if (!parsed.IsValid)
        {
            return $"rejected: {parsed.Error!.MessageEn}";
        }

        var from = ReferenceSuiteData.Local(c.From!, Zone);
        var to = ReferenceSuiteData.Local(c.To!, Zone);
        var got = parsed.Schedule!.GetCommentIntervals(from, to, Context)
            .Where(i => i.State != OpeningState.Closed)
            .Select(i => new SuiteInterval(Text(i.From), Text(i.To), i.State == OpeningState.Unknown, i.Comment))
            .ToList();
        return got.SequenceEqual(c.Expected) ? null : got.Count == 0 ? "no open or unknown interval" : string.Join(' ', got);
    }

    private static string Text(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?-i:\b(?:PH|SH)(?:\b|(?=[A-Z])))|holiday|ferien|feiertag", RegexOptions.IgnoreCase)]
    private static partial Regex HolidayWords();

    [GeneratedRegex(@"sunrise|sunset|dawn|dusk|daylight", RegexOptions.IgnoreCase)]
    private static partial Regex SunWords();
}
