namespace Omigjen.OpeningHours.Tests.ReferenceSuite;

/// <summary>
/// Excluded classes of the reference suite and every kept case where the library differs, keyed "test name | value",
/// each with the documented difference (docs/opening-hours-differences.md) that explains it.
/// </summary>
internal static class ReferenceSuiteKnownDifferences
{
    public const string NotAnIntervalCase = "not an interval case (should-fail, should-warn and other checks are not run yet)";
    public const string IgnoredBySuite = "ignored by the suite itself";
    public const string OtherMode = "another mode than opening_hours (e.g. lit=yes with map_value)";
    public const string OtherCountriesHolidays = "public or school holidays of another country (the library's calendars are Norwegian)";
    public const string SuitePlaceNotInTestFile = "sun times at a place from the suite's Nominatim cache, which test.js does not contain";

    /// <summary>S1 in docs/opening-hours-differences.md: "07:00+,12:00-16:00" — the suite's intervals say unknown until 12:00, its own state (and the library) closed from 07:01.</summary>
    public const string OpenEndBeforeLaterRange = "S1 open end before a later range of the same rule";

    public static IReadOnlyDictionary<string, int> ExcludedCounts { get; } = new Dictionary<string, int>
    {
        [IgnoredBySuite] = 2,
        [SuitePlaceNotInTestFile] = 20,
    };

    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Open end | 07:00+,12:00-16:00"] = OpenEndBeforeLaterRange,
        ["Open end | 07:00+,12:00-13:00,13:00-16:00"] = OpenEndBeforeLaterRange,
        ["Open end | 07:00+,12:00-16:00; 16:00-24:00 closed \"needed because of open end\""] = OpenEndBeforeLaterRange,
        ["Open end | 05:00-06:00,06:45-07:00+,13:00-16:00"] = OpenEndBeforeLaterRange,
        ["Open end | 06:45-07:00+,05:00-06:00,13:00-16:00"] = OpenEndBeforeLaterRange,
        ["Open end | 06:45-07:00+,05:00-06:00,13:00-14:00,14:00-16:00"] = OpenEndBeforeLaterRange,
    };
}
