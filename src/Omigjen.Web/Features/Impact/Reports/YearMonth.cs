using System.Globalization;

namespace Omigjen.Web.Features.Impact.Reports;

/// <summary>A calendar month in municipal time, the reports' unit of time ("2026-03").</summary>
public readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    /// <summary>Months since year 0; consecutive months differ by one.</summary>
    public int Index => Year * 12 + Month - 1;

    public static YearMonth FromIndex(int index) => new(index / 12, index % 12 + 1);

    public static YearMonth Of(DateOnly day) => new(day.Year, day.Month);

    public YearMonth Plus(int months) => FromIndex(Index + months);

    public int CompareTo(YearMonth other) => Index.CompareTo(other.Index);

    public static bool operator <(YearMonth a, YearMonth b) => a.Index < b.Index;
    public static bool operator >(YearMonth a, YearMonth b) => a.Index > b.Index;
    public static bool operator <=(YearMonth a, YearMonth b) => a.Index <= b.Index;
    public static bool operator >=(YearMonth a, YearMonth b) => a.Index >= b.Index;

    /// <summary>"yyyy-MM" with a year from 2000 to 2100, else false.</summary>
    public static bool TryParse(string? text, out YearMonth value)
    {
        value = default;
        if (!DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return false;
        if (day.Year is < 2000 or > 2100) return false;
        value = Of(day);
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}

/// <summary>Whole months from <see cref="From"/> to <see cref="To"/>, both included.</summary>
public readonly record struct MonthRange(YearMonth From, YearMonth To)
{
    public int Count => To.Index - From.Index + 1;

    public IEnumerable<YearMonth> Months() => Enumerable.Range(From.Index, Math.Max(0, Count)).Select(YearMonth.FromIndex);

    public static MonthRange Year(int year) => new(new(year, 1), new(year, 12));
}
