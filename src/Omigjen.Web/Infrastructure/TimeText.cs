using System.Globalization;

namespace Omigjen.Web.Infrastructure;

/// <summary>
/// Times of day for people to read, in pages and e-mails alike: "kl. 10.00" in bokmål (Språkrådet's period between hours
/// and minutes), "10:00" in English. Machine values (form fields, opening_hours, ISO) keep the colon and do not use this.
/// </summary>
public static class TimeText
{
    private static readonly CultureInfo Nb = CultureInfo.GetCultureInfo("nb-NO");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"10.00" / "10:00" in the request's language.</summary>
    public static string Clock(TimeOnly time) => Clock(time, L.IsEnglish);

    public static string Clock(TimeOnly time, bool english) =>
        time.ToString(english ? "HH':'mm" : "HH'.'mm", CultureInfo.InvariantCulture);

    /// <summary>A span of a day as "10.00" / "10:00"; 24 hours or more (an end at midnight) is "24.00" / "24:00".</summary>
    public static string Clock(TimeSpan time, bool english) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours:00}{(english ? ":" : ".")}{time.Minutes:00}");

    /// <summary>"10.00–15.00" / "10:00–15:00".</summary>
    public static string Range(TimeOnly from, TimeOnly to) => Clock(from) + "–" + (to == TimeOnly.MinValue ? Clock(TimeSpan.FromHours(24), L.IsEnglish) : Clock(to));

    /// <summary>"lørdag 5. desember kl. 10.00" / "Saturday 5 December at 10:00" for a local time.</summary>
    public static string DayAndTime(DateTimeOffset local) => DayAndTime(local, L.IsEnglish);

    public static string DayAndTime(DateTimeOffset local, bool english) =>
        english ? local.ToString("dddd d MMMM 'at' HH':'mm", En) : local.ToString("dddd d'.' MMMM 'kl.' HH'.'mm", Nb);

    /// <summary>"5. des. 2026 kl. 10.00" / "5 Dec 2026 10:00": a short stamp for lists.</summary>
    public static string Stamp(DateTimeOffset local) =>
        L.IsEnglish ? local.ToString("d MMM yyyy HH':'mm", En) : local.ToString("d'.' MMM yyyy 'kl.' HH'.'mm", Nb);

    /// <summary>"2. desember 2026 kl. 10.00" / "2 December 2026, 10:00": a date written out, with the time.</summary>
    public static string LongStamp(DateTimeOffset local) =>
        L.IsEnglish ? local.ToString("d MMMM yyyy', 'HH':'mm", En) : local.ToString("d'.' MMMM yyyy 'kl.' HH'.'mm", Nb);
}
