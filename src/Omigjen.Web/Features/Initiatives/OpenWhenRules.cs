using Omigjen.OpeningHours;

namespace Omigjen.Web.Features.Initiatives;

/// <summary>The directory's "open when?" questions, answered from the opening-hours library and the entry's status.</summary>
public static class OpenWhenRules
{
    /// <summary>The state at an instant, taking a temporary closure or archiving into account.</summary>
    public static OpeningState StateAt(DirectoryEntry entry, DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var i = entry.Initiative;
        if (i.Status == InitiativeStatus.Archived) return OpeningState.Closed;
        if (ClosedUntilEnd(i, zone) is { } end && instant < end) return OpeningState.Closed;
        return entry.Schedule?.GetState(instant, entry.Context).State ?? OpeningState.Unknown;
    }

    public static bool Matches(DirectoryEntry entry, OpenWhen when, DateTime? at, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(zone);
        if (when == OpenWhen.Any) return true;
        if (entry.Schedule is null || entry.Initiative.Status == InitiativeStatus.Archived) return false;
        return when switch
        {
            OpenWhen.Now => StateAt(entry, now, zone) == OpeningState.Open,
            OpenWhen.At => StateAt(entry, ToInstant(at!.Value, zone), zone) == OpeningState.Open,
            _ => Windows(when, now, zone).Any(w => OpenAny(entry, w.From, w.To, zone)),
        };
    }

    /// <summary>
    /// "After 17": from 17:00 to midnight on each weekday of the coming seven days. "Weekend": as <see cref="Weekend.Windows"/>
    /// says, the rule the item search and lending share.
    /// </summary>
    public static IEnumerable<(DateTimeOffset From, DateTimeOffset To)> Windows(OpenWhen when, DateTimeOffset now, TimeZoneInfo zone)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        if (when == OpenWhen.After17)
        {
            for (var d = 0; d < 7; d++)
            {
                var day = today.AddDays(d);
                if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
                var from = Max(now, Local(day, new TimeOnly(17, 0), zone));
                var to = Local(day.AddDays(1), TimeOnly.MinValue, zone);
                if (from < to) yield return (from, to);
            }
        }
        else if (when == OpenWhen.Weekend)
        {
            foreach (var w in Weekend.Windows(now, zone)) yield return w;
        }
    }

    private static bool OpenAny(DirectoryEntry entry, DateTimeOffset from, DateTimeOffset to, TimeZoneInfo zone)
    {
        if (ClosedUntilEnd(entry.Initiative, zone) is { } end) from = Max(from, end);
        return from < to && entry.Schedule!.IsOpenAny(from, to, entry.Context);
    }

    /// <summary>A temporary closure lasts to the end of its until-date; without a date it lasts until lifted.</summary>
    private static DateTimeOffset? ClosedUntilEnd(Initiative i, TimeZoneInfo zone) =>
        i.Status != InitiativeStatus.TemporarilyClosed ? null
        : i.ClosedUntil is { } until ? Local(until.AddDays(1), TimeOnly.MinValue, zone) : DateTimeOffset.MaxValue;

    public static DateTimeOffset Local(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public static DateTimeOffset ToInstant(DateTime at, TimeZoneInfo zone) =>
        at.Kind == DateTimeKind.Utc ? new DateTimeOffset(at) : new DateTimeOffset(at, zone.GetUtcOffset(at));

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
