using System.Globalization;
using Omigjen.OpeningHours;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Initiatives;

/// <summary>The one-line answer to "can I go now?" for an entry, in the request's language.</summary>
public static class StatusText
{
    public static string For(DirectoryEntry entry, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var i = entry.Initiative;
        if (i.Status == InitiativeStatus.Archived)
            return L.T("Nedlagt", "Closed down");
        if (i.Status == InitiativeStatus.TemporarilyClosed)
        {
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
            if (i.ClosedUntil is null) return L.T("Midlertidig stengt", "Temporarily closed");
            if (i.ClosedUntil >= today)
                return L.T($"Midlertidig stengt til og med {i.ClosedUntil.Value.ToString("d. MMMM", CultureInfo.GetCultureInfo("nb-NO"))}",
                    $"Temporarily closed until {i.ClosedUntil.Value.ToString("d MMMM", CultureInfo.GetCultureInfo("en-GB"))}");
        }
        if (entry.Schedule is null)
            return L.T("Åpningstider ikke oppgitt", "Opening hours not given");
        return OpeningHoursText.DescribeStatus(entry.Schedule, now, entry.Context, L.IsEnglish ? Language.En : Language.Nb);
    }

    /// <summary>
    /// Under a time filter, when the place is open in the chosen span ("Åpen lørdag kl. 10.00–15.00"), not whether it is
    /// open now; null when no time is chosen (or "now"), and the card keeps <see cref="For"/>.
    /// </summary>
    public static string? ForFilter(DirectoryEntry entry, OpenWhen when, DateTime? at, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(zone);
        if (when is OpenWhen.Any or OpenWhen.Now || entry.Schedule is not { } schedule) return null;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        if (when == OpenWhen.At)
        {
            if (at is null) return null;
            var instant = OpenWhenRules.ToInstant(at.Value, zone);
            var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
            var whole = schedule.GetIntervals(OpenWhenRules.Local(day, TimeOnly.MinValue, zone), OpenWhenRules.Local(day.AddDays(1), TimeOnly.MinValue, zone), entry.Context)
                .FirstOrDefault(i => i.State == OpeningState.Open && i.From <= instant && instant < i.To);
            return whole is null || OpenWhenRules.StateAt(entry, instant, zone) != OpeningState.Open ? null : Open(whole, today, zone);
        }
        foreach (var (from, to) in OpenWhenRules.Windows(when, now, zone))
        {
            var first = schedule.GetIntervals(from, to, entry.Context)
                .FirstOrDefault(i => i.State == OpeningState.Open && OpenWhenRules.StateAt(entry, i.From, zone) == OpeningState.Open);
            if (first is not null) return Open(first, today, zone);
        }
        return null;
    }

    /// <summary>
    /// What a result card, the API's <c>statusText</c> and a map pin say, and the state its colour shows: under a time
    /// filter the place's opening in the chosen span (<see cref="ForFilter"/>, always open: the filter only keeps places
    /// open then), otherwise the answer for now (<paramref name="stateNow"/>).
    /// </summary>
    public static (string Text, OpeningState State) Describe(DirectorySnapshot snapshot, DirectoryEntry entry, OpenWhen when, DateTime? at,
                                                            DateTimeOffset now, TimeZoneInfo zone, OpeningState stateNow)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return ForFilter(entry, when, at, now, zone) is { } filtered
            ? (filtered, OpeningState.Open)
            : (snapshot.StatusTextFor(entry, now, zone), stateNow);
    }

    /// <summary>"Åpen i dag kl. 18.00–22.00", "Åpen lørdag kl. 10.00–15.00" within the week, else with the date.</summary>
    private static string Open(OpeningInterval interval, DateOnly today, TimeZoneInfo zone)
    {
        var from = TimeZoneInfo.ConvertTime(interval.From, zone);
        var to = TimeZoneInfo.ConvertTime(interval.To, zone);
        var day = DateOnly.FromDateTime(from.DateTime);
        var nb = CultureInfo.GetCultureInfo("nb-NO");
        var en = CultureInfo.GetCultureInfo("en-GB");
        var (dayNb, dayEn) = day == today ? ("i dag", "today")
            : day.DayNumber - today.DayNumber < 7 ? (day.ToString("dddd", nb), day.ToString("dddd", en))
            : (day.ToString("dddd d'.' MMM", nb), day.ToString("dddd d MMM", en));
        var range = TimeText.Range(TimeOnly.FromDateTime(from.DateTime), TimeOnly.FromDateTime(to.DateTime));
        return L.T($"Åpen {dayNb} kl. {range}", $"Open {dayEn} {range}");
    }
}
