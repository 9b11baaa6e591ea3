using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Omigjen.Points.Bench;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Points;
using Omigjen.Web.Features.Points.Codes;
using Omigjen.Web.Features.Points.Issuers;
using Omigjen.Web.Features.Points.Rules;
using Omigjen.Web.Infrastructure;

// Usage: (--sqlite FILE | --postgres CONNECTION [--database NAME]) [--claims N] [--initiatives N] [--residents N] [--parallel N]
//        pg-create / pg-drop --postgres CONNECTION --database NAME
// Prints figures only; the exit code is non-zero only when the benchmark itself could not run.
string? sqlite = null, postgres = null, database = null;
int claims = 2000, initiatives = 100, residents = 500, parallel = 8;
var command = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "run";
for (var i = command == "run" ? 0 : 1; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--sqlite": sqlite = Next(); break;
        case "--postgres": postgres = Next(); break;
        case "--database": database = Next(); break;
        case "--claims": claims = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--initiatives": initiatives = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--residents": residents = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--parallel": parallel = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        default: throw new ArgumentException("unknown argument " + args[i]);
    }
}
using var cts = new CancellationTokenSource();
var ct = cts.Token;
if (command is "pg-create" or "pg-drop") return await PostgresServer.RunAsync(command, postgres, database, ct);
if (sqlite is null && postgres is null) throw new ArgumentException("--sqlite FILE or --postgres CONNECTION is required");
var db = new ClaimDatabase(sqlite, postgres is null ? null : PostgresServer.For(postgres, database));
var clock = new MunicipalClock(TimeProvider.System, Options.Create(new MunicipalityOptions()));

Output.Line($"==> {db.Provider}: {initiatives} issuers, {residents} residents, {claims} claims one at a time and {claims} by {parallel} at once");
await db.ResetAndMigrateAsync(ct);
var (initiativeIds, userIds) = await Seed.RunAsync(db, initiatives, residents, ct);

// Sequential: the latency of one claim with nothing else running; then the same with `parallel` claims at once.
foreach (var width in new[] { 1, parallel })
{
    var codes = new List<(string Code, string User)>(claims);
    for (var n = 0; n < claims; n++)
    {
        await using var context = db.NewContext();
        var issued = await new CodeIssuing(context, clock).IssueAsync(initiativeIds[n % initiativeIds.Count], (PointsAction)(n % 5), null, ct);
        codes.Add((issued!.Code, userIds[(n * 7 + width) % userIds.Count]));
    }
    var times = new double[claims];
    var credited = 0;
    var next = -1;
    var wall = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, width).Select(async _ =>
    {
        int k;
        while ((k = Interlocked.Increment(ref next)) < claims)
        {
            var started = Stopwatch.GetTimestamp();
            await using var context = db.NewContext();
            var result = await new CodeClaims(context, clock, [], NullLogger<CodeClaims>.Instance).ClaimAsync(codes[k].Code, codes[k].User, ct);
            times[k] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (result.Outcome == ClaimOutcome.Credited) Interlocked.Increment(ref credited);
        }
    }));
    var p = Percentiles.Of(times.Skip(Math.Min(50, claims / 10)).ToArray());
    Output.Line($"    {width} at once: p50/p95/p99 {p} ms, {claims / wall.Elapsed.TotalSeconds:0} claims/s, {credited} of {claims} credited, peak working set {Output.Mb(Process.GetCurrentProcess().PeakWorkingSet64)}");
    Console.WriteLine(FormattableString.Invariant($"ROW| claim, {width} at once | {db.Provider} | {p} | {(p.P95 <= 20 ? "yes" : "no")} |"));
}
return 0;

namespace Omigjen.Points.Bench
{
    internal static class Seed
    {
        /// <summary>Approved issuers with a location each, residents, and rules whose caps the benchmark never reaches.</summary>
        public static async Task<(List<int> Initiatives, List<string> Users)> RunAsync(ClaimDatabase database, int initiatives, int residents, CancellationToken ct)
        {
            var now = DateTime.UtcNow;
            await using var db = database.NewContext();
            var places = Enumerable.Range(0, initiatives).Select(i => new Initiative
            {
                Slug = string.Create(CultureInfo.InvariantCulture, $"poeng-benk-{i:00000}"), Name = string.Create(CultureInfo.InvariantCulture, $"Ombruk {i}"),
                ShortDescription = LocalizedText.Of("Generert for ytelsestest av poeng.", "Generated for the points benchmark."),
                Kinds = [InitiativeKind.ReuseShop], Categories = [GoodsCategory.Other], OpeningHours = "Mo-Sa 10:00-18:00",
                Moderation = ModerationState.Approved, Status = InitiativeStatus.Active, Version = 1, CreatedAt = now, UpdatedAt = now,
                Locations = [new InitiativeLocation { Address = "Benkveien 1", City = "Asker", Latitude = 59.83, Longitude = 10.43 }],
            }).ToList();
            db.Initiatives.AddRange(places);
            var users = Enumerable.Range(0, residents).Select(i => new AppUser
            {
                Id = Guid.NewGuid().ToString(), UserName = $"beboer{i}@benk.no", NormalizedUserName = $"BEBOER{i}@BENK.NO", Email = $"beboer{i}@benk.no",
                NormalizedEmail = $"BEBOER{i}@BENK.NO", EmailConfirmed = true, SecurityStamp = Guid.NewGuid().ToString(), CreatedAt = now,
            }).ToList();
            db.Users.AddRange(users);
            db.PointsRules.Add(new ProgrammeRules { ResidentDailyCap = 1_000_000, ResidentMonthlyCap = 1_000_000, IssuerDailyCap = 1_000_000, CodeLifetimeMinutes = 24 * 60 });
            await db.SaveChangesAsync(ct);
            db.PointsIssuers.AddRange(places.Select(p => new PointsIssuer { InitiativeId = p.Id, Status = IssuerStatus.Approved, RequestedAt = now, DecidedAt = now }));
            await db.SaveChangesAsync(ct);
            return (places.Select(p => p.Id).ToList(), users.Select(u => u.Id).ToList());
        }
    }
}
