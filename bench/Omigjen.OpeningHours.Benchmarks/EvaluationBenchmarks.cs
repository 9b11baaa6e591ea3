using BenchmarkDotNet.Attributes;

namespace Omigjen.OpeningHours.Benchmarks;

/// <summary>
/// State and next change over the whole corpus at a fortnight of instants. Results are per call;
/// the memory column of <see cref="GetState"/> shows whether state evaluation allocates (it must not).
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private readonly EvaluationContext _context = EvaluationContext.Oslo;
    private OpeningHoursSchedule[] _schedules = [];
    private DateTimeOffset[] _instants = [];

    // 30 values x 56 instants (every 6 hours for two weeks).
    private const int Calls = 30 * 56;

    [GlobalSetup]
    public void Setup()
    {
        _schedules = Corpus.ParseValid(Corpus.Values);
        _instants = Corpus.Fortnight(stepMinutes: 6 * 60);
        if (_schedules.Length * _instants.Length != Calls)
        {
            throw new InvalidOperationException($"{_schedules.Length} valid values x {_instants.Length} instants != {Calls}.");
        }

        // Warm caches (sun times, holidays) as a long-running service would have them.
        GetState();
        GetNextChange();
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    public int GetState()
    {
        int open = 0;
        foreach (var schedule in _schedules)
        {
            foreach (var instant in _instants)
            {
                if (schedule.GetState(instant, _context).State == OpeningState.Open)
                {
                    open++;
                }
            }
        }

        return open;
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    public long GetNextChange()
    {
        long sum = 0;
        foreach (var schedule in _schedules)
        {
            foreach (var instant in _instants)
            {
                sum += schedule.GetNextChange(instant, _context)?.Ticks ?? 0;
            }
        }

        return sum;
    }
}
