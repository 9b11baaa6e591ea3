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
    private const string S5 = "S5: two month-day selectors after each other (Jan-Feb Jan 09-15) are one list (union) here; the suite intersects them";

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
        ["Selector combination | Jan-Feb Jan 09-Jan 15"] = S5,
        ["Selector combination | Jan-Feb Jan 09-15"] = S5,
    };
}
