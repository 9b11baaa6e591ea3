using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Omigjen.Impact.Bench;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Impact.Ledger;
using Omigjen.Web.Features.Impact.Reports;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

// Usage: [generate] (--sqlite FILE | --postgres CONNECTION [--database NAME]) [--entries N] [--initiatives N] [--runs N] [--warmups N]
//        [--writes N] [--regenerate]
//        pg-create / pg-drop --postgres CONNECTION --database NAME
// A database that already holds exactly N entries is reused unless --regenerate is given; generate stops after the fill.
// Prints figures only; the exit code is non-zero only when the benchmark itself could not run.
string? sqlite = null, postgres = null, database = null;
int entries = 5_000_000, initiatives = 500, runs = 100, warmups = 10, writes = 200;
var regenerate = false;
var command = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "run";
for (var i = command == "run" ? 0 : 1; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    int Number() => int.Parse(Next().Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
    switch (args[i])
    {
        case "--sqlite": sqlite = Next(); break;
        case "--postgres": postgres = Next(); break;
        case "--database": database = Next(); break;
        case "--entries": entries = Number(); break;
        case "--initiatives": initiatives = Number(); break;
        case "--runs": runs = Number(); break;
        case "--warmups": warmups = Number(); break;
        case "--writes": writes = Number(); break;
        case "--regenerate": regenerate = true; break;
        default: throw new ArgumentException("unknown argument " + args[i]);
    }
}
using var cts = new CancellationTokenSource();
var ct = cts.Token;
if (command is "pg-create" or "pg-drop") return await PostgresServer.RunAsync(command, postgres, database, ct);
if (sqlite is null && postgres is null) throw new ArgumentException("--sqlite FILE or --postgres CONNECTION is required");
ImpactDatabase db = sqlite is not null ? new SqliteImpactDatabase(sqlite) : new PostgresImpactDatabase(PostgresServer.For(postgres!, database));
var clock = new MunicipalClock(TimeProvider.System, Options.Create(new MunicipalityOptions()));
var today = clock.Today;
var thisMonth = YearMonth.Of(today);

Output.Line($"==> {db.Provider}: {entries:N0} ledger entries over {Generator.Months} months up to {thisMonth}, {initiatives} initiatives");
var existing = regenerate ? -1 : await ExistingEntriesAsync(db, ct);
if (existing == entries)
{
    Output.Line($"    reusing the database: {existing:N0} entries, {await db.ScalarIntAsync("SELECT COUNT(*) FROM \"ImpactMonths\"", ct):N0} roll-up rows");
}
else
{
    await Fill.RunAsync(db, clock, thisMonth, entries, initiatives, ct);
}
if (command == "generate") return 0;

// The roll-up must be the exact sum of the ledger, or the report figures below mean nothing.
var check = Stopwatch.StartNew();
var ledgerCo2 = await ScalarLongAsync(db, "SELECT SUM(\"Co2eGrams\") FROM \"ReuseActs\"", ct);
var rollupCo2 = await ScalarLongAsync(db, "SELECT SUM(\"Co2eGrams\") FROM \"ImpactMonths\"", ct);
Output.Line($"    check: ledger {ledgerCo2 / 1e6:N1} t CO2e, roll-up {rollupCo2 / 1e6:N1} t CO2e: {(ledgerCo2 == rollupCo2 ? "equal" : "DIFFERENT")} ({check.Elapsed.TotalSeconds:0.0} s)");

