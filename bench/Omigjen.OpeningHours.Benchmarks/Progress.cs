using System.Diagnostics;

namespace Omigjen.OpeningHours.Benchmarks;

/// <summary>Progress on stderr at most once a second, so stdout stays a single JSON line. Tracks its own
/// allocations so they can be excluded from the "state evaluation allocates nothing" figure.</summary>
internal sealed class Progress(string phase, int total)
{
    private readonly Stopwatch _sinceLast = Stopwatch.StartNew();

    public long OwnAllocatedBytes { get; private set; }

    public void Report(int done)
    {
        if (_sinceLast.ElapsedMilliseconds < 1000)
        {
            return;
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        _sinceLast.Restart();
        Console.Error.WriteLine($"  {phase}: {done}/{total} values ({100.0 * done / total:F0}%)");
        OwnAllocatedBytes += GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
