using System.Collections.Concurrent;
using NodaTime;

namespace Omigjen.OpeningHours;

/// <summary>
/// Where a schedule is evaluated: the IANA time zone, the coordinates for sun times and the holiday calendars.
/// Create once and reuse: the zone and sun times are looked up once and cached. Thread-safe.
/// </summary>
public sealed class EvaluationContext
{
    private readonly ConcurrentDictionary<(DateOnly Date, SunEvent Event), int> sunMinutes = new();

    /// <param name="timeZoneId">IANA zone id such as "Europe/Oslo".</param>
    /// <param name="publicHolidays">Calendar for <c>PH</c>; null means the Norwegian public holidays.</param>
    /// <param name="schoolHolidays">Calendar for <c>SH</c>; null means no school holidays are known.</param>
    /// <exception cref="ArgumentException">The time zone id is unknown.</exception>
    public EvaluationContext(string timeZoneId = "Europe/Oslo", double? latitude = null, double? longitude = null,
                             IHolidayCalendar? publicHolidays = null, IHolidayCalendar? schoolHolidays = null)
    {
        ArgumentNullException.ThrowIfNull(timeZoneId);
        Zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId)
            ?? throw new ArgumentException($"Unknown IANA time zone \"{timeZoneId}\".", nameof(timeZoneId));
        TimeZoneId = timeZoneId;
        Latitude = latitude;
        Longitude = longitude;
        PublicHolidays = publicHolidays ?? NorwegianPublicHolidays.Instance;
        SchoolHolidays = schoolHolidays;
    }

    /// <summary>Europe/Oslo, Asker's centre (59.83, 10.43), Norwegian public holidays, no school holiday data.</summary>
    public static EvaluationContext Oslo { get; } = new("Europe/Oslo", 59.83, 10.43);

    public string TimeZoneId { get; }

    public double? Latitude { get; }

    public double? Longitude { get; }

    public IHolidayCalendar PublicHolidays { get; }

    public IHolidayCalendar? SchoolHolidays { get; }

    internal DateTimeZone Zone { get; }

    /// <summary>
    /// Local minutes after midnight of a sun event, or <see cref="SunMissing"/> when it does not happen that day
    /// (polar day or night). Without coordinates the caller uses fixed fallback times instead.
    /// </summary>
    internal int GetSunMinutes(DateOnly date, SunEvent sunEvent)
    {
        if (sunMinutes.TryGetValue((date, sunEvent), out int cached))
        {
            return cached;
        }

        int computed = ComputeSunMinutes(date, sunEvent);
        if (sunMinutes.Count < 100_000)
        {
            sunMinutes.TryAdd((date, sunEvent), computed);
        }

        return computed;
    }

    internal const int SunMissing = int.MinValue;

    /// <summary>
    /// Events are taken per solar day: an evening event that happens after midnight counts for the day before
    /// (as 24:xx; civil dusk at Asker from about 7 June to 8 July), a morning event before midnight for the day after.
    /// </summary>
    private int ComputeSunMinutes(DateOnly date, SunEvent sunEvent)
    {
        bool evening = sunEvent is SunEvent.Sunset or SunEvent.Dusk;
        int own = LocalMinutes(date, sunEvent, date);
        if (own != SunMissing && (evening ? own >= Noon : own < Noon))
        {
            return own;
        }

        if (evening)
        {
            // Near midsummer dusk can fall after midnight on several days in a row, so the next date may hold
            // two dusks or none; the date's own solar day tells which one ends this evening.
            var ownSolarDay = SunTimes.GetOfSolarDay(date, Latitude!.Value, Longitude!.Value, sunEvent, TimeZoneId);
            int solar = ownSolarDay is null ? SunMissing : ToMinutes(ownSolarDay.Value, date);
            if (solar is >= Noon and < DayMinutes + Noon)
            {
                return solar;
            }
        }

        var neighbour = evening ? date.AddDays(1) : date.AddDays(-1);
        int other = LocalMinutes(neighbour, sunEvent, date);
        // An evening event belongs here when it happens after midnight but before the next noon (24:00-36:00);
        // a morning event when it happens after the previous noon (-12:00-12:00).
        bool belongsHere = other != SunMissing && (evening ? other >= DayMinutes && other < DayMinutes + Noon : other >= Noon - DayMinutes && other < Noon);
        return belongsHere ? other : SunMissing;
    }

    private const int Noon = 12 * 60;
    private const int DayMinutes = 24 * 60;

    /// <summary>Whole local minutes of the event on <paramref name="date"/>, counted from midnight of <paramref name="relativeTo"/>.</summary>
    private int LocalMinutes(DateOnly date, SunEvent sunEvent, DateOnly relativeTo)
    {
        var time = SunTimes.Get(date, Latitude!.Value, Longitude!.Value, sunEvent, TimeZoneId);
        if (time is null)
        {
            return SunMissing;
        }

        return ToMinutes(time.Value, relativeTo);
    }

    private int ToMinutes(DateTimeOffset time, DateOnly relativeTo)
    {
        var local = Instant.FromDateTimeOffset(time).InZone(Zone).LocalDateTime;
        int dayShift = local.Date.ToDateOnly().DayNumber - relativeTo.DayNumber;
        return (dayShift * DayMinutes) + (local.Hour * 60) + local.Minute;
    }
}
