using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Omigjen.Items.SearchBench;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items.Search;

// Usage:
//   generate (--sqlite FILE | --postgres CONNECTION) [--items N] [--initiatives N] [--regenerate]
//   query    (--sqlite FILE | --postgres CONNECTION) [--runs N] [--warmups N] [--explain] [--rows-out FILE] [--index "CREATE INDEX ..."]
//   pg-create / pg-drop --postgres CONNECTION --database NAME   (a throwaway database on that server)
// With --database, --postgres is the server and NAME the database used.
// Prints figures only; the exit code is non-zero only when the benchmark itself could not run.

var options = Options.Parse(args);
using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
if (options.Command is "pg-create" or "pg-drop")
    return await PostgresServer.RunAsync(options.Command, options.Postgres, options.Database, cts.Token);
BenchDatabase database = options.Sqlite is { } file ? new SqliteBenchDatabase(file)
    : options.Postgres is { } connection ? new PostgresBenchDatabase(PostgresServer.For(connection, options.Database))
    : throw new ArgumentException("--sqlite FILE or --postgres CONNECTION is required");

// Generated data and "open now" are both taken at this instant: Saturday 5 December 2026, 12:00 in Oslo.
var start = options.At ?? new DateTimeOffset(2026, 12, 5, 11, 0, 0, TimeSpan.Zero);

return options.Command switch
{
    "generate" => await Generate.RunAsync(database, options, start.UtcDateTime, cts.Token),
    "query" => await QueryPhase.RunAsync(database, options, start, cts.Token),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: generate|query (--sqlite FILE | --postgres CONNECTION) [options]; see bench/items-search/run.sh");
    return 2;
}

namespace Omigjen.Items.SearchBench
{
    internal sealed record Options(string Command, string? Sqlite, string? Postgres, int Items, int Initiatives, bool Regenerate,
        int Runs, int Warmups, bool Explain, string? RowsOut, IReadOnlyList<string> Indexes, DateTimeOffset? At, string? Database)
    {
        public static Options Parse(string[] args)
        {
            string? sqlite = null, postgres = null, rowsOut = null, database = null;
            int items = 1_000_000, initiatives = 5_000, runs = 200, warmups = 20;
            bool regenerate = false, explain = false;
            DateTimeOffset? at = null;
            var indexes = new List<string>();
            var command = args.Length > 0 ? args[0] : "";
            for (var i = 1; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
                int Int() => int.Parse(Next(), CultureInfo.InvariantCulture);
                switch (args[i])
                {
                    case "--sqlite": sqlite = Next(); break;
                    case "--postgres": postgres = Next(); break;
                    case "--database": database = Next(); break;
                    case "--items": items = Int(); break;
                    case "--initiatives": initiatives = Int(); break;
                    case "--regenerate": regenerate = true; break;
                    case "--runs": runs = Int(); break;
                    case "--warmups": warmups = Int(); break;
                    case "--explain": explain = true; break;
                    case "--rows-out": rowsOut = Next(); break;
                    case "--index": indexes.Add(Next()); break;
                    case "--at": at = DateTimeOffset.Parse(Next(), CultureInfo.InvariantCulture); break;
                    default: throw new ArgumentException($"unknown option {args[i]}");
                }
            }
            return new Options(command, sqlite, postgres, items, initiatives, regenerate, runs, warmups, explain, rowsOut, indexes, at, database);
        }
    }

    internal static class Generate
    {
        public static async Task<int> RunAsync(BenchDatabase database, Options options, DateTime nowUtc, CancellationToken ct)
        {
            if (!options.Regenerate && await database.HasMigrationAsync("_Items", ct))
            {
                var items = await database.ScalarIntAsync("""SELECT COUNT(*) FROM "Items" """, ct);
                var initiatives = await database.ScalarIntAsync("""SELECT COUNT(*) FROM "Initiatives" """, ct);
                if (items == options.Items && initiatives == options.Initiatives)
                {
                    Output.Line($"==> {database.Provider}: reusing the generated data ({items:N0} items, {initiatives:N0} initiatives); --regenerate to start over");
                    return 0;
                }
            }

            var total = Stopwatch.StartNew();
            Output.Line($"==> {database.Provider}: creating the schema with the app's migrations");
            await database.ResetAsync(ct);
            await using (var db = database.NewContext())
            {
                await db.Database.MigrateAsync(ct);
            }

            Output.Line($"==> {database.Provider}: {options.Initiatives:N0} approved initiatives through EF");
            var list = Generator.Initiatives(options.Initiatives, nowUtc);
            foreach (var chunk in list.Chunk(500))
            {
                await using var db = database.NewContext();
                db.Initiatives.AddRange(chunk);
                await db.SaveChangesAsync(ct);
            }
            List<Place> places;
            await using (var db = database.NewContext())
            {
                places = await db.InitiativeLocations.OrderBy(l => l.Id)
                    .Select(l => new Place(l.InitiativeId, l.Id, l.Latitude, l.Longitude)).ToListAsync(ct);
            }

            // Secondary indexes are dropped for the load and made again afterwards from their own definitions (the
            // migrations'): the end state is the same, only faster to reach. The full-text index stays live throughout.
            var indexes = await database.ItemIndexesAsync(ct);
            foreach (var (name, _) in indexes) await database.ExecuteAsync($"DROP INDEX \"{name}\"", ct);

            Output.Line($"==> {database.Provider}: {options.Items:N0} items (terms by ItemIndexing.Apply)");
            var terms = new HashSet<string>(StringComparer.Ordinal);
            var load = Stopwatch.StartNew();
            var rows = Generator.Items(options.Items, places, nowUtc).Select(r =>
            {
                foreach (var t in ItemIndexing.SplitTerms(r.TitleTerms)) terms.Add(t);
                foreach (var t in ItemIndexing.SplitTerms(r.BodyTerms)) terms.Add(t);
                return r;
            });
            var written = await database.LoadItemsAsync(rows, n =>
                Output.Line($"    {n,9:N0} items  {load.Elapsed.TotalSeconds,6:0.0} s  {n / load.Elapsed.TotalSeconds,8:N0} rows/s"), ct);
            Output.Line($"    {written:N0} items in {load.Elapsed.TotalSeconds:0.0} s");

            var step = Stopwatch.StartNew();
            foreach (var (name, sql) in indexes)
            {
                await database.ExecuteAsync(sql, ct);
                Output.Line($"    index {name} ({step.Elapsed.TotalSeconds:0.0} s)");
            }

            await using (var db = database.NewContext())
            {
                await ItemIndexing.AddVocabularyAsync(db, terms, ct);
            }
            Output.Line($"    vocabulary: {terms.Count:N0} terms");
            step.Restart();
            await database.AnalyzeAsync(ct);
            Output.Line($"    statistics (ANALYZE) in {step.Elapsed.TotalSeconds:0.0} s");
            Output.Line($"==> generated in {total.Elapsed.TotalSeconds:0} s; peak working set of generation: {Output.Mb(Process.GetCurrentProcess().PeakWorkingSet64)}");
            return 0;
        }
    }
}
