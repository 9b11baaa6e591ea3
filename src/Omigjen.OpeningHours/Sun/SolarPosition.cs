namespace Omigjen.OpeningHours;

/// <summary>
/// The sun's apparent position by the low-precision series of Meeus, Astronomical Algorithms, ch. 25
/// (about 0.01°, far below a minute of rise/set time). Time is in days since J2000.0 (2000-01-01 12:00).
/// </summary>
internal static class SolarPosition
{
    public const double Deg = Math.PI / 180;

    /// <summary>Right ascension and declination (radians) at <paramref name="daysTt"/> (Terrestrial Time).</summary>
    public static (double RightAscension, double Declination) Equatorial(double daysTt)
    {
        double t = daysTt / 36525;
        double meanLongitude = Deg * (280.46646 + (t * (36000.76983 + (t * 0.0003032))));
        double meanAnomaly = Deg * (357.52911 + (t * (35999.05029 - (t * 0.0001537))));
        double centre = Deg * (((1.914602 - (t * (0.004817 + (t * 0.000014)))) * Math.Sin(meanAnomaly))
            + ((0.019993 - (0.000101 * t)) * Math.Sin(2 * meanAnomaly))
            + (0.000289 * Math.Sin(3 * meanAnomaly)));

        // Nutation and aberration via the longitude of the Moon's ascending node (Meeus 25.8).
        double node = Deg * (125.04 - (1934.136 * t));
        double apparentLongitude = meanLongitude + centre - (Deg * (0.00569 + (0.00478 * Math.Sin(node))));
        double obliquity = (Deg * (23.439291 - (t * (0.0130042 + (t * (0.00000016 - (t * 0.000000504)))))))
            + (Deg * 0.00256 * Math.Cos(node));

        double sinLongitude = Math.Sin(apparentLongitude);
        return (
            Math.Atan2(Math.Cos(obliquity) * sinLongitude, Math.Cos(apparentLongitude)),
            Math.Asin(Math.Sin(obliquity) * sinLongitude));
    }

    /// <summary>Local mean sidereal time (radians) at <paramref name="daysUt"/>, Meeus 12.4 without the tiny T² terms.</summary>
    public static double LocalSiderealTime(double daysUt, double longitudeRad) =>
        (Deg * (280.46061837 + (360.98564736629 * daysUt))) + longitudeRad;

    public static double Altitude(double hourAngle, double latitudeRad, double declination) =>
        Math.Asin((Math.Sin(latitudeRad) * Math.Sin(declination))
            + (Math.Cos(latitudeRad) * Math.Cos(declination) * Math.Cos(hourAngle)));

    /// <summary>
    /// TT minus UT in days, from the Espenak–Meeus polynomial fits (NASA eclipse pages). Its effect on the sun is
    /// below a second except where the sun grazes the altitude near the polar circles, where it moves the
    /// event by seconds; the outer fits are extended past their ranges, as suncalc does, for agreement.
    /// </summary>
    public static double DeltaTDays(double daysUt)
    {
        double y = 2000 + (daysUt / 365.2425);
        double t;
        double seconds;
        if (y < 1920)
        {
            t = y - 1900;
            seconds = -2.79 + (t * (1.494119 + (t * (-0.0598939 + (t * (0.0061966 - (t * 0.000197)))))));
        }
        else if (y < 1941)
        {
            t = y - 1920;
            seconds = 21.20 + (t * (0.84493 + (t * (-0.076100 + (t * 0.0020936)))));
        }
        else if (y < 1961)
        {
            t = y - 1950;
            seconds = 29.07 + (t * (0.407 + (t * ((-1 / 233.0) + (t / 2547)))));
        }
        else if (y < 1986)
        {
            t = y - 1975;
            seconds = 45.45 + (t * (1.067 + (t * ((-1 / 260.0) - (t / 718)))));
        }
        else if (y < 2005)
        {
            t = y - 2000;
            seconds = 63.86 + (t * (0.3345 + (t * (-0.060374 + (t * (0.0017275 + (t * (0.000651814 + (t * 0.00002373599)))))))));
        }
        else if (y < 2050)
        {
            t = y - 2000;
            seconds = 62.92 + (t * (0.32217 + (t * 0.005589)));
        }
        else
        {
            t = (y - 1820) / 100;
            seconds = -20 + (32 * t * t) - (0.5628 * (2150 - y));
        }

        return seconds / 86400;
    }

    /// <summary>Wraps an angle into (-π, π].</summary>
    public static double Wrap(double angle) => angle - (2 * Math.PI * Math.Round(angle / (2 * Math.PI)));
}
