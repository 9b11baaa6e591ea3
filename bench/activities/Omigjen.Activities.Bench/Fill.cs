using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Activities;
using Omigjen.Web.Features.Activities.Occasions;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Activities.Bench;

/// <summary>
/// Activity series spread over the initiatives, in a mix like a municipality's year: single events, monthly repair
/// cafés and swap markets, eight-week courses and weekly children's hours; a fifth at another address near the
/// initiative. Deterministic (a fixed seed), so runs compare.
/// </summary>
internal static class Fill
{
    private const int Batch = 2_000;

    public static async Task<(int Series, int Occasions)> RunAsync(Func<AppDbContext> newContext, MunicipalClock clock, int count, CancellationToken ct)
    {
        List<(int Id, double Lat, double Lon)> places;
        await using (var db = newContext())
        {
            places = (await db.InitiativeLocations.AsNoTracking()
                    .Select(l => new { l.InitiativeId, l.Latitude, l.Longitude }).ToListAsync(ct))
                .GroupBy(l => l.InitiativeId).Select(g => (g.Key, g.First().Latitude, g.First().Longitude)).ToList();
        }
        if (places.Count == 0) throw new InvalidOperationException("no initiatives: import them first");
        Output.Line($"==> filling {count:N0} activity series over {places.Count:N0} initiatives");

        var random = new Random(16);
        var now = clock.Now.UtcDateTime;
        // As far ahead as the app keeps occasions, so its daily horizon job finds nothing to add while it is measured.
        var until = OccasionGenerator.HorizonEnd(now);
        var today = DateTime.SpecifyKind(clock.LocalNow.Date, DateTimeKind.Unspecified);
        int written = 0, occasions = 0;
        while (written < count)
        {
            await using var db = newContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var batch = new List<(ActivitySeries Series, List<PlannedOccasion> Planned)>();
            for (var i = 0; i < Batch && written + i < count; i++)
            {
                var place = places[(written + i) % places.Count];
                var s = NewSeries(random, place, today, now);
                batch.Add((s, OccasionGenerator.Expand(s, clock.Zone, now, until)));
            }
            db.ActivitySeries.AddRange(batch.Select(b => b.Series));
            await db.SaveChangesAsync(ct);
            foreach (var (s, planned) in batch)
            {
                db.ActivityOccasions.AddRange(planned.Select(p => new ActivityOccasion
                {
                    SeriesId = s.Id, InitiativeId = s.InitiativeId, OriginalStartUtc = p.StartUtc, StartUtc = p.StartUtc, EndUtc = p.EndUtc,
                    Status = OccasionStatus.Scheduled, UpdatedAt = now, Kind = s.Kind, Latitude = s.Latitude, Longitude = s.Longitude,
                    IsFree = s.PriceNok is null or 0, AgeFrom = s.AgeFrom, AgeTo = s.AgeTo, Capacity = s.Capacity,
                }));
                occasions += planned.Count;
            }
            await db.SaveChangesAsync(ct);
            written += batch.Count;
            Output.Line($"    {written:N0} / {count:N0} series, {occasions:N0} occasions");
        }
        return (written, occasions);
    }

    private static ActivitySeries NewSeries(Random random, (int Id, double Lat, double Lon) place, DateTime today, DateTime now)
    {
        var roll = random.NextDouble();
        var (kind, rule, title) = roll switch
        {
            < 0.35 => (ActivityKind.PopUpMarket, (string?)null, "Loppemarked"),
            < 0.60 => (ActivityKind.RepairCafe, "FREQ=MONTHLY;BYDAY=1TH", "Reparasjonskafé"),
            < 0.85 => (ActivityKind.Course, "FREQ=WEEKLY;BYDAY=TU;COUNT=8", "Kurs i søm"),
            _ => (ActivityKind.Children, "FREQ=WEEKLY;BYDAY=SA", "Lesestund for barn"),
        };
        var elsewhere = random.NextDouble() < 0.2;
        var start = today.AddDays(random.Next(0, rule is null ? 360 : 28)).AddHours(random.Next(10, 19));
        return new ActivitySeries
        {
            InitiativeId = place.Id, Title = title, Kind = kind, Description = "Generert for ytelsestest.",
            Address = elsewhere ? "Et annet sted 1" : null,
            Latitude = place.Lat + (elsewhere ? (random.NextDouble() - 0.5) * 0.02 : 0),
            Longitude = place.Lon + (elsewhere ? (random.NextDouble() - 0.5) * 0.02 : 0),
            StartLocal = start, DurationMinutes = 120, RecurrenceRule = rule,
            PriceNok = random.NextDouble() < 0.6 ? null : 50 * random.Next(1, 6),
            AgeFrom = kind == ActivityKind.Children ? 3 : null, AgeTo = kind == ActivityKind.Children ? 8 : null,
            Capacity = random.NextDouble() < 0.3 ? null : random.Next(8, 40), CreatedAt = now, UpdatedAt = now,
        };
    }
}
