namespace Omigjen.OpeningHours.Tests.Differential;

/// <summary>
/// Recognises disagreements that are documented in docs/opening-hours-differences.md. Recognising a
/// disagreement only labels it in the report: it is still counted against the agreement figure.
/// </summary>
internal static class KnownDifferences
{
    public const string OracleThrows = "D1 oracle throws (variable time does not occur)";
    public const string WhitMondayOnConstitutionDay = "D2 17 May 2027 is both Whit Monday and Constitution Day";

    public static string? Match(string value, long epoch, TimeZoneInfo zone, OracleAnswer oracle, OurAnswer ours)
    {
        if (oracle.State == 'x')
        {
            return OracleThrows;
        }

        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(epoch), zone);
        if (local.Year == 2027 && local.Month == 5 && local.Day == 17
            && value.Contains("PH", StringComparison.Ordinal)
            && oracle.State == ours.State && oracle.NextChange == ours.NextChange)
        {
            return WhitMondayOnConstitutionDay;
        }

        return null;
    }
}
