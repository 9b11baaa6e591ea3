using System.Collections.Frozen;

namespace Omigjen.OpeningHours;

/// <summary>
/// School holidays (<c>SH</c>) as data. Norway has no national list: each municipality sets its own,
/// so callers load one calendar per municipality, e.g. with <see cref="FromJson"/>.
/// </summary>
/// <remarks>
/// Periods are inclusive. Where periods overlap, the one listed first names the day.
/// Immutable and thread-safe; lookups do not allocate.
/// </remarks>
public sealed class SchoolHolidayCalendar : IHolidayCalendar
{
    /// <summary>Longer periods are rejected: they are almost certainly a typo in a year.</summary>
    public const int MaxPeriodDays = 366;

    private readonly FrozenDictionary<DateOnly, Holiday> _days;

    /// <exception cref="ArgumentException">A period ends before it starts, lasts more than
    /// <see cref="MaxPeriodDays"/> days, or has an empty name.</exception>
    public SchoolHolidayCalendar(IEnumerable<SchoolHolidayPeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        Periods = [.. periods];

        // One prebuilt Holiday per day keeps TryGetHoliday allocation-free for the evaluator.
        var days = new Dictionary<DateOnly, Holiday>();
        foreach (var period in Periods)
        {
            if (Problem(period) is { } problem)
            {
                throw new ArgumentException(problem, nameof(periods));
            }

            for (var day = period.From; day <= period.To; day = day.AddDays(1))
            {
                days.TryAdd(day, new Holiday(day, period.NameNb, period.NameEn));
            }
        }

        _days = days.ToFrozenDictionary();
    }

    public static SchoolHolidayCalendar Empty { get; } = new([]);

    public IReadOnlyList<SchoolHolidayPeriod> Periods { get; }

    /// <summary>
    /// Reads periods from JSON: either an array
    /// <c>[{"from":"2026-10-05","to":"2026-10-09","nameNb":"Høstferie","nameEn":"Autumn break"}]</c>
    /// or an object with such an array in <c>"periods"</c> (other properties, such as a note, are ignored).
    /// Dates are ISO <c>yyyy-MM-dd</c>; <c>nameEn</c> defaults to <c>nameNb</c>.
    /// </summary>
    /// <exception cref="SchoolHolidayDataException">The JSON is malformed or a period is invalid.</exception>
    public static SchoolHolidayCalendar FromJson(string json)
    {
        var periods = SchoolHolidayJson.Read(json);
        try
        {
            return new SchoolHolidayCalendar(periods);
        }
        catch (ArgumentException ex)
        {
            throw new SchoolHolidayDataException(ex.Message, ex);
        }
    }

    /// <summary>Like <see cref="FromJson"/>, but returns false with a message instead of throwing.</summary>
    public static bool TryFromJson(string json, out SchoolHolidayCalendar? calendar, out string? error)
    {
        try
        {
            calendar = FromJson(json);
            error = null;
            return true;
        }
        catch (SchoolHolidayDataException ex)
        {
            calendar = null;
            error = ex.Message;
            return false;
        }
    }

    public bool TryGetHoliday(DateOnly date, out Holiday holiday) => _days.TryGetValue(date, out holiday!);

    private static string? Problem(SchoolHolidayPeriod? period)
    {
        if (period is null)
        {
            return "A school holiday period is null.";
        }

        if (string.IsNullOrWhiteSpace(period.NameNb) || string.IsNullOrWhiteSpace(period.NameEn))
        {
            return $"School holiday from {period.From:yyyy-MM-dd} has an empty name.";
        }

        if (period.To < period.From)
        {
            return $"School holiday '{period.NameNb}' ends ({period.To:yyyy-MM-dd}) before it starts ({period.From:yyyy-MM-dd}).";
        }

        return period.To.DayNumber - period.From.DayNumber + 1 > MaxPeriodDays
            ? $"School holiday '{period.NameNb}' lasts more than {MaxPeriodDays} days."
            : null;
    }
}
