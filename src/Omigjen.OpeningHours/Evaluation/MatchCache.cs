using System.Collections.Concurrent;

namespace Omigjen.OpeningHours.Evaluation;

/// <summary>
/// Which rules' day selectors match each day of a year, as bits, computed once per context and year.
/// Scanning for the next change then tests one bit per rule and day instead of evaluating selectors.
/// </summary>
internal sealed class MatchCache(CompiledRule[] rules)
{
    private const int WordsPerRule = 6; // 6 × 64 bits cover 366 days.
    private const int MaxEntries = 256;

    private readonly ConcurrentDictionary<(EvaluationContext Context, int Year), ulong[]> years = new();

    /// <summary>Marks matching rules for the day; returns false when the year is outside what is cached.</summary>
    public bool TryMatch(DateOnly day, EvaluationContext context, Span<bool> matched)
    {
        if (day.Year is < 2 or > 9998)
        {
            return false;
        }

        if (!years.TryGetValue((context, day.Year), out var bits))
        {
            if (years.Count >= MaxEntries)
            {
                return false;
            }

            bits = years.GetOrAdd((context, day.Year), static (key, r) => Build(r, key.Context, key.Year), rules);
        }

        int dayIndex = day.DayOfYear - 1;
        int word = dayIndex >> 6;
        ulong bit = 1UL << (dayIndex & 63);
        for (int i = 0; i < rules.Length; i++)
        {
            matched[i] = (bits[(i * WordsPerRule) + word] & bit) != 0;
        }

        return true;
    }

    private static ulong[] Build(CompiledRule[] rules, EvaluationContext context, int year)
    {
        var bits = new ulong[rules.Length * WordsPerRule];
        var first = new DateOnly(year, 1, 1);
        int days = DateTime.IsLeapYear(year) ? 366 : 365;
        for (int i = 0; i < rules.Length; i++)
        {
            var rule = rules[i];
            for (int d = 0; d < days; d++)
            {
                var day = first.AddDays(rule.Wrapped ? d - 1 : d);
                if (DateMatcher.Matches(rule.Syntax, day, context, out _))
                {
                    bits[(i * WordsPerRule) + (d >> 6)] |= 1UL << (d & 63);
                }
            }
        }

        return bits;
    }
}
