using System.Collections.Concurrent;

namespace Omigjen.OpeningHours.Evaluation;

/// <summary>
/// Names for the day before or after a holiday ("PH -1 day"), cached so evaluation does not allocate.
/// The English prefix matches the comment the reference implementation reports.
/// </summary>
internal static class HolidayNames
{
    private static readonly ConcurrentDictionary<(Holiday Holiday, int Offset), Holiday> Cache = new();

    public static Holiday Shifted(Holiday holiday, int offset) =>
        Cache.GetOrAdd((holiday, offset), static key => key.Offset > 0
            ? new Holiday(key.Holiday.Date.AddDays(key.Offset), "Day after " + key.Holiday.NameNb, "Day after " + key.Holiday.NameEn)
            : new Holiday(key.Holiday.Date.AddDays(key.Offset), "Day before " + key.Holiday.NameNb, "Day before " + key.Holiday.NameEn));
}
