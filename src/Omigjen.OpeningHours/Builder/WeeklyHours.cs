namespace Omigjen.OpeningHours;

/// <summary>The actor portal's weekly form: hours per weekday, closing on public holidays, and date exceptions.</summary>
public sealed record WeeklyHours(
    IReadOnlyDictionary<DayOfWeek, IReadOnlyList<TimeRange>> Days,
    bool ClosedOnPublicHolidays,
    IReadOnlyList<HoursException> Exceptions);

/// <summary>A local time range; an End of 00:00 means midnight at the end of the day (24:00).</summary>
public readonly record struct TimeRange(TimeOnly Start, TimeOnly End);

/// <summary>
/// An exception for the dates From..To (inclusive): closed, or open at <see cref="Times"/> instead of the weekly hours.
/// </summary>
#pragma warning disable CA1711 // The name is fixed by the public API contract; it is an exception to the weekly hours, not an Exception.
public sealed record HoursException(DateOnly From, DateOnly To, bool Closed, IReadOnlyList<TimeRange> Times, string? Comment);
#pragma warning restore CA1711
