using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Omigjen.Activities.Bench;
using Omigjen.Web.Data;
using Omigjen.Web.Infrastructure;

// Usage: fill (--sqlite FILE | --postgres CONNECTION [--database NAME]) [--series N]
//        pg-create / pg-drop --postgres CONNECTION --database NAME
// fill adds N activity series over the initiatives already in the database (imported by run.sh) and stores their
// occasions for the next year as the app does. Prints progress and counts; exits non-zero only when it cannot run.
string? sqlite = null, postgres = null, database = null;
var series = 20_000;
var command = args.Length > 0 ? args[0] : throw new ArgumentException("fill, pg-create or pg-drop");
for (var i = 1; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--sqlite": sqlite = Next(); break;
        case "--postgres": postgres = Next(); break;
        case "--database": database = Next(); break;
        case "--series": series = int.Parse(Next().Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture); break;
        default: throw new ArgumentException("unknown argument " + args[i]);
    }
}
using var cts = new CancellationTokenSource();
if (command is "pg-create" or "pg-drop") return await PostgresServer.RunAsync(command, postgres, database, cts.Token);
if (command != "fill") throw new ArgumentException("unknown command " + command);

// The Identity store options the app runs with (schema version 3), so the model matches the migrations.
var services = new ServiceCollection().Configure<IdentityOptions>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3).BuildServiceProvider();
Func<AppDbContext> newContext = sqlite is not null
    ? () => new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>()
        .UseSqlite($"Data Source={sqlite};Pooling=True").UseApplicationServiceProvider(services).Options)
    : postgres is not null
        ? () => new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>()
            .UseNpgsql(PostgresServer.For(postgres, database)).UseApplicationServiceProvider(services).Options)
        : throw new ArgumentException("--sqlite FILE or --postgres CONNECTION is required");

var clock = new MunicipalClock(TimeProvider.System, Options.Create(new MunicipalityOptions()));
var watch = Stopwatch.StartNew();
var (seriesCount, occasions) = await Fill.RunAsync(newContext, clock, series, cts.Token);
Output.Line($"    {seriesCount:N0} series, {occasions:N0} occasions stored in {watch.Elapsed.TotalSeconds:0.0} s");
return 0;
