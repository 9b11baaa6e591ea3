using BenchmarkDotNet.Attributes;

namespace Omigjen.OpeningHours.Benchmarks;

/// <summary>The lookups the evaluator makes per day: holidays and (cached) sun times. Both must be allocation-free.</summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private static readonly DateOnly Day = new(2027, 5, 17);

    [Benchmark]
    public bool PublicHolidayLookup() => NorwegianPublicHolidays.Instance.TryGetHoliday(Day, out _);

    [Benchmark]
    public DateTimeOffset? SunsetCached() => SunTimes.Get(Day, 59.83, 10.43, SunEvent.Sunset, "Europe/Oslo");

    /// <summary>A new date every call defeats the cache: the cost of the astronomy itself.</summary>
    [Benchmark]
    public DateTimeOffset? SunsetUncached()
    {
        _dayOffset = (_dayOffset + 1) % 20_000;
        return SunTimes.Get(Day.AddDays(_dayOffset), 59.83, 10.43, SunEvent.Sunset, "Europe/Oslo");
    }

    private int _dayOffset;
}
