using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Omigjen.Lending.Bench;

// Usage:
//   generate (--sqlite FILE | --postgres CONNECTION) [--initiatives N] [--types N] [--units N] [--bookings N] [--regenerate]
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

// Generated data and "today" are both taken at this instant: Wednesday 2 December 2026, 12:00 in Oslo, so "next
// weekend" is 5–6 December.
var start = options.At ?? new DateTimeOffset(2026, 12, 2, 11, 0, 0, TimeSpan.Zero);

return options.Command switch
{
    "generate" => await Generate.RunAsync(database, options, start, cts.Token),
    "query" => await QueryPhase.RunAsync(database, options, start, cts.Token),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: generate|query (--sqlite FILE | --postgres CONNECTION) [options]; see bench/lending/run.sh");
    return 2;
}

namespace Omigjen.Lending.Bench
{
    internal sealed record Options(string Command, string? Sqlite, string? Postgres, int Initiatives, int Types, int Units, int Bookings,
        bool Regenerate, int Runs, int Warmups, bool Explain, string? RowsOut, IReadOnlyList<string> Indexes, DateTimeOffset? At, string? Database)
    {
        public static Options Parse(string[] args)
        {
            string? sqlite = null, postgres = null, rowsOut = null, database = null;
            int initiatives = 500, types = 2_000, units = 10_000, bookings = 200_000, runs = 200, warmups = 20;
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
                    case "--initiatives": initiatives = Int(); break;
                    case "--types": types = Int(); break;
                    case "--units": units = Int(); break;
                    case "--bookings": bookings = Int(); break;
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
            return new Options(command, sqlite, postgres, initiatives, types, units, bookings, regenerate, runs, warmups, explain, rowsOut,
                indexes, at, database);
        }
    }

    internal static class Generate
    {
        public static async Task<int> RunAsync(BenchDatabase database, Options options, DateTimeOffset now, CancellationToken ct)
        {
            if (!options.Regenerate && await database.HasMigrationAsync("_Lending", ct))
            {
                var units = await database.ScalarIntAsync("""SELECT COUNT(*) FROM "LendingUnits" """, ct);
                var bookings = await database.ScalarIntAsync("""SELECT COUNT(*) FROM "Bookings" """, ct);
                if (units == options.Units && bookings == options.Bookings)
                {
                    Output.Line($"==> {database.Provider}: reusing the generated data ({units:N0} units, {bookings:N0} bookings); --regenerate to start over");
                    return 0;
                }
            }

            var total = Stopwatch.StartNew();
            var nowUtc = now.UtcDateTime;
            Output.Line($"==> {database.Provider}: creating the schema with the app's migrations");
            await database.ResetAsync(ct);
            await using (var db = database.NewContext())
            {
                await db.Database.MigrateAsync(ct);
            }

            Output.Line($"==> {database.Provider}: {options.Initiatives:N0} approved initiatives with opening hours, through EF");
            foreach (var chunk in Generator.Initiatives(options.Initiatives, nowUtc).Chunk(250))
            {
                await using var db = database.NewContext();
                db.Initiatives.AddRange(chunk);
                await db.SaveChangesAsync(ct);
            }
            List<(int Id, double Lat, double Lon)> places;
            await using (var db = database.NewContext())
            {
                places = (await db.InitiativeLocations.OrderBy(l => l.InitiativeId)
                    .Select(l => new { l.InitiativeId, l.Latitude, l.Longitude }).ToListAsync(ct))
                    .Select(l => (l.InitiativeId, l.Latitude, l.Longitude)).ToList();
            }

            Output.Line($"==> {database.Provider}: {options.Types:N0} types with {options.Units:N0} units (terms by LendingIndexing.Apply), through EF");
            var step = Stopwatch.StartNew();
            foreach (var chunk in Generator.Types(places, options.Types, options.Units, nowUtc).Chunk(250))
            {
                await using var db = database.NewContext();
                db.LendingTypes.AddRange(chunk);
                await db.SaveChangesAsync(ct);
            }
            Output.Line($"    types and units in {step.Elapsed.TotalSeconds:0.0} s");
            List<UnitRef> unitRefs;
            await using (var db = database.NewContext())
            {
                unitRefs = (await db.LendingUnits.OrderBy(u => u.Id).Select(u => new { u.Id, u.TypeId }).ToListAsync(ct))
                    .Select(u => new UnitRef(u.Id, u.TypeId)).ToList();
            }

            Output.Line($"==> {database.Provider}: {options.Bookings:N0} bookings, 26 weeks back to 8 weeks ahead, raw multi-row INSERTs (the no-overlap rule checks each row)");
            var load = Stopwatch.StartNew();
            var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
            var written = await database.LoadBookingsAsync(Generator.Bookings(unitRefs, options.Bookings, now, zone), n =>
                Output.Line($"    {n,9:N0} bookings  {load.Elapsed.TotalSeconds,6:0.0} s  {n / load.Elapsed.TotalSeconds,8:N0} rows/s"), ct);
            Output.Line($"    {written:N0} bookings in {load.Elapsed.TotalSeconds:0.0} s");

            step.Restart();
            await database.AnalyzeAsync(ct);
            Output.Line($"    statistics (ANALYZE) in {step.Elapsed.TotalSeconds:0.0} s");
            Output.Line($"==> generated in {total.Elapsed.TotalSeconds:0} s; peak working set of generation: {Output.Mb(Process.GetCurrentProcess().PeakWorkingSet64)}");
            return 0;
        }
    }
}