// Query phase: each case through ImpactReports on a fresh context (as a request gets one), then the raw SQL floor.
var thisYear = new MonthRange(new YearMonth(today.Year, 1), thisMonth);
var twelve = new MonthRange(thisMonth.Plus(-11), thisMonth);
const GoodsCategory Category = GoodsCategory.ClothesShoes;
var cases = new (string Name, Func<ImpactReports, Task> App, string Raw)[]
{
    ("public summary, this year", async r => await r.SummaryAsync(new ImpactFilter(thisYear), ct), RawSum(thisYear, null)),
    ($"12 months, category {Category}", async r => await r.ReportAsync(new ImpactFilter(twelve, Category), null, ct), RawSum(twelve, Category)),
    ("admin monthly report, this year", async r =>
    {
        // The /admin/effekt page's data: the factor sets, months/categories/channels, and the initiatives' first page.
        var filter = new ImpactFilter(thisYear);
        await r.FactorSetsAsync(ct);
        await r.ReportAsync(filter, null, ct);
        var (rows, _) = await r.InitiativesAsync(filter, 0, int.MaxValue, ct);
        _ = rows.Take(Paging.DefaultPageSize).ToList();
    }, RawSum(thisYear, null)),
};
GC.Collect();
GC.WaitForPendingFinalizers();
var allocatedBefore = GC.GetTotalAllocatedBytes(true);
var process = Process.GetCurrentProcess();
var workingSetBefore = process.WorkingSet64;
var results = new List<(string Name, Percentiles App, Percentiles Raw)>();
foreach (var (name, app, raw) in cases)
{
    var appTimes = await TimeAsync(async () =>
    {
        await using var context = db.NewContext();
        await app(new ImpactReports(context));
    });
    var rawTimes = await TimeAsync(async () =>
    {
        await using var connection = db.NewConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = raw;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            for (var f = 0; f < reader.FieldCount; f++) _ = reader.GetValue(f);
    });
    var (a, r) = (Percentiles.Of(appTimes), Percentiles.Of(rawTimes));
    results.Add((name, a, r));
    Output.Line($"    {name}: app p50/p95/p99 {a} ms, raw sum {r} ms, app/raw p50 {a.P50 / r.P50:0.0}x, p95 {a.P95 / r.P95:0.0}x");
}
process.Refresh();
var allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;
var queries = cases.Length * 2 * (runs + warmups);
Output.Line($"    query phase memory: {Output.Mb(allocated)} allocated ({allocated / queries / 1024.0:0} KB per query), working set {Output.Mb(workingSetBefore)} -> {Output.Mb(process.WorkingSet64)}, peak {Output.Mb(process.PeakWorkingSet64)}");

// Writes: one entry and its roll-up upsert per transaction, as a feature records an act.
var ledger = new ImpactLedger(clock);
var ids = await IdsAsync(db, ct);
var writeTimes = new List<double>();
for (var k = 0; k < writes + warmups; k++)
{
    var started = Stopwatch.GetTimestamp();
    await using (var context = db.NewContext())
    {
        await using var transaction = await context.Database.BeginTransactionAsync(ct);
        var kind = k % 3 == 0 ? ReuseActKind.HoldCollected : ReuseActKind.ItemSold;
        var draft = new ImpactLedger.Draft(kind, ids[k * 7 % ids.Count], (GoodsCategory)(k % 13), 1, k % 2 == 0 ? 1.5m : null, null, entries + 1 + k);
        _ = await ledger.RecordAsync(context, draft, ct) ?? throw new InvalidOperationException("the act was not recorded");
        await transaction.CommitAsync(ct);
    }
    if (k >= warmups) writeTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
}
var w = Percentiles.Of(writeTimes);
Output.Line($"    ImpactLedger.RecordAsync in a transaction ({writes} writes): p50/p95/p99 {w} ms");

foreach (var (name, a, r) in results)
    Console.WriteLine(FormattableString.Invariant($"ROW| {name} | {db.Provider} | {entries:N0} | {a} | {r} | {a.P95 / r.P95:0.0} | {(a.P95 <= 50 ? "yes" : "no")} |"));
Console.WriteLine(FormattableString.Invariant($"ROW| RecordAsync (entry + roll-up) | {db.Provider} | {entries:N0} | {w} | – | – | {(w.P95 <= 20 ? "yes" : "no")} |"));
return 0;

