using Omigjen.OpeningHours.Syntax;

namespace Omigjen.OpeningHours.Evaluation;

/// <summary>Resolves a time point to local minutes after midnight on a given day.</summary>
internal static class SunClock
{
    private const int Noon = 12 * 60;
    private const int Midnight = 24 * 60;

    public static int Resolve(TimePoint point, DateOnly day, EvaluationContext context)
    {
        if (point.IsFixed)
        {
            return point.Minutes;
        }

        if (context.Latitude is not { } latitude || context.Longitude is null)
        {
            return point.FallbackMinutes;
        }

        var sunEvent = point.Variable switch
        {
            TimeVariable.Dawn => SunEvent.Dawn,
            TimeVariable.Sunrise => SunEvent.Sunrise,
            TimeVariable.Sunset => SunEvent.Sunset,
            _ => SunEvent.Dusk,
        };
        int minutes = context.GetSunMinutes(day, sunEvent);
        if (minutes == EvaluationContext.SunMissing)
        {
            minutes = PolarMinutes(point.Variable, day, latitude);
        }

        return minutes + point.Minutes;
    }

    /// <summary>
    /// Defined behaviour when the event does not happen: under the midnight sun morning events are at 00:00 and
    /// evening events at 24:00 (so "sunrise-sunset" is open all day); in polar night every event is at noon
    /// (so "sunrise-sunset" is empty). Which of the two applies follows the sign of the sun's declination.
    /// </summary>
    private static int PolarMinutes(TimeVariable variable, DateOnly day, double latitude)
    {
        double declinationSign = Math.Sin(2 * Math.PI * (day.DayOfYear - 80) / 365.0);
        bool polarDay = latitude * declinationSign > 0;
        if (!polarDay)
        {
            return Noon;
        }

        return variable is TimeVariable.Dawn or TimeVariable.Sunrise ? 0 : Midnight;
    }
}
