using NodaTime;

namespace Omigjen.OpeningHours;

/// <summary>Finds an event on one local date: the solar day of that date first, then the neighbours,
/// keeping the first result that falls on the date (the same search order as opening_hours.js).</summary>
internal readonly struct SunPlace
{
    private static readonly int J2000DayNumber = new DateOnly(2000, 1, 1).DayNumber;
    private static readonly long J2000Ticks = new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc).Ticks;

    private readonly double _latitudeRad;
    private readonly double _longitudeRad;
    private readonly DateTimeZone _zone;
    private readonly DateOnly _localDate;
    private readonly int _day;
    private readonly double _transit;
    private readonly double _declination;

    public SunPlace(double latitudeRad, double longitudeRad, DateTimeZone zone, DateOnly localDate)
    {
        _latitudeRad = latitudeRad;
        _longitudeRad = longitudeRad;
        _zone = zone;
        _localDate = localDate;
        _day = localDate.DayNumber - J2000DayNumber;

        // The date's own solar day serves nearly every event, so its transit is computed once for all four.
        _transit = SolarDay.Transit(_day, longitudeRad, out _declination);
    }

    public DateTimeOffset? Find(double altitude, bool rising)
    {
        for (int shift = 0; shift < 3; shift++)
        {
            double transit = _transit;
            double declination = _declination;
            if (shift > 0)
            {
                transit = SolarDay.Transit(_day + (shift == 1 ? -1 : 1), _longitudeRad, out declination);
            }

            double time = SolarDay.Crossing(transit, declination, altitude, rising, _longitudeRad, _latitudeRad);
            if (double.IsNaN(time))
            {
                continue;
            }

            var instant = ToLocal(time);
            if (DateOnly.FromDateTime(instant.DateTime) == _localDate)
            {
                return instant;
            }
        }

        return null;
    }

    /// <summary>The event of the date's own solar day, wherever it falls (for dusk in summer: after midnight).</summary>
    public DateTimeOffset? FindInOwnSolarDay(double altitude, bool rising)
    {
        double time = SolarDay.Crossing(_transit, _declination, altitude, rising, _longitudeRad, _latitudeRad);
        return double.IsNaN(time) ? null : ToLocal(time);
    }

    private DateTimeOffset ToLocal(double daysFromJ2000)
    {
        long utcTicks = J2000Ticks + ((long)Math.Floor(daysFromJ2000 * TimeSpan.MillisecondsPerDay) * TimeSpan.TicksPerMillisecond);
        var offset = _zone.GetUtcOffset(Instant.FromUnixTimeTicks(utcTicks - DateTime.UnixEpoch.Ticks));
        return new DateTimeOffset(utcTicks + offset.Ticks, TimeSpan.FromTicks(offset.Ticks));
    }
}
