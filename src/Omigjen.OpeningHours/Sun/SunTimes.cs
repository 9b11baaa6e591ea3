using NodaTime;

namespace Omigjen.OpeningHours;

/// <summary>
/// Dawn, sunrise, sunset and dusk for a place and a local date, from the same astronomy as suncalc
/// (Meeus' solar position and rise/set method), so results agree with opening_hours.js to well within a minute.
/// </summary>
/// <remarks>
/// <para>Polar behaviour: when the sun stays above the event's altitude all day (midnight sun, or white nights
/// for dawn/dusk) or below it all day (polar night), the event does not occur and <see cref="Get"/> returns
/// <c>null</c>; it never throws for that. Callers decide what a missing sunrise means for opening hours.</para>
/// <para>An event belongs to the local calendar day on which it happens. Near the polar circles an event can
/// slip past midnight into the neighbouring day; that date then has no such event (null) or gets the
/// neighbouring solar day's one, as opening_hours.js does.</para>
/// <para>In summer at Asker's latitude civil dusk falls after midnight, so the dusk <em>on</em> 21 June is the one
/// at about 00:26 that morning, belonging to the evening of 20 June.</para>
/// <para>Dates before year 2 or after 9998 have no events (null).</para>
/// <para>The result has millisecond precision; opening_hours.js truncates it to the whole minute.</para>
/// <para>Thread-safe. Results are cached per place and date, so repeated calls do not allocate.</para>
/// </remarks>
public static class SunTimes
{
    /// <summary>The instant of <paramref name="ev"/> on <paramref name="localDate"/>, or null if it does not occur.</summary>
    /// <param name="localDate">Calendar date in <paramref name="timeZoneId"/>.</param>
    /// <param name="latitude">Degrees north, -90 to 90.</param>
    /// <param name="longitude">Degrees east, -180 to 180.</param>
    /// <param name="ev">The event.</param>
    /// <param name="timeZoneId">IANA time zone, e.g. <c>Europe/Oslo</c>; the offset of the result is that zone's.</param>
    /// <exception cref="ArgumentOutOfRangeException">Latitude or longitude is out of range or not a number.</exception>
    /// <exception cref="DateTimeZoneNotFoundException">The time zone is unknown.</exception>
    public static DateTimeOffset? Get(DateOnly localDate, double latitude, double longitude, SunEvent ev, string timeZoneId)
    {
        if (!(latitude is >= -90 and <= 90))
        {
            throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "Latitude must be between -90 and 90.");
        }

        if (!(longitude is >= -180 and <= 180))
        {
            throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "Longitude must be between -180 and 180.");
        }

        ArgumentNullException.ThrowIfNull(timeZoneId);
        if ((uint)ev > (uint)SunEvent.Dusk)
        {
            throw new ArgumentOutOfRangeException(nameof(ev));
        }

        // Neighbouring solar days must stay inside DateTimeOffset's range; the astronomy is meaningless there anyway.
        if (localDate.Year is < 2 or > 9998)
        {
            return null;
        }

        var entry = SunTimesCache.Find(localDate, latitude, longitude, timeZoneId);
        if (entry is null)
        {
            entry = Compute(localDate, latitude, longitude, timeZoneId);
            SunTimesCache.Store(entry);
        }

        return entry[ev];
    }

    /// <summary>
    /// The event of the solar day centred on <paramref name="localDate"/>, even when it falls on another local
    /// date (civil dusk after midnight in summer); not cached, arguments as for <see cref="Get"/> and already checked.
    /// </summary>
    internal static DateTimeOffset? GetOfSolarDay(DateOnly localDate, double latitude, double longitude, SunEvent ev, string timeZoneId)
    {
        if (localDate.Year is < 2 or > 9998)
        {
            return null;
        }

        var zone = DateTimeZoneProviders.Tzdb[timeZoneId];
        var place = new SunPlace(latitude * SolarPosition.Deg, longitude * SolarPosition.Deg, zone, localDate);
        double altitude = ev is SunEvent.Dawn or SunEvent.Dusk ? SolarDay.TwilightAltitude : SolarDay.SunriseAltitude;
        return place.FindInOwnSolarDay(altitude, rising: ev is SunEvent.Dawn or SunEvent.Sunrise);
    }

    private static SunDayEntry Compute(DateOnly localDate, double latitude, double longitude, string timeZoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb[timeZoneId];
        var place = new SunPlace(latitude * SolarPosition.Deg, longitude * SolarPosition.Deg, zone, localDate);
        return new SunDayEntry(localDate, latitude, longitude, timeZoneId)
        {
            Dawn = place.Find(SolarDay.TwilightAltitude, rising: true),
            Sunrise = place.Find(SolarDay.SunriseAltitude, rising: true),
            Sunset = place.Find(SolarDay.SunriseAltitude, rising: false),
            Dusk = place.Find(SolarDay.TwilightAltitude, rising: false),
        };
    }
}
