using BenchmarkDotNet.Attributes;

namespace Omigjen.OpeningHours.Benchmarks;

[MemoryDiagnoser]
public class ParseBenchmarks
{
    private const int ValueCount = 30;

    [GlobalSetup]
    public void CheckCorpus()
    {
        // OperationsPerInvoke must equal the loop length, or the per-parse figure is wrong.
        if (Corpus.Values.Length != ValueCount)
        {
            throw new InvalidOperationException($"Corpus has {Corpus.Values.Length} values, expected {ValueCount}.");
        }
    }

    /// <summary>One parse of each corpus value; the result is per parse.</summary>
    [Benchmark(OperationsPerInvoke = ValueCount)]
    public int ParseCorpus()
    {
        int valid = 0;
        foreach (string value in Corpus.Values)
        {
            if (OpeningHoursSchedule.Parse(value).IsValid)
            {
                valid++;
            }
        }

        return valid;
    }

    [Benchmark]
    public ParseResult ParseTypicalShop() => OpeningHoursSchedule.Parse("Mo-Fr 10:00-17:00; Sa 10:00-15:00; PH off");
}
