namespace Omigjen.OpeningHours;

/// <summary>
/// Transit, rising and setting of the sun around one solar day, after Meeus ch. 15: find the transit where the
/// local hour angle is zero, take the hour angle at which the sun reaches the target altitude, then correct
/// the times with the sun's actual altitude there. All times are days since J2000.0 (UT).
/// </summary>
internal static class SolarDay
{
    /// <summary>Sun's centre 0.833° below the horizon: 34′ refraction plus 16′ semi-diameter.</summary>
    public const double SunriseAltitude = -0.833 * SolarPosition.Deg;

    /// <summary>Civil twilight.</summary>
    public const double TwilightAltitude = -6 * SolarPosition.Deg;

    /// <summary>Transit nearest to noon (UT) of day <paramref name="dayFromJ2000"/>, shifted by longitude.</summary>
    /// <remarks><paramref name="declination"/> is the sun's declination at transit, which the crossings use.</remarks>
    public static double Transit(int dayFromJ2000, double longitudeRad, out double declination)
    {
        double transit = dayFromJ2000 - (longitudeRad / (2 * Math.PI));
        declination = 0;
        for (int i = 0; i < 4; i++)
        {
            double hourAngle = HourAngle(transit, longitudeRad, out declination);
            transit -= hourAngle / (2 * Math.PI);
            if (Math.Abs(hourAngle) < 1e-7)
            {
                break; // 1e-7 rad of hour angle is about 1 ms
            }
        }

        return transit;
    }

    /// <summary>
    /// Time the sun crosses <paramref name="altitude"/> before (<paramref name="rising"/>) or after the transit,
    /// or NaN when it stays above or below that altitude the whole day (polar day or night).
    /// </summary>
    public static double Crossing(double transit, double declination, double altitude, bool rising, double longitudeRad, double latitudeRad)
    {
        double cosHourAngle = (Math.Sin(altitude) - (Math.Sin(latitudeRad) * Math.Sin(declination)))
            / (Math.Cos(latitudeRad) * Math.Cos(declination));
        if (cosHourAngle is < -1 or > 1 || double.IsNaN(cosHourAngle))
        {
            return double.NaN;
        }

        double offset = Math.Acos(cosHourAngle) / (2 * Math.PI);
        double time = rising ? transit - offset : transit + offset;

        // The declination changes during the day; correct with the altitude actually reached (Meeus 15.2).
        for (int i = 0; i < 2; i++)
        {
            double hourAngle = HourAngle(time, longitudeRad, out double declinationNow);
            double reached = SolarPosition.Altitude(hourAngle, latitudeRad, declinationNow);
            double rate = Math.Cos(latitudeRad) * Math.Cos(declinationNow) * Math.Sin(hourAngle);
            if (Math.Abs(rate) < 1e-6)
            {
                break; // grazing the altitude: the correction would be ill-conditioned
            }

            time += (reached - altitude) / (2 * Math.PI * rate);
        }

        return time;
    }

    private static double HourAngle(double daysUt, double longitudeRad, out double declination)
    {
        var (rightAscension, dec) = SolarPosition.Equatorial(daysUt + SolarPosition.DeltaTDays(daysUt));
        declination = dec;
        return SolarPosition.Wrap(SolarPosition.LocalSiderealTime(daysUt, longitudeRad) - rightAscension);
    }
}
