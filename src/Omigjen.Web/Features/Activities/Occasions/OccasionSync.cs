using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;

namespace Omigjen.Web.Features.Activities.Occasions;

/// <summary>An occasion that changed in a write, and how; the listeners are told about each.</summary>
public readonly record struct OccasionChangeNote(ActivityOccasion Occasion, OccasionChange Change);

/// <summary>
/// Brings the stored occasions of a series in line with its rule over the horizon. Existing rows keep their id,
/// sign-ups, places taken and status: they are matched by <see cref="ActivityOccasion.OriginalStartUtc"/>, and when
/// the time of day changed, by the local date of that start. A future occasion the rule no longer gives is deleted
/// when nobody has signed up for it, and otherwise cancelled. Occasions already started are never touched.
/// Works on tracked entities; the caller saves, tells the listeners and commits (<see cref="OccasionWrites"/>).
/// </summary>
public sealed class OccasionSync(AppDbContext db)
{
    public async Task<List<OccasionChangeNote>> SyncAsync(ActivitySeries series, TimeZoneInfo zone, DateTime nowUtc, bool seriesChanged,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(series);
        var notes = new List<OccasionChangeNote>();
        var rows = series.Id == 0 ? [] : await db.ActivityOccasions
            .Where(o => o.SeriesId == series.Id && (o.StartUtc > nowUtc || o.OriginalStartUtc >= nowUtc)).ToListAsync(ct);
        var planned = series.Cancelled ? [] : OccasionGenerator.Expand(series, zone, nowUtc, OccasionGenerator.HorizonEnd(nowUtc));

        var byOriginal = rows.ToDictionary(o => o.OriginalStartUtc);
        var unmatched = new List<PlannedOccasion>();
        var matched = new HashSet<ActivityOccasion>();
        foreach (var p in planned)
        {
            if (byOriginal.TryGetValue(p.StartUtc, out var row)) Pair(row, p);
            else unmatched.Add(p);
        }
        // The time of day changed: the occasion on the same local date is still the same occasion.
        var byDate = rows.Where(r => !matched.Contains(r)).GroupBy(r => Date(r.OriginalStartUtc, zone)).ToDictionary(g => g.Key, g => g.First());
        foreach (var p in unmatched)
        {
            if (byDate.Remove(p.LocalDate(zone), out var row)) Pair(row, p);
            else db.ActivityOccasions.Add(New(series, p, nowUtc));
        }

        var gone = rows.Where(r => !matched.Contains(r) && r.StartUtc > nowUtc && r.Status != OccasionStatus.Cancelled).ToList();
        if (gone.Count > 0)
        {
            var ids = gone.Select(g => g.Id).ToList();
            var held = await db.ActivitySignUps.Where(s => ids.Contains(s.OccasionId) && s.Status != SignUpStatus.Cancelled && s.Status != SignUpStatus.Lapsed)
                .Select(s => s.OccasionId).Distinct().ToListAsync(ct);
            foreach (var row in gone)
            {
                // A cancelled series keeps its occasions, cancelled, so that subscribed calendars show it.
                if (!series.Cancelled && row.Taken == 0 && !held.Contains(row.Id))
                {
                    db.ActivityOccasions.Remove(row);
                    continue;
                }
                row.Status = OccasionStatus.Cancelled;
                row.Sequence++;
                row.UpdatedAt = nowUtc;
                notes.Add(new(row, OccasionChange.Cancelled));
            }
        }
        return notes;

        void Pair(ActivityOccasion row, PlannedOccasion p)
        {
            matched.Add(row);
            if (row.StartUtc <= nowUtc) return; // started or over: as it was
            var changed = seriesChanged;
            var start = row.Status == OccasionStatus.Moved ? row.StartUtc : p.StartUtc;
            var end = row.Status == OccasionStatus.Moved ? row.StartUtc.AddMinutes(series.DurationMinutes) : p.EndUtc;
            var timeChanged = start != row.StartUtc || end != row.EndUtc;
            changed |= timeChanged;
            changed |= Copy(series, row);
            if (!changed) return;
            row.StartUtc = start;
            row.EndUtc = end;
            row.Sequence++;
            row.UpdatedAt = nowUtc;
            if (series.Cancelled || row.Status == OccasionStatus.Cancelled) return;
            notes.Add(new(row, OccasionChange.Changed));
        }
    }

    private static DateOnly Date(DateTime utc, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, zone));

    private static ActivityOccasion New(ActivitySeries series, PlannedOccasion p, DateTime nowUtc)
    {
        var o = new ActivityOccasion
        {
            Series = series, SeriesId = series.Id, InitiativeId = series.InitiativeId, OriginalStartUtc = p.StartUtc, StartUtc = p.StartUtc,
            EndUtc = p.EndUtc, Status = OccasionStatus.Scheduled, UpdatedAt = nowUtc,
        };
        Copy(series, o);
        return o;
    }

    /// <summary>Copies what an occasion keeps of its series; true when something differed.</summary>
    private static bool Copy(ActivitySeries s, ActivityOccasion o)
    {
        var free = s.PriceNok is null or 0;
        var changed = o.Kind != s.Kind || o.Latitude != s.Latitude || o.Longitude != s.Longitude || o.IsFree != free
            || o.AgeFrom != s.AgeFrom || o.AgeTo != s.AgeTo || o.Capacity != s.Capacity || o.InitiativeId != s.InitiativeId;
        o.Kind = s.Kind;
        o.Latitude = s.Latitude;
        o.Longitude = s.Longitude;
        o.IsFree = free;
        o.AgeFrom = s.AgeFrom;
        o.AgeTo = s.AgeTo;
        o.Capacity = s.Capacity;
        o.InitiativeId = s.InitiativeId;
        return changed;
    }
}