async Task<List<double>> TimeAsync(Func<Task> run)
{
    var times = new List<double>(runs);
    for (var k = 0; k < warmups + runs; k++)
    {
        var started = Stopwatch.GetTimestamp();
        await run();
        if (k >= warmups) times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
    return times;
}

static string RawSum(MonthRange range, GoodsCategory? category)
{
    int fy = range.From.Year, fm = range.From.Month, ty = range.To.Year, tm = range.To.Month;
    var sql = FormattableString.Invariant($"""
        SELECT SUM("Acts"), SUM("Quantity"), SUM("WeightGrams"), SUM("MeasuredGrams"), SUM("MeasuredQuantity"),
            SUM("EstimatedQuantity"), SUM("Co2eGrams")
        FROM "ImpactMonthTotals"
        WHERE "Year" >= {fy} AND "Year" <= {ty} AND ("Year" > {fy} OR "Month" >= {fm}) AND ("Year" < {ty} OR "Month" <= {tm})
        """);
    return category is { } c ? sql + $" AND \"Category\" = '{c}'" : sql;
}

static async Task<long> ScalarLongAsync(ImpactDatabase db, string sql, CancellationToken ct)
{
    await using var connection = db.NewConnection();
    await connection.OpenAsync(ct);
    await using var command = connection.CreateCommand();
    command.CommandText = sql;
    command.CommandTimeout = 0;
    var value = await command.ExecuteScalarAsync(ct);
    return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
}

static async Task<int> ExistingEntriesAsync(ImpactDatabase db, CancellationToken ct)
{
    if (!await db.HasMigrationAsync("ImpactAndPoints", ct)) return -1;
    await using var context = db.NewContext();
    if ((await context.Database.GetPendingMigrationsAsync(ct)).Any()) return -1;
    return await db.ScalarIntAsync("SELECT COUNT(*) FROM \"ReuseActs\"", ct);
}

static async Task<List<int>> IdsAsync(ImpactDatabase db, CancellationToken ct)
{
    await using var context = db.NewContext();
    return await context.Initiatives.OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(ct);
}

namespace Omigjen.Impact.Bench
{
    internal static class Fill
    {
        /// <summary>A fresh database: migrations, the initiatives, the ledger in bulk, then the roll-up the generator summed.</summary>
        public static async Task RunAsync(ImpactDatabase db, MunicipalClock clock, YearMonth last, int entries, int initiatives, CancellationToken ct)
        {
            var total = Stopwatch.StartNew();
            await db.ResetAsync(ct);
            await using (var context = db.NewContext()) await context.Database.MigrateAsync(ct);
            var ids = await SeedAsync(db, initiatives, ct);
            var generator = new Generator(ids, clock, last);
            var load = Stopwatch.StartNew();
            var written = await db.LoadActsAsync(generator.Entries(entries), n =>
                Output.Line($"    {n:N0} entries, {n / load.Elapsed.TotalSeconds:N0} rows/s"), ct);
            Output.Line($"    ledger: {written:N0} entries in {load.Elapsed.TotalSeconds:0.0} s ({written / load.Elapsed.TotalSeconds:N0} rows/s)");
            var rollup = Stopwatch.StartNew();
            await db.LoadMonthsAsync(generator.Rollup, ct);
            await db.LoadMonthTotalsAsync(ct);
            Output.Line($"    roll-up: {generator.Rollup.Count:N0} rows in {rollup.Elapsed.TotalSeconds:0.0} s");
            var analyze = Stopwatch.StartNew();
            await db.AnalyzeAsync(ct);
            Output.Line($"    statistics in {analyze.Elapsed.TotalSeconds:0.0} s; fill {total.Elapsed.TotalSeconds:0} s in all");
        }

        private static async Task<List<int>> SeedAsync(ImpactDatabase database, int count, CancellationToken ct)
        {
            var now = DateTime.UtcNow;
            await using var db = database.NewContext();
            var places = Enumerable.Range(0, count).Select(i => new Initiative
            {
                Slug = string.Create(CultureInfo.InvariantCulture, $"effekt-benk-{i:00000}"), Name = string.Create(CultureInfo.InvariantCulture, $"Ombruk {i}"),
                ShortDescription = LocalizedText.Of("Generert for ytelsestest av effekt.", "Generated for the impact benchmark."),
                Kinds = [InitiativeKind.ReuseShop], Categories = [GoodsCategory.Other], OpeningHours = "Mo-Sa 10:00-18:00",
                Moderation = ModerationState.Approved, Status = InitiativeStatus.Active, Version = 1, CreatedAt = now, UpdatedAt = now,
            }).ToList();
            db.Initiatives.AddRange(places);
            await db.SaveChangesAsync(ct);
            return places.Select(p => p.Id).ToList();
        }
    }
}
