using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Omigjen.Lending.Bench;

/// <summary>The directory cache only evicts tagged entries; the benchmark serves no cached pages.</summary>
internal sealed class NoOutputCacheStore : IOutputCacheStore
{
    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult<byte[]?>(null);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}

/// <summary>A clock that starts at a chosen instant and then runs at real speed, so "today" and "next weekend" are the same every run.</summary>
internal sealed class StartingAtTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly long _started = Stopwatch.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => start + Stopwatch.GetElapsedTime(_started);
}

/// <summary>Percentiles by nearest rank over the measured times (milliseconds).</summary>
internal sealed record Percentiles(double P50, double P95, double P99)
{
    public static Percentiles Of(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToArray();
        double At(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Percentiles(At(0.50), At(0.95), At(0.99));
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{P50:0.0} / {P95:0.0} / {P99:0.0}");
}

internal static class Output
{
    public static void Line(FormattableString text) => Console.WriteLine(FormattableString.Invariant(text));

    public static string Mb(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0", CultureInfo.InvariantCulture) + " MB";
}

/// <summary>A command the app sent: its SQL and copies of its parameters, to be run again directly.</summary>
internal sealed record CapturedCommand(string Sql, IReadOnlyList<DbParameter> Parameters)
{
    /// <summary>The catalogue's own queries (types, units, bookings); not the directory cache's checks and reloads.</summary>
    public bool IsCatalogue => Sql.Contains("\"LendingTypes\"", StringComparison.Ordinal)
                               || Sql.Contains("\"LendingUnits\"", StringComparison.Ordinal)
                               || Sql.Contains("\"Bookings\"", StringComparison.Ordinal);
}

/// <summary>Records every query EF sends while <see cref="Target"/> is set.</summary>
internal sealed class CommandCapture(Func<DbParameter, DbParameter> copy) : DbCommandInterceptor
{
    public List<CapturedCommand>? Target { get; set; }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        if (Target is not { } target) return;
        var parameters = new DbParameter[command.Parameters.Count];
        for (var i = 0; i < parameters.Length; i++) parameters[i] = copy(command.Parameters[i]);
        target.Add(new CapturedCommand(command.CommandText, parameters));
    }
}
