namespace Omigjen.Web.Features.Points.Fraud;

/// <summary>
/// An issuer's acts per day against its own usual level: the average of the last 7 days over the median day of the
/// last 90 (days without acts count as 0). A ratio far above 1 is worth a look.
/// </summary>
public sealed record IssuerActivity(double Last7PerDay, double Median90, double? Ratio)
{
    public const int UsualDays = 90;
    public const int RecentDays = 7;

    /// <summary>Above this ratio the report marks the issuer.</summary>
    public const double Unusual = 3.0;

    public bool IsUnusual => Ratio is > Unusual || (Ratio is null && Last7PerDay >= 5);

    /// <param name="actDays">The local day of each act.</param>
    public static IssuerActivity Of(IEnumerable<DateOnly> actDays, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(actDays);
        var perDay = new int[UsualDays];
        foreach (var day in actDays)
        {
            var back = today.DayNumber - day.DayNumber;
            if (back >= 0 && back < UsualDays) perDay[back]++;
        }
        var recent = perDay.Take(RecentDays).Average();
        var sorted = perDay.Order().ToArray();
        var median = (sorted[(UsualDays - 1) / 2] + sorted[UsualDays / 2]) / 2.0;
        return new IssuerActivity(recent, median, median > 0 ? recent / median : null);
    }
}
