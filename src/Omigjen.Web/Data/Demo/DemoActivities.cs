using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Activities;
using Omigjen.Web.Features.Activities.Occasions;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Data;

/// <summary>
/// Demo activities: a weekly repair café on Thursdays 17:00–20:00 (20 places) at the demo initiative nearest Asker
/// sentrum, a monthly children's activity and a swap market. Only while there are no series at all.
/// </summary>
public static class DemoActivities
{
    private static readonly (double Lat, double Lon) AskerSentrum = (59.8336, 10.4355);

    public static async Task<int> SeedIfNoneAsync(AppDbContext db, TimeProvider time, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        if (await db.ActivitySeries.AnyAsync(ct)) return 0;
        var locations = await db.InitiativeLocations.AsNoTracking()
            .Where(l => db.Initiatives.Public().Any(i => i.Id == l.InitiativeId && i.IsIllustrative))
            .Select(l => new { l.InitiativeId, l.Latitude, l.Longitude }).ToListAsync(ct);
        if (locations.Count == 0) return 0;
        var near = locations.OrderBy(l => Math.Pow(l.Latitude - AskerSentrum.Lat, 2) + Math.Pow(l.Longitude - AskerSentrum.Lon, 2)).ToList();
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
        var now = time.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, zone));
        // The first such weekday after today (1 to 7 days ahead).
        DateOnly Next(DayOfWeek day) => today.AddDays(((int)day - (int)today.DayOfWeek + 6) % 7 + 1);

        var first = near[0];
        var second = near.Count > 1 ? near[1] : first;
        var series = new List<ActivitySeries>
        {
            new()
            {
                InitiativeId = first.InitiativeId, Title = "Reparasjonskafé", Kind = ActivityKind.RepairCafe, Latitude = first.Latitude, Longitude = first.Longitude,
                Description = "Ta med klær, sykler, lamper og småelektronikk som trenger en hånd. Frivillige fiksere hjelper deg å reparere selv.",
                StartLocal = Next(DayOfWeek.Thursday).ToDateTime(new TimeOnly(17, 0)), DurationMinutes = 180, RecurrenceRule = "FREQ=WEEKLY;BYDAY=TH",
                Capacity = 20, WhatToBring = "Det som skal repareres, og gjerne reservedeler.", Accessibility = "Trinnfri inngang.",
            },
            new()
            {
                InitiativeId = first.InitiativeId, Title = "Sykkelverksted for barn", Kind = ActivityKind.Children, Latitude = first.Latitude, Longitude = first.Longitude,
                Description = "Lær å lappe slangen og stramme kjedet på din egen sykkel.", AgeFrom = 8, AgeTo = 12,
                StartLocal = Next(DayOfWeek.Saturday).ToDateTime(new TimeOnly(11, 0)), DurationMinutes = 120, RecurrenceRule = "FREQ=MONTHLY;BYDAY=1SA", Capacity = 12,
            },
            new()
            {
                InitiativeId = second.InitiativeId, Title = "Byttemarked for klær", Kind = ActivityKind.SwapMarket, Latitude = second.Latitude, Longitude = second.Longitude,
                Description = "Ta med rene klær du ikke bruker, og gå hjem med noe nytt til deg.",
                StartLocal = Next(DayOfWeek.Sunday).AddDays(7).ToDateTime(new TimeOnly(12, 0)), DurationMinutes = 180,
            },
        };
        var sync = new OccasionSync(db);
        foreach (var s in series)
        {
            s.CreatedAt = s.UpdatedAt = now;
            db.ActivitySeries.Add(s);
            await db.SaveChangesAsync(ct);
            await sync.SyncAsync(s, zone, now, seriesChanged: false, ct);
            await db.SaveChangesAsync(ct);
        }
        return series.Count;
    }
}
