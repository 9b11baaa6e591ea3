using System.Globalization;
using Omigjen.OpeningHours;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Initiatives;

/// <summary>Days, dates and times in plain words for the hours pages and the public list of exceptions.</summary>
public static class HoursText
{
    private static readonly CultureInfo Nb = CultureInfo.GetCultureInfo("nb-NO");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    private static readonly string[] WeekdaysNb = ["Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag"];
    private static readonly string[] WeekdaysEn = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>Monday first, as Norwegian weeks are shown.</summary>
    public static readonly IReadOnlyList<DayOfWeek> Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static string WeekdayNb(int mondayBased) => WeekdaysNb[mondayBased];

    public static string WeekdayEn(int mondayBased) => WeekdaysEn[mondayBased];

    public static string Weekday(int mondayBased) => L.T(WeekdaysNb[mondayBased], WeekdaysEn[mondayBased]);

    /// <summary>10.00 in bokmål, 10:00 in English; an end at midnight is 24.00.</summary>
    public static string Time(TimeOnly time, bool isEnd = false)
        => isEnd && time == TimeOnly.MinValue ? TimeText.Clock(TimeSpan.FromHours(24), L.IsEnglish) : TimeText.Clock(time);

    public static string Period(TimeRange range) => Time(range.Start) + "–" + Time(range.End, isEnd: true);

    /// <summary>"24. desember" / "24 December", with the year when it is not this year.</summary>
    public static string Date(DateOnly date, DateOnly today) =>
        date.Year == today.Year
            ? L.T(date.ToString("d. MMMM", Nb), date.ToString("d MMMM", En))
            : L.T(date.ToString("d. MMMM yyyy", Nb), date.ToString("d MMMM yyyy", En));

    /// <summary>"Onsdag 2. desember" / "Wednesday 2 December".</summary>
    public static string DayLabel(DateOnly date) =>
        Weekday(((int)date.DayOfWeek + 6) % 7) + " " + L.T(date.ToString("d. MMMM", Nb), date.ToString("d MMMM", En));

    /// <summary>"i dag", "24. desember", "24.–26. desember", "30. november–2. desember", "til og med 10. desember".</summary>
    public static string Dates(DateOnly from, DateOnly to, DateOnly today)
    {
        if (from == to)
        {
            if (from == today) return L.T("i dag", "today");
            if (from == today.AddDays(1)) return L.T("i morgen", "tomorrow");
            return Date(from, today);
        }
        if (from <= today) return L.T("til og med ", "until ") + Date(to, today);
        bool sameYear = from.Year == to.Year, showYear = from.Year != today.Year || to.Year != today.Year;
        if (sameYear && from.Month == to.Month)
        {
            return L.T(
                from.ToString("d.", Nb) + "–" + to.ToString(showYear ? "d. MMMM yyyy" : "d. MMMM", Nb),
                from.ToString("d", En) + "–" + to.ToString(showYear ? "d MMMM yyyy" : "d MMMM", En));
        }
        if (sameYear && !showYear) return Date(from, today) + "–" + Date(to, today);
        return L.T(from.ToString("d. MMMM yyyy", Nb) + "–" + to.ToString("d. MMMM yyyy", Nb),
            from.ToString("d MMMM yyyy", En) + "–" + to.ToString("d MMMM yyyy", En));
    }

    /// <summary>The times of an exception ("10.00–14.00"), empty when it is a closed day.</summary>
    public static string Times(SpecialHours exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var rule = exception.ToRule();
        return rule.Closed ? "" : string.Join(", ", rule.Times.Select(Period));
    }

    /// <summary>"Stengt i dag: Sykdom", "Stengt 24.–26. desember: Jul", "Åpent i morgen kl. 12.00–15.00".</summary>
    public static string Describe(SpecialHours exception, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var dates = Dates(exception.From, exception.To, today);
        var what = exception.ToRule().Closed
            ? L.T("Stengt ", "Closed ") + dates
            : L.T($"Åpent {dates} kl. {Times(exception)}", $"Open {dates} {Times(exception)}");
        return string.IsNullOrWhiteSpace(exception.Reason) ? what : what + ": " + exception.Reason.Trim();
    }

    /// <summary>A time as typed: "10:00", "10.00", "1000" or "9:30"; 24:00 only when <paramref name="allowMidnightEnd"/>.</summary>
    public static bool TryParseTime(string? text, bool allowMidnightEnd, out TimeOnly time)
    {
        time = default;
        var s = (text ?? "").Trim().Replace('.', ':');
        if (s.Length is 3 or 4 && s.All(char.IsAsciiDigit)) s = s[..^2] + ":" + s[^2..];
        var parts = s.Split(':');
        if (parts.Length is < 2 or > 3 || parts[0].Length is < 1 or > 2 || parts[1].Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || (parts.Length == 3 && !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            return false;
        if (h == 24 && m == 0 && allowMidnightEnd) return true; // time stays 00:00, which means midnight as an end
        if (h > 23 || m > 59) return false;
        time = new TimeOnly(h, m);
        return true;
    }

    /// <summary>The value of a time field: HH:mm (an end at midnight is 00:00, as a time field cannot show 24:00).</summary>
    public static string Input(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The value of a date field.</summary>
    public static string Input(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
