using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Repair.Log;

/// <summary>The session repairs are logged in: one occasion of the initiative's activities, or a day without one.</summary>
public sealed record RepairSession(long? OccasionId, DateOnly Date, string? Title, DateTimeOffset? StartLocal)
{
    /// <summary>The <c>dato</c> query value for a day without an occasion; null for an occasion.</summary>
    public string? DateQuery => OccasionId is null ? Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// The occasion (only the initiative's own), or the date (up to today; default today). Null when the occasion is
    /// unknown or another initiative's, or the date is not a date or lies ahead.
    /// </summary>
    public static async Task<RepairSession?> FindAsync(AppDbContext db, int initiativeId, long? occasionId, string? date, MunicipalClock clock,
                                                      CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        if (occasionId is { } id)
        {
            var occasion = await db.ActivityOccasions.AsNoTracking().Where(o => o.Id == id && o.InitiativeId == initiativeId)
                .Select(o => new { o.Id, o.StartUtc, Title = o.Series!.Title }).FirstOrDefaultAsync(ct);
            if (occasion is null) return null;
            var start = clock.ToLocal(occasion.StartUtc);
            return new RepairSession(occasion.Id, DateOnly.FromDateTime(start.DateTime), occasion.Title, start);
        }
        if (string.IsNullOrEmpty(date)) return new RepairSession(null, clock.Today, null, null);
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || day > clock.Today || day.Year < 2000) return null;
        return new RepairSession(null, day, null, null);
    }

    /// <summary>The session's entries: the occasion's, or the day's that belong to no occasion.</summary>
    public IQueryable<RepairEntry> Entries(AppDbContext db, int initiativeId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entries = db.RepairEntries.Where(e => e.InitiativeId == initiativeId);
        return OccasionId is { } id
            ? entries.Where(e => e.ActivityOccasionId == id)
            : entries.Where(e => e.ActivityOccasionId == null && e.EventDate == Date);
    }
}
