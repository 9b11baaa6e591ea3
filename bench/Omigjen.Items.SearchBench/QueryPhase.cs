using System.Diagnostics;
using Microsoft.Extensions.Options;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items.Search;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Items.SearchBench;

/// <summary>
/// Times each query type through the app's <see cref="ItemSearch"/> (a fresh context per query, a real directory cache
/// and clock), then the same count and page SQL the app sent, with the same parameters, straight through ADO.NET.
/// </summary>
internal static class QueryPhase
{
    /// <summary>The count and the page of items (what the raw run repeats); not vocabulary look-ups or directory checks.</summary>
    private static bool IsItemSearch(CapturedCommand command) =>
        command.Sql.Contains("\"Items\"", StringComparison.Ordinal) && !IsVocabulary(command);

    private static bool IsVocabulary(CapturedCommand command) => command.Sql.Contains("\"SearchVocabulary\"", StringComparison.Ordinal);

    private sealed record TypeResult(string Type, Percentiles App, Percentiles Raw, Percentiles Vocabulary, double MeanTotal, int Runs);

    public static async Task<int> RunAsync(BenchDatabase database, Options options, DateTimeOffset start, CancellationToken ct)
    {
        var capture = new CommandCapture(database.CopyParameter);
        var municipality = Microsoft.Extensions.Options.Options.Create(new MunicipalityOptions());
        using var cache = new DirectoryCache(municipality, new NoOutputCacheStore());
        var clock = new MunicipalClock(new StartingAtTimeProvider(start), municipality);

        var items = await database.ScalarIntAsync("""SELECT COUNT(*) FROM "Items" """, ct);
        Output.Line($"==> {database.Provider}: {items:N0} items; {options.Runs} runs per query type after {options.Warmups} warm-ups; now = {clock.LocalNow:yyyy-MM-dd HH:mm} Oslo");

        var added = await database.AddIndexesAsync(options.Indexes, ct);

        var results = new List<TypeResult>();
        try
        {
            foreach (var (type, n) in QueryMix.Types.Select((t, n) => (t, n)))
                results.Add(await RunTypeAsync(database, capture, cache, clock, type, options, seed: 100 + n, ct));
        }
        finally
        {
            await database.DropIndexesAsync(added);
        }
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;

        Console.WriteLine();
        Output.Line($"peak working set at the end of the query phase: {Output.Mb(peak)} (target < 300 MB)");
        Console.WriteLine();
        var rows = results.Select(r => Row(r, database.Provider, added.Count > 0)).ToList();
        Console.WriteLine("| query type | provider | app p50/p95/p99 ms | raw p50/p95/p99 ms | ratio p50 (p95) | vocabulary look-ups p50 ms | mean hits |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var row in rows) Console.WriteLine(row);
        if (options.RowsOut is { } file)
            await File.AppendAllLinesAsync(file, rows.Append(FormattableString.Invariant($"<!-- {database.Provider}: peak working set {Output.Mb(peak)} -->")), ct);
        return 0;
    }

    private static string Row(TypeResult r, string provider, bool extraIndex) => FormattableString.Invariant(
        $"| {r.Type} | {provider}{(extraIndex ? " + index" : "")} | {r.App} | {r.Raw} | {r.App.P50 / r.Raw.P50:0.00} ({r.App.P95 / r.Raw.P95:0.00}) | {r.Vocabulary.P50:0.0} | {r.MeanTotal:N0} |");

    private static async Task<TypeResult> RunTypeAsync(BenchDatabase database, CommandCapture capture, DirectoryCache cache, MunicipalClock clock,
        string type, Options options, int seed, CancellationToken ct)
    {
        var cases = QueryMix.For(type, options.Warmups + options.Runs, seed);
        var app = new List<double>(options.Runs);
        var commands = new List<List<CapturedCommand>>(cases.Count);
        long totals = 0;
        Output.Line($"--> {type}: app path");
        for (var i = 0; i < cases.Count; i++)
        {
            var captured = new List<CapturedCommand>();
            capture.Target = captured;
            var watch = Stopwatch.StartNew();
            ItemSearchResult result;
            await using (var db = database.NewContext(capture))
            {
                result = await new ItemSearch(db, cache, clock).RunAsync(cases[i].Query, ct);
            }
            watch.Stop();
            capture.Target = null;
            commands.Add(captured);
            if (i >= options.Warmups)
            {
                app.Add(watch.Elapsed.TotalMilliseconds);
                totals += result.Total;
            }
            if ((i + 1) % 50 == 0) Output.Line($"    {i + 1}/{cases.Count}");
        }

        Output.Line($"--> {type}: raw SQL (the app's count and page commands, same parameters, one open connection)");
        var raw = new List<double>(options.Runs);
        var vocabulary = new List<double>(options.Runs);
        await using (var connection = database.NewConnection())
        {
            await connection.OpenAsync(ct);
            for (var i = 0; i < commands.Count; i++)
            {
                var watch = Stopwatch.StartNew();
                foreach (var command in commands[i].Where(IsItemSearch)) await database.ReplayAsync(connection, command, ct);
                watch.Stop();
                var search = watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                foreach (var command in commands[i].Where(IsVocabulary)) await database.ReplayAsync(connection, command, ct);
                watch.Stop();
                if (i >= options.Warmups)
                {
                    raw.Add(search);
                    vocabulary.Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        }

        var result2 = new TypeResult(type, Percentiles.Of(app), Percentiles.Of(raw), Percentiles.Of(vocabulary), (double)totals / Math.Max(1, app.Count), app.Count);
        Output.Line($"    app {result2.App}   raw {result2.Raw}   (p50/p95/p99 ms)");
        if (options.Explain) await ExplainAsync(database, type, cases, commands, app, options.Warmups, ct);
        return result2;
    }

    /// <summary>The plan of the slowest measured query of the type, and its SQL, for diagnosis.</summary>
    private static async Task ExplainAsync(BenchDatabase database, string type, List<QueryCase> cases, List<List<CapturedCommand>> commands,
        List<double> app, int warmups, CancellationToken ct)
    {
        var slowest = warmups + app.IndexOf(app.Max());
        Output.Line($"    plan of the slowest ({cases[slowest].Label}, {app.Max():0.0} ms):");
        await database.PrintPlansAsync(commands[slowest].Where(IsItemSearch), ct);
    }
}
