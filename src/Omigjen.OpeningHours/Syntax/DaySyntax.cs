namespace Omigjen.OpeningHours.Syntax;

/// <summary>
/// One weekday range (<c>Mo-Fr</c>, <c>Su[-1]</c>, <c>Mo[1,3]</c>) or one holiday (<c>PH</c>, <c>SH +1 day</c>).
/// Weekdays are 0 = Monday … 6 = Sunday. Nth holds the raw [n] items as (from, to) pairs.
/// </summary>
internal sealed record DaySyntax(bool IsHoliday, bool IsSchoolHoliday, int FromDay, int ToDay, (int From, int To)[] Nth, int OffsetDays)
{
    public static DaySyntax Weekdays(int from, int to) => new(false, false, from, to, [], 0);

    public static DaySyntax Holiday(bool school, int offset) => new(true, school, 0, 0, [], offset);

    /// <summary>Bit i (0..4) is nth = i+1, bit 5+i is nth = -(i+1).</summary>
    public int NthMask
    {
        get
        {
            int mask = 0;
            foreach (var (from, to) in Nth)
            {
                for (int n = from; n <= to; n++)
                {
                    mask |= n > 0 ? 1 << (n - 1) : 1 << (4 - n);
                }
            }

            return mask;
        }
    }
}
