namespace Omigjen.OpeningHours.Syntax;

/// <summary><c>2026</c>, <c>2026-2028</c>, <c>2026-2030/2</c>, <c>2026+</c> (To = int.MaxValue).</summary>
internal readonly record struct YearRange(int From, int To, int Step);

/// <summary><c>week 01-53/2</c>: ISO week numbers.</summary>
internal readonly record struct WeekRange(int From, int To, int Step);

internal enum DatePointKind : byte
{
    /// <summary>A calendar day such as <c>Dec 24</c>.</summary>
    MonthDay,

    /// <summary>Easter Sunday.</summary>
    Easter,

    /// <summary>The nth weekday of a month such as <c>Mar Su[-1]</c>.</summary>
    NthWeekday,
}

/// <summary>A day within a year, optionally with an explicit year and a day offset (<c>easter -2 days</c>).</summary>
internal readonly record struct DatePoint(int Year, DatePointKind Kind, int Month, int Day, int Weekday, int Nth, int OffsetDays)
{
    public bool HasYear => Year != 0;
}

internal enum MonthdayKind : byte
{
    /// <summary><c>Jan</c> or <c>Nov-Feb</c>: whole months, wrapping over the new year.</summary>
    Months,

    /// <summary>One day or an inclusive range of days, wrapping over the new year when the end is earlier.</summary>
    Dates,
}

/// <summary>One item of a monthday selector. For <see cref="MonthdayKind.Months"/> only Month fields are used.</summary>
internal readonly record struct MonthdayRange(MonthdayKind Kind, int Year, int FromMonth, int ToMonth, DatePoint From, DatePoint? To, int Period);
