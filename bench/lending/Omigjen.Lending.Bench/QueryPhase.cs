using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Lending.Catalogue;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Lending.Bench;

/// <summary>One measured call: a label for the plan output, and the call itself, which returns the result size.</summary>
internal sealed record QueryCase(string Label, Func<LendingCatalogue, CancellationToken, Task<int>> Run);

/// <summary>
/// Times each query through the app's <see cref="LendingCatalogue"/> (a fresh context per query, a real directory cache
/// and clock), then the catalogue's own SQL the app sent, with the same parameters, straight through ADO.NET.
/// </summary>
internal static class QueryPhase
{
    public const double TargetP95Ms = 30;

    /// <summary>The catalogue's own queries (types, units, bookings); not the directory cache's checks and reloads.</summary>
    private static bool IsCatalogue(CapturedCommand command) =>
        command.Sql.Contains("\"LendingTypes\"", StringComparison.Ordinal)
        || command.Sql.Contains("\"LendingUnits\"", StringComparison.Ordinal)
        || command.Sql.Contains("\"Bookings\"", StringComparison.Ordinal);

    private sealed record TypeResult(string Type, Percentiles App, Percentiles Raw, double MeanResult, int Runs);

    public static async Task<int> RunAsync(BenchDatabase database, Options options, DateTimeOffset start, CancellationToken ct)
    {
        var capture = new CommandCapture(database.CopyParameter);
        var municipality = Microsoft.Extensions.Options.Options.Create(new MunicipalityOptions());
        using var cache = new DirectoryCache(municipality, new NoOutputCacheStore());
        var clock = new MunicipalClock(new StartingAtTimeProvider(start), municipality);

        var units = await database.ScalarIntAsync("""SELECT COUNT(*) FROM "LendingUnits" """, ct);
        var bookings = await database.ScalarIntAsync("""SELECT COUNT(*) FROM "Bookings" """, ct);
        Output.Line($"==> {database.Provider}: {units:N0} units, {bookings:N0} bookings; {options.Runs} runs per query after {options.Warmups} warm-ups; now = {clock.LocalNow:yyyy-MM-dd HH:mm} Oslo");

        var added = await database.AddIndexesAsync(options.Indexes, ct);

        List<(int Id, string[] Keys)> types;
        await using (var db = database.NewContext())
        {
            types = (await db.LendingUnits.AsNoTracking().Select(u => new { u.TypeId, u.LabelKey }).ToListAsync(ct))
                .GroupBy(u => u.TypeId).OrderBy(g => g.Key).Select(g => (g.Key, g.Select(u => u.LabelKey).Distinct().ToArray())).ToList();
        }

        var count = options.Warmups + options.Runs;
        var results = new List<TypeResult>();
        try
        {
            results.Add(await RunTypeAsync(database, capture, cache, clock, "8-week availability of one type", AvailabilityCases(types, clock.Today, count), options, ct));
            results.Add(await RunTypeAsync(database, capture, cache, clock, "ski, 150 cm, free next weekend, near a point, 10 km", SearchCases(count), options, ct));
        }
        finally
        {
            await database.DropIndexesAsync(added);
        }
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;

        Console.WriteLine();
        Output.Line($"peak working set at the end of the query phase: {Output.Mb(peak)}");
        Console.WriteLine();
        var rows = results.Select(r => Row(r, database.Provider, added.Count > 0)).ToList();
        Console.WriteLine(Header);
        Console.WriteLine(Rule);
        foreach (var row in rows) Console.WriteLine(row);
        if (options.RowsOut is { } file) await File.AppendAllLinesAsync(file, rows, ct);
        return 0;
    }

    public const string Header = "| query | provider | app p50/p95/p99 ms | raw p50/p95/p99 ms | ratio p50 (p95) | mean result | app p95 < 30 ms |";
    public const string Rule = "| --- | --- | --- | --- | --- | --- | --- |";

    private static string Row(TypeResult r, string provider, bool extraIndex) => FormattableString.Invariant(
        $"| {r.Type} | {provider}{(extraIndex ? " + index" : "")} | {r.App} | {r.Raw} | {r.App.P50 / r.Raw.P50:0.00} ({r.App.P95 / r.Raw.P95:0.00}) | {r.MeanResult:N1} | {(r.App.P95 < TargetP95Ms ? "yes" : "no")} |");

