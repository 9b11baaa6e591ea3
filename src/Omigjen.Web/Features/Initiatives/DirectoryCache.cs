using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Omigjen.Web.Data;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Initiatives;

/// <summary>
/// Keeps the whole directory in memory with parsed opening hours; filters like "open now" cannot run in SQL.
/// At most once a second a request asks the database for a cheap version stamp (count and last update), so a change
/// made by another process (an import from the command line) shows within a second without a query per request.
/// </summary>
public sealed class DirectoryCache(IOptions<MunicipalityOptions> municipality, IOutputCacheStore outputCache) : IDisposable
{
    private readonly SemaphoreSlim _reload = new(1, 1);
    private const long RecheckAfterMs = 1000;
    private volatile DirectorySnapshot? _current;
    private const long Never = long.MinValue / 2; // far in the past without overflowing the subtraction
    private long _checkedAt = Never;

    // Bumped by an in-process write, so the next request reloads even when count and last update look unchanged.
    private long _generation;

    public async Task<DirectorySnapshot> GetAsync(AppDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var current = _current;
        if (current is not null && Environment.TickCount64 - Interlocked.Read(ref _checkedAt) < RecheckAfterMs) return current;
        var stamp = await StampAsync(db, ct);
        Interlocked.Exchange(ref _checkedAt, Environment.TickCount64);
        if (current is not null && current.Stamp == stamp) return current;
        await _reload.WaitAsync(ct);
        try
        {
            current = _current;
            if (current is not null && current.Stamp == stamp) return current;
            var initiatives = await db.Initiatives.AsNoTracking().Approved()
                .Include(i => i.Locations).Include(i => i.Exceptions).AsSplitQuery().ToListAsync(ct);
            var previous = _current;
            current = new DirectorySnapshot(stamp, initiatives.Select(i => new DirectoryEntry(i, municipality.Value.TimeZone)).ToList());
            _current = current;
            // Cached pages and answers were made from the old data.
            if (previous is not null) await outputCache.EvictByTagAsync(DirectoryOutputCache.Tag, ct);
            return current;
        }
        finally
        {
            _reload.Release();
        }
    }

    private async Task<string> StampAsync(AppDbContext db, CancellationToken ct)
    {
        var generation = Interlocked.Read(ref _generation);
        var count = await db.Initiatives.CountAsync(ct);
        var last = await db.Initiatives.MaxAsync(i => (DateTime?)i.UpdatedAt, ct);
        return $"{count}:{last?.Ticks ?? 0}:{generation}";
    }

    /// <summary>After a write in this process: the next request checks the database, and cached answers are dropped.</summary>
    public async Task InvalidateAsync(CancellationToken ct = default)
    {
        Interlocked.Increment(ref _generation);
        Interlocked.Exchange(ref _checkedAt, Never);
        await outputCache.EvictByTagAsync(DirectoryOutputCache.Tag, ct);
    }

    public void Dispose() => _reload.Dispose();
}
