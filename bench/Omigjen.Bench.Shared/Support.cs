using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace Omigjen.Bench.Shared;

/// <summary>The directory cache only evicts tagged entries; the benchmark serves no cached pages.</summary>
public sealed class NoOutputCacheStore : IOutputCacheStore
{
    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult<byte[]?>(null);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}

/// <summary>A clock that starts at a chosen instant and then runs at real speed, so "now", "today" and "next weekend" are the same every run.</summary>
public sealed class StartingAtTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly long _started = Stopwatch.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => start + Stopwatch.GetElapsedTime(_started);
}

/// <summary>Percentiles by nearest rank over the measured times (milliseconds).</summary>
public sealed record Percentiles(double P50, double P95, double P99)
{
    public static Percentiles Of(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToArray();
        double At(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Percentiles(At(0.50), At(0.95), At(0.99));
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{P50:0.0} / {P95:0.0} / {P99:0.0}");
}

public static class Output
{
    public static void Line(FormattableString text) => Console.WriteLine(FormattableString.Invariant(text));

    public static string Mb(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0", CultureInfo.InvariantCulture) + " MB";

    public static string Indent(string text, string prefix) =>
        string.Join('\n', text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => prefix + l.TrimEnd()));
}
