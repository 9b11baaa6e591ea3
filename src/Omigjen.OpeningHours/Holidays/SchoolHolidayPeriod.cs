namespace Omigjen.OpeningHours;

/// <summary>One school holiday, <paramref name="From"/> to <paramref name="To"/> inclusive.</summary>
public sealed record SchoolHolidayPeriod(DateOnly From, DateOnly To, string NameNb, string NameEn);
