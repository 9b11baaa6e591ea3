using System.Globalization;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Initiatives;

/// <summary>
/// "I helgen" / "Neste helg", one rule for the directory, the item search and lending: the coming Saturday and Sunday.
/// Today counts only when it is a Saturday or Sunday and the place is still open later today; otherwise the weekend
/// after it does, so on a Sunday evening a place open on Saturdays is found for next Saturday.
/// </summary>
public static class Weekend
{
    private static readonly CultureInfo Nb = CultureInfo.GetCultureInfo("nb-NO");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// The weekend named in labels and booked by day in lending: this week's Saturday and Sunday; on a Saturday this
    /// one (a day and a half is left); on a Sunday the next (only the evening of a day is left to book or to visit).
    /// </summary>
    public static (DateOnly Saturday, DateOnly Sunday) Days(DateOnly today)
    {
        var saturday = today.DayOfWeek == DayOfWeek.Sunday ? today.AddDays(6)
            : today.AddDays(((int)DayOfWeek.Saturday - (int)today.DayOfWeek + 7) % 7);
        return (saturday, saturday.AddDays(1));
    }

    /// <summary>
    /// The spans in which a place must open to count as open "i helgen": on a weekday the coming Saturday and Sunday;
    /// on a Saturday or Sunday the rest of this weekend from <paramref name="now"/> (the place is still open later
    /// today, or tomorrow on a Saturday) and otherwise the next whole weekend.
    /// </summary>
    public static IReadOnlyList<(DateTimeOffset From, DateTimeOffset To)> Windows(DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        if (today.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            var (saturday, _) = Days(today);
            return [(OpenWhenRules.Local(saturday, TimeOnly.MinValue, zone), OpenWhenRules.Local(saturday.AddDays(2), TimeOnly.MinValue, zone))];
        }
        var monday = today.AddDays(today.DayOfWeek == DayOfWeek.Saturday ? 2 : 1);
        var next = monday.AddDays(5);
        return
        [
            (now, OpenWhenRules.Local(monday, TimeOnly.MinValue, zone)),
            (OpenWhenRules.Local(next, TimeOnly.MinValue, zone), OpenWhenRules.Local(next.AddDays(2), TimeOnly.MinValue, zone)),
        ];
    }

    /// <summary>"lør. 12.–søn. 13. des." / "Sat 12–Sun 13 Dec" for <see cref="Days"/>; the month on both ends when they differ.</summary>
    public static string Dates(DateOnly today)
    {
        var (sat, sun) = Days(today);
        var sameMonth = sat.Month == sun.Month;
        var nb = $"{sat.ToString(sameMonth ? "ddd d'.'" : "ddd d'.' MMM", Nb)}–{sun.ToString("ddd d'.' MMM", Nb)}";
        var en = $"{sat.ToString(sameMonth ? "ddd d" : "ddd d MMM", En)}–{sun.ToString("ddd d MMM", En)}";
        return L.T(nb, en);
    }

    /// <summary>"I helgen (lør. 12.–søn. 13. des.)" / "This weekend (Sat 12–Sun 13 Dec)".</summary>
    public static string Label(DateOnly today) => L.T($"I helgen ({Dates(today)})", $"This weekend ({Dates(today)})");
}
