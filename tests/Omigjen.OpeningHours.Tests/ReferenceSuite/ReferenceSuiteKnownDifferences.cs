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

    public static IReadOnlyDictionary<string, int> ExcludedCounts { get; } = new Dictionary<string, int>
    {
        [IgnoredBySuite] = 2,
        [SuitePlaceNotInTestFile] = 20,
    };

    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };
}
