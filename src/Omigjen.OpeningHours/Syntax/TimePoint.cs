namespace Omigjen.OpeningHours.Syntax;

internal enum TimeVariable : byte
{
    None,
    Dawn,
    Sunrise,
    Sunset,
    Dusk,
}

/// <summary>A clock time in minutes after midnight, or a sun event plus an offset in minutes.</summary>
internal readonly record struct TimePoint(TimeVariable Variable, int Minutes)
{
    public bool IsFixed => Variable == TimeVariable.None;

    /// <summary>Minutes used when the sun cannot be computed; the same constants the spec's reference tools use.</summary>
    public int FallbackMinutes => Variable switch
    {
        TimeVariable.Dawn => (5 * 60) + 30 + Minutes,
        TimeVariable.Sunrise => (6 * 60) + Minutes,
        TimeVariable.Sunset => (18 * 60) + Minutes,
        TimeVariable.Dusk => (18 * 60) + 30 + Minutes,
        _ => Minutes,
    };
}

/// <summary>
/// One time selector: <c>10:00-17:00</c>, <c>18:00+</c> (End null, OpenEnd) or <c>10:00-14:00+</c> (End and OpenEnd).
/// </summary>
internal readonly record struct TimeSpanSyntax(TimePoint Start, TimePoint? End, bool OpenEnd);
