using BenchmarkDotNet.Attributes;

namespace Omigjen.OpeningHours.Benchmarks;

/// <summary>A week of intervals per value, the way the web app renders "this week's hours"; per value.</summary>
[MemoryDiagnoser]
public class WeekBenchmarks
{
    private const int ValueCount = 30;
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 0, 0, 0, TimeSpan.FromHours(1));

    private readonly EvaluationContext _context = EvaluationContext.Oslo;
    private OpeningHoursSchedule[] _schedules = [];

    [GlobalSetup]
    public void Setup()
    {
        _schedules = Corpus.ParseValid(Corpus.Values);
        if (_schedules.Length != ValueCount)
        {
            throw new InvalidOperationException($"{_schedules.Length} valid values, expected {ValueCount}.");
        }
    }

    [Benchmark(OperationsPerInvoke = ValueCount)]
    public int GetIntervalsOverSevenDays()
    {
        int count = 0;
        foreach (var schedule in _schedules)
        {
            count += schedule.GetIntervals(Monday, Monday.AddDays(7), _context).Count;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = ValueCount)]
    public int GetWeek()
    {
        int days = 0;
        foreach (var schedule in _schedules)
        {
            days += schedule.GetWeek(DateOnly.FromDateTime(Monday.DateTime), _context).Days.Count;
        }

        return days;
    }
}
