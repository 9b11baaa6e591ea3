using System.Text.RegularExpressions;

namespace Omigjen.OpeningHours.Tests.Differential;

/// <summary>
/// Recognises disagreements that are documented in docs/opening-hours-differences.md (D1..D7, D10..D12). Recognising a
/// disagreement only labels it in the report: it is still counted against the agreement figure.
/// </summary>
internal static partial class KnownDifferences
{
    public const string OracleThrows = "D1 oracle throws";
    public const string WhitMondayOnConstitutionDay = "D2 17 May 2027 is Constitution Day and Whit Monday";
    public const string SpringMondaySpill = "D3 oracle opens 00:00-01:00 after the spring-forward Sunday";
    public const string WrappedVariableTime = "D4 oracle uses the previous day's sun time for a wrapped end";
    public const string LastYearOfRange = "D5 oracle misses the change where a year-limited rule ends";
    public const string EasterRangeEnd = "D6 oracle drops the last day of an easter date range";
    public const string OctoberVariableTimes = "D7 oracle's sun times on the October DST Sunday are an hour off";
    public const string RangeToDuskAfterMidnight = "D10 oracle mishandles a range ending at a dusk after midnight";
    public const string SpringGapNextChange = "D11 oracle's next change in the spring gap contradicts its own state";
    public const string OpenEndAfterRange = "D12 oracle's state after an open end contradicts its own intervals";

    public static string? Match(string value, long epoch, TimeZoneInfo zone, OracleAnswer oracle, OurAnswer ours)
    {
        if (oracle.State == 'x')
        {
            return OracleThrows;
        }

        if (ours.State == 'x')
        {
            return null;
        }

        var local = Local(epoch, zone);
        var sameState = oracle.State == ours.State;
        var sameComment = string.Equals(oracle.Comment, ours.Comment, StringComparison.Ordinal);
        var sameNext = oracle.NextChange == ours.NextChange;

        if (local.Date >= new DateTime(2027, 5, 16) && local.Date <= new DateTime(2027, 5, 18) && sameState && sameNext
            && ours.Comment is { } both && both.Contains("Grunnlovsdag", StringComparison.Ordinal)
            && both.Contains("pinsedag", StringComparison.Ordinal))
        {
            return WhitMondayOnConstitutionDay;
        }

        if (IsEarlySpringMonday(local) || (oracle.NextChange is { } on && IsEarlySpringMonday(Local(on, zone))))
        {
            return SpringMondaySpill;
        }

        if (FixedStartToDusk().IsMatch(value) && (IsMidsummer(local) || (oracle.NextChange is { } o && IsMidsummer(Local(o, zone)))))
        {
            return RangeToDuskAfterMidnight;
        }

        if (RangeToDusk().IsMatch(value) && sameState && sameComment && ours.NextChange is { } midnight && oracle.NextChange is { } late
            && late > midnight && late - midnight <= 3600 && Local(midnight, zone) is var m && m.TimeOfDay == TimeSpan.Zero && IsMidsummer(m))
        {
            return RangeToDuskAfterMidnight;
        }

        if (sameState && sameComment && ours.NextChange is { } gapEnd && oracle.NextChange > gapEnd
            && Local(gapEnd, zone) is var gapLocal && gapLocal.Date == LastSunday(gapLocal.Year, 3) && gapLocal.TimeOfDay == TimeSpan.FromHours(3))
        {
            return SpringGapNextChange;
        }

        if (oracle.State == 'c' && ours.State == 'u' && sameComment && oracle.Comment == OpenEndComment)
        {
            return OpenEndAfterRange;
        }

        var hasVariableTime = VariableTime().IsMatch(value);
        if (hasVariableTime && sameState && sameComment && oracle.NextChange is { } a && ours.NextChange is { } b)
        {
            var diff = Math.Abs(a - b);
            if (diff <= 300)
            {
                return WrappedVariableTime;
            }

            if (Math.Abs(diff - 3600) <= 300 && IsOctoberSwitchSunday(Local(b, zone).Date))
            {
                return OctoberVariableTimes;
            }
        }

        if (sameState && sameComment && ours.NextChange is { } next && Year().IsMatch(value)
            && Local(next, zone) is { Month: 1 } nextLocal && nextLocal.Year > local.Year
            && (oracle.NextChange is null || oracle.NextChange > next))
        {
            return LastYearOfRange;
        }

        if (EasterRange().IsMatch(value))
        {
            return EasterRangeEnd;
        }

        return null;
    }

    private static DateTime Local(long epoch, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(epoch), zone).DateTime;

    private static DateTime LastSunday(int year, int month)
    {
        var d = new DateTime(year, month, DateTime.DaysInMonth(year, month));
        return d.AddDays(-(int)d.DayOfWeek);
    }

    private static bool IsEarlySpringMonday(DateTime local) =>
        local.Date == LastSunday(local.Year, 3).AddDays(1) && local.Hour < 2;

    private const string OpenEndComment = "Specified as open end. Closing time was guessed.";

    /// <summary>Civil dusk at Asker falls after midnight from about 7 June to 8 July.</summary>
    private static bool IsMidsummer(DateTime local) =>
        local.Date >= new DateTime(local.Year, 6, 1) && local.Date <= new DateTime(local.Year, 7, 15);

    private static bool IsOctoberSwitchSunday(DateTime date) => date == LastSunday(date.Year, 10);

    [GeneratedRegex(@"\b(sunrise|sunset|dawn|dusk)\b")]
    private static partial Regex VariableTime();

    [GeneratedRegex(@"\d\d:\d\d-\(?dusk")]
    private static partial Regex FixedStartToDusk();

    [GeneratedRegex(@"-\(?dusk")]
    private static partial Regex RangeToDusk();

    [GeneratedRegex(@"\b20\d\d\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"easter[^;,|]*-\s*easter")]
    private static partial Regex EasterRange();
}