    /// <summary>A random type each time, half of them for one of its sizes, from today for 56 days; the result is the units counted.</summary>
    private static List<QueryCase> AvailabilityCases(List<(int Id, string[] Keys)> types, DateOnly today, int count, int seed = 100)
    {
        var random = new Random(seed);
        var list = new List<QueryCase>(count);
        for (var i = 0; i < count; i++)
        {
            var (id, keys) = types[random.Next(types.Count)];
            var key = random.Next(2) == 0 ? keys[random.Next(keys.Length)] : null;
            list.Add(new QueryCase(string.Create(CultureInfo.InvariantCulture, $"type {id}, size {key ?? "any"}"), async (catalogue, ct) =>
            {
                var a = await catalogue.AvailabilityAsync(id, key, today, LendingCatalogue.AvailabilityDays, ct);
                return a?.Days[0].Total ?? 0;
            }));
        }
        return list;
    }

    /// <summary>"ski", size 150 cm, the coming weekend, within 10 km of a random point in the municipality; the result is the number of hits.</summary>
    private static List<QueryCase> SearchCases(int count, int seed = 101)
    {
        var random = new Random(seed);
        var list = new List<QueryCase>(count);
        for (var i = 0; i < count; i++)
        {
            var point = new GeoPoint(Generator.MinLat + random.NextDouble() * (Generator.MaxLat - Generator.MinLat),
                                     Generator.MinLon + random.NextDouble() * (Generator.MaxLon - Generator.MinLon));
            var query = new LendingQuery { Text = "ski", Size = "150 cm", When = LendingWhen.NextWeekend, Near = point, RadiusKm = 10 };
            list.Add(new QueryCase(FormattableString.Invariant($"near {point.Latitude:0.0000},{point.Longitude:0.0000}"), async (catalogue, ct) =>
                (await catalogue.SearchAsync(query, ct)).Total));
        }
        return list;
    }

    private static async Task<TypeResult> RunTypeAsync(BenchDatabase database, CommandCapture capture, DirectoryCache cache, MunicipalClock clock,
        string type, List<QueryCase> cases, Options options, CancellationToken ct)
    {
        var app = new List<double>(options.Runs);
        var commands = new List<List<CapturedCommand>>(cases.Count);
        long results = 0;
        Output.Line($"--> {type}: app path");
        for (var i = 0; i < cases.Count; i++)
        {
            var captured = new List<CapturedCommand>();
            capture.Target = captured;
            var watch = Stopwatch.StartNew();
            int result;
            await using (var db = database.NewContext(capture))
            {
                result = await cases[i].Run(new LendingCatalogue(db, cache, clock), ct);
            }
            watch.Stop();
            capture.Target = null;
            commands.Add(captured);
            if (i >= options.Warmups)
            {
                app.Add(watch.Elapsed.TotalMilliseconds);
                results += result;
            }
            if ((i + 1) % 50 == 0) Output.Line($"    {i + 1}/{cases.Count}");
        }

        Output.Line($"--> {type}: raw SQL (the catalogue's commands, same parameters, one open connection)");
        var raw = new List<double>(options.Runs);
        await using (var connection = database.NewConnection())
        {
            await connection.OpenAsync(ct);
            for (var i = 0; i < commands.Count; i++)
            {
                var watch = Stopwatch.StartNew();
                foreach (var command in commands[i].Where(IsCatalogue)) await database.ReplayAsync(connection, command, ct);
                watch.Stop();
                if (i >= options.Warmups) raw.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        var result2 = new TypeResult(type, Percentiles.Of(app), Percentiles.Of(raw), (double)results / Math.Max(1, app.Count), app.Count);
        Output.Line($"    app {result2.App}   raw {result2.Raw}   (p50/p95/p99 ms); {commands.Last().Count(IsCatalogue)} catalogue commands per call");
        if (options.Explain) await ExplainAsync(database, cases, commands, app, options.Warmups, ct);
        return result2;
    }

    /// <summary>The plan of the slowest measured call's catalogue commands, and their SQL, for diagnosis.</summary>
    private static async Task ExplainAsync(BenchDatabase database, List<QueryCase> cases, List<List<CapturedCommand>> commands,
        List<double> app, int warmups, CancellationToken ct)
    {
        var slowest = warmups + app.IndexOf(app.Max());
        Output.Line($"    plan of the slowest ({cases[slowest].Label}, {app.Max():0.0} ms):");
        await database.PrintPlansAsync(commands[slowest].Where(IsCatalogue), ct);
    }
}
