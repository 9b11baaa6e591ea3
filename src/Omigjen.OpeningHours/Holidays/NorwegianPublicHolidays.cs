namespace Omigjen.OpeningHours;

/// <summary>
/// The 12 Norwegian public holidays (lov om helligdager og helgedagsfred, plus 1 and 17 May).
/// Christmas Eve and New Year's Eve are not public holidays.
/// </summary>
/// <remarks>
/// Supported years are 1900–2200; dates outside that range are never holidays.
/// When two holidays fall on the same date (17 May 2027 is also Whit Monday, 1 May 2008 was also Ascension Day)
/// the date appears once, with the names joined by " / " in the order fixed-date holiday first:
/// "Grunnlovsdagen / Andre pinsedag" and "Constitution Day / Whit Monday". That year therefore has 11 entries.
/// Thread-safe; each year is computed once and cached, so lookups do not allocate.
/// </remarks>
public sealed class NorwegianPublicHolidays : IHolidayCalendar
{
    public const int MinYear = 1900;
    public const int MaxYear = 2200;

    private static readonly Holiday[]?[] Cache = new Holiday[]?[MaxYear - MinYear + 1];

    private NorwegianPublicHolidays()
    {
    }

    public static NorwegianPublicHolidays Instance { get; } = new();

    /// <summary>The public holidays of <paramref name="year"/>, one entry per date, ordered by date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1900–2200.</exception>
    public static IReadOnlyList<Holiday> ForYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        return GetYear(year);
    }

    public bool TryGetHoliday(DateOnly date, out Holiday holiday)
    {
        if (date.Year is >= MinYear and <= MaxYear)
        {
            foreach (var candidate in GetYear(date.Year))
            {
                if (candidate.Date == date)
                {
                    holiday = candidate;
                    return true;
                }
            }
        }

        holiday = null!;
        return false;
    }

    private static Holiday[] GetYear(int year)
    {
        ref var slot = ref Cache[year - MinYear];
        var cached = Volatile.Read(ref slot);
        if (cached is not null)
        {
            return cached;
        }

        // Two threads may compute the same year; both results are equal, the first one stored wins.
        var computed = NorwegianHolidayRules.Compute(year);
        return Interlocked.CompareExchange(ref slot, computed, null) ?? computed;
    }
}
