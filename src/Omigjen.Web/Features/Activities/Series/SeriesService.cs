using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Activities.Occasions;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Activities.Series;

/// <summary>What saving a series gave: the series, or the errors (by form field), or nothing found.</summary>
public sealed record SeriesSaveResult(ActivitySeries? Series, IReadOnlyList<FormError> Errors)
{
    public bool NotFound => Series is null && Errors.Count == 0;
}

/// <summary>Creates, changes and cancels an initiative's series, and stores their occasions in the same transaction.</summary>
public sealed class SeriesService(AppDbContext db, MunicipalClock clock, OccasionSync sync, OccasionWrites writes, ActivityDataVersion version)
{
    public Task<SeriesSaveResult> CreateAsync(int initiativeId, SeriesDraft draft, CancellationToken ct = default) =>
        SaveAsync(initiativeId, null, draft, ct);

    public Task<SeriesSaveResult> UpdateAsync(int initiativeId, long seriesId, SeriesDraft draft, CancellationToken ct = default) =>
        SaveAsync(initiativeId, seriesId, draft, ct);

    /// <summary>The initiative's own place: its first location valid today.</summary>
    public async Task<(string Address, double Lat, double Lon)?> InitiativePlaceAsync(int initiativeId, CancellationToken ct = default)
    {
        var locations = await db.InitiativeLocations.AsNoTracking().Where(l => l.InitiativeId == initiativeId).OrderBy(l => l.Id).ToListAsync(ct);
        var l = locations.FirstOrDefault(l => l.IsValidOn(clock.Today)) ?? locations.FirstOrDefault();
        return l is null ? null : (l.Address, l.Latitude, l.Longitude);
    }

    private async Task<SeriesSaveResult> SaveAsync(int initiativeId, long? seriesId, SeriesDraft draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = draft.Errors(clock.Zone);
        var place = await InitiativePlaceAsync(initiativeId, ct);
        if (draft.Address is null && place is null)
            errors.Add(new(nameof(SeriesForm.Address), "Sted: initiativet har ingen adresse. Skriv en adresse med koordinater.",
                "Place: the initiative has no address. Enter an address with coordinates."));
        if (errors.Count > 0) return new(null, errors);

        var now = clock.Now.UtcDateTime;
        try
        {
            return await writes.RunAsync(async () =>
            {
                ActivitySeries? series;
                if (seriesId is { } id)
                {
                    series = await db.ActivitySeries.FirstOrDefaultAsync(s => s.Id == id && s.InitiativeId == initiativeId, ct);
                    if (series is null) return (new SeriesSaveResult(null, []), new List<OccasionChangeNote>());
                    if (series.Cancelled)
                        return (new SeriesSaveResult(null, [new FormError(nameof(SeriesForm.Title), "Aktiviteten er avlyst og kan ikke endres.", "The activity is cancelled and cannot be changed.")]), []);
                    if (draft.Capacity is { } capacity)
                    {
                        var most = await db.ActivityOccasions.Where(o => o.SeriesId == id && o.StartUtc > now).MaxAsync(o => (int?)o.Taken, ct) ?? 0;
                        if (most > capacity)
                            return (new SeriesSaveResult(null, [new FormError(nameof(SeriesForm.Capacity),
                                $"Plasser: {most} plasser er allerede tatt på en kommende dato. Antallet kan ikke settes lavere enn {most}.",
                                $"Places: {most} places are already taken on a coming date. The number cannot be set lower than {most}.")]), []);
                    }
                }
                else
                {
                    series = new ActivitySeries { Title = draft.Title, InitiativeId = initiativeId, CreatedAt = now };
                    db.ActivitySeries.Add(series);
                }
                draft.ApplyTo(series, place);
                db.ChangeTracker.DetectChanges();
                var changed = series.Id != 0 && db.Entry(series).State == EntityState.Modified;
                if (changed || series.Id == 0) series.UpdatedAt = now;
                if (series.Id == 0) await db.SaveChangesAsync(ct);
                var notes = await sync.SyncAsync(series, clock.Zone, now, changed, ct);
                return (new SeriesSaveResult(series, []), notes);
            }, ct);
        }
        catch (DbUpdateException)
        {
            // Most likely a sign-up took the last places between the check and the save (the CHECK on Taken refused it).
            return new(null, [new FormError(nameof(SeriesForm.Capacity), "Plasser: flere har meldt seg på i mellomtiden. Prøv igjen.",
                "Places: more people signed up in the meantime. Try again.")]);
        }
    }

    /// <summary>Cancels the series and every occasion still to come; false when there is no such series.</summary>
    public async Task<bool> CancelAsync(int initiativeId, long seriesId, CancellationToken ct = default)
    {
        var now = clock.Now.UtcDateTime;
        return await writes.RunAsync(async () =>
        {
            var series = await db.ActivitySeries.FirstOrDefaultAsync(s => s.Id == seriesId && s.InitiativeId == initiativeId, ct);
            if (series is null) return (false, new List<OccasionChangeNote>());
            if (series.Cancelled) return (true, []);
            series.Cancelled = true;
            series.UpdatedAt = now;
            return (true, await sync.SyncAsync(series, clock.Zone, now, seriesChanged: false, ct));
        }, ct);
    }

    /// <summary>Stores the occasions of every open series up to the horizon (the daily job); returns how many were added.</summary>
    public async Task<int> ExtendHorizonAsync(CancellationToken ct = default)
    {
        var now = clock.Now.UtcDateTime;
        var horizon = OccasionGenerator.HorizonEnd(now);
        var added = 0;
        // The last stored start of every open series in one query; only a series the horizon has moved past is loaded.
        var lastStarts = await db.ActivitySeries.AsNoTracking().Where(s => !s.Cancelled && s.RecurrenceRule != null)
            .Select(s => new { s.Id, Last = db.ActivityOccasions.Where(o => o.SeriesId == s.Id).Max(o => (DateTime?)o.OriginalStartUtc) })
            .ToListAsync(ct);
        foreach (var one in lastStarts)
        {
            db.ChangeTracker.Clear();
            var from = one.Last is { } l && l > now ? l.AddSeconds(1) : now;
            if (from >= horizon) continue;
            var series = await db.ActivitySeries.FirstAsync(s => s.Id == one.Id, ct);
            var plannedNew = OccasionGenerator.Expand(series, clock.Zone, from, horizon);
            if (plannedNew.Count == 0) continue;
            added += await writes.RunAsync(async () =>
            {
                var notes = await sync.SyncAsync(series, clock.Zone, now, seriesChanged: false, ct);
                return (db.ChangeTracker.Entries<ActivityOccasion>().Count(e => e.State == EntityState.Added), notes);
            }, ct, raiseVersion: false);
        }
        if (added > 0) await version.BumpAsync(ct);
        return added;
    }
}
