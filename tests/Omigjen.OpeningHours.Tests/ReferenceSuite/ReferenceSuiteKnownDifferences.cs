namespace Omigjen.OpeningHours.Tests.ReferenceSuite;

/// <summary>
/// Excluded classes of the reference suite and every kept case where the library differs, keyed "test name | value",
/// each with the documented difference (docs/opening-hours-differences.md) that explains it.
/// </summary>
internal static class ReferenceSuiteKnownDifferences
{
    public const string NotAnIntervalCase = "should-fail or should-warn value: not an interval case (reported by the should-fail check)";
    public const string ConstructorErrors = "constructor errors: wrong arguments to opening_hours.js's constructor, not a value";
    public const string IgnoredBySuite = "ignored by the suite itself";
    public const string OtherMode = "another mode than opening_hours (e.g. lit=yes with map_value)";
    public const string PointsInTimeMode = "points-in-time mode (mode 1 or 2, collection_times), which the library does not offer";
    public const string OtherCountriesHolidays = "public or school holidays of another country (the library's calendars are Norwegian)";
    public const string SuitePlaceNotInTestFile = "sun times at a place from the suite's Nominatim cache, which test.js does not contain";

    public static IReadOnlyDictionary<string, int> ExcludedCounts { get; } = new Dictionary<string, int>
    {
        [NotAnIntervalCase] = 239,
        [ConstructorErrors] = 14,
        [IgnoredBySuite] = 37,
        [PointsInTimeMode] = 24,
        [OtherCountriesHolidays] = 157,
        [SuitePlaceNotInTestFile] = 30,
    };

    private const string S3 = "S3: a date range ending on a moving date (nth weekday, easter, a day offset) includes its end day; the suite ends it the day before";
    private const string S4 = "S4: a range without years that runs past New Year (easter-Apr 20 from 2011's easter) continues into the next year; the suite decides per calendar year";

    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Monthday ranges with constrained weekday | Jan 20-Jan Su[-1]"] = S3,
        ["Monthday ranges with constrained weekday | Jan Su[1] +2 days-Jan Su[3] -2 days"] = S3,
        ["Monthday ranges with constrained weekday spanning year | Dec 20-Dec Su[-1] +4 days"] = S3,
        ["Monthday ranges with constrained | Nov Su[-1]-Dec Su[1] -1 day"] = S3,
        ["Monthday ranges | Mar Su[-1]-Oct Su[-1] -1 day open; Oct Su[-1]-Mar Su[-1] -1 day off"] = S3,
        ["Monthday ranges | Mar Su[-1]-Oct Su[-1] -1 day open"] = S3,
        ["Real world example: Was not processed right (month range/monthday range) | Aug,Dec 25-easter"] = S3,
        ["Calculations based on variable events | Apr 05-easter -1 day: open \"Before easter\""] = S3,
        ["Calculations based on variable events | 2012 easter -2 days-2012 easter +2 days: open \"Around easter\""] = S3,
        ["Calculations based on variable events | easter -2 days-easter +2 days: open \"Around easter\""] = S3,
        ["Calculations based on variable events | easter -2 days-easter +2 days open \"Around easter\""] = S3,
        ["Calculations based on variable events | easter-Apr 20: open \"Around easter\""] = S4,
    };

    /// <summary>Should-warn values of the suite the library neither warns about nor rejects, each with its reason.</summary>
    public static IReadOnlyDictionary<string, string> ShouldWarnExceptions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["listopad 12:00-18:00"] = "W1: rejected, as opening_hours.js 3.15.0 also rejects it: \"listopad\" is November in Czech and Polish but October in Croatian, so no month can be guessed",
        ["2012 Jan-Feb open; 00:23-00:42 unknown \"warning at correct position?\""] = "W2: the reference warns that 2012 is in the past; parsing has no clock, and a past year is not a syntax mistake",
        ["Mo-Fr 08:00-16:00"] = "W3: only with warnings_severity 5, where the reference notes the missing PH rule; the library does not ask every value to name public holidays",
    };
}
