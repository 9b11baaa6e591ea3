namespace Omigjen.OpeningHours;

/// <summary>Monday to Sunday of one ISO week, as local times.</summary>
public sealed record WeekSchedule(IReadOnlyList<DaySchedule> Days);

/// <summary>
/// One local day: its open (or unknown) ranges, a holiday name when the day is a public holiday,
/// and the comment that applies on that day. A range past midnight belongs to the day it starts.
/// </summary>
public sealed record DaySchedule(DateOnly Date, IReadOnlyList<LocalTimeRange> Open, string? HolidayNameNb, string? HolidayNameEn, string? Comment);

/// <summary>A local time range; <see cref="EndsNextDay"/> is set when it ends at or after the following midnight.</summary>
public readonly record struct LocalTimeRange(TimeOnly Start, TimeOnly End, bool EndsNextDay, OpeningState State, string? Comment);
