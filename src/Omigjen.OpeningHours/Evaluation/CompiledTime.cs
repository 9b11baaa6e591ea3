using Omigjen.OpeningHours.Syntax;

namespace Omigjen.OpeningHours.Evaluation;

internal enum TimeKind : byte
{
    /// <summary>The whole day (<c>24/7</c>, <c>00:00-24:00</c>).</summary>
    Always,

    /// <summary>From start to end within the day.</summary>
    Range,

    /// <summary>The part of a range past midnight that falls on its first day: from start to midnight.</summary>
    WrapStart,

    /// <summary>The part of a range past midnight that falls on the next day: from midnight to end.</summary>
    Tail,
}

/// <summary>
/// One time selector prepared for evaluation. Whether a range passes midnight is decided once from fixed
/// fallback values for sun times, as the reference implementation does; the actual minutes are resolved per day.
/// </summary>
internal readonly record struct CompiledTime(TimeKind Kind, TimePoint Start, TimePoint End, int StartShift, int FixedEnd, bool EndIsFixed, bool OpenEnd)
{
    public bool Matches(DateOnly day, int minute, EvaluationContext context) => Kind switch
    {
        TimeKind.Always => true,
        TimeKind.Range => minute >= StartOn(day, context) && minute < EndOn(day, context),
        TimeKind.WrapStart => minute >= StartOn(day, context),
        _ => minute < EndOn(day, context) && minute >= TailStartOn(day, context),
    };

    /// <summary>Whether a non-matching selector still reports a coming change on this day (the tail of a wrap does not).</summary>
    public bool ReportsChangeWhenNotMatching => Kind != TimeKind.Tail;

    public int StartOn(DateOnly day, EvaluationContext context) => SunClock.Resolve(Start, day, context) + StartShift;

    public int EndOn(DateOnly day, EvaluationContext context) => EndIsFixed ? FixedEnd : SunClock.Resolve(End, day, context);

    /// <summary>
    /// Where the tail starts: at midnight, unless a variable start falls after midnight itself (<c>dusk-dawn</c>
    /// when dusk is at 24:xx), so that the range begins only at that time.
    /// </summary>
    private int TailStartOn(DateOnly day, EvaluationContext context) =>
        Start.IsFixed || OpenEnd ? 0 : Math.Max(0, StartOn(Previous(day), context) - SunClockDay);

    private const int SunClockDay = 24 * 60;

    private static DateOnly Previous(DateOnly day) => day.DayNumber > 0 ? day.AddDays(-1) : day;

    /// <summary>Adds the minutes at which this selector can switch on the given day.</summary>
    public int AddBoundaries(DateOnly day, EvaluationContext context, Span<int> target)
    {
        switch (Kind)
        {
            case TimeKind.Range:
                target[0] = StartOn(day, context);
                target[1] = EndOn(day, context);
                return 2;
            case TimeKind.WrapStart:
                target[0] = StartOn(day, context);
                return 1;
            case TimeKind.Tail:
                target[0] = EndOn(day, context);
                target[1] = TailStartOn(day, context);
                return 2;
            default:
                return 0;
        }
    }
}
