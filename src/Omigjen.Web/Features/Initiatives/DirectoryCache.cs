using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Omigjen.Web.Data;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Initiatives;

/// <summary>
/// Keeps the whole directory in memory with parsed opening hours; filters like "open now" cannot run in SQL.
/// Every request asks the database for a cheap version stamp (count and last update), so a change made by another
/// process (an import from the command line) is seen on the next request.
/// </summary>
public sealed class DirectoryCache(IOptions<MunicipalityOptions> municipality) : IDisposable
{
    private readonly SemaphoreSlim _reload = new(1, 1);
    private volatile DirectorySnapshot? _current;

    public async Task<DirectorySnapshot> GetAsync(AppDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stamp = await StampAsync(db, ct);
        var current = _current;
        if (current is not null && current.Stamp == stamp) return current;
        await _reload.WaitAsync(ct);
        try
        {
            current = _current;
            if (current is not null && current.Stamp == stamp) return current;
            var initiatives = await db.Initiatives.AsNoTracking().Include(i => i.Locations).AsSplitQuery().ToListAsync(ct);
            current = new DirectorySnapshot(stamp, initiatives.Select(i => new DirectoryEntry(i, municipality.Value.TimeZone)).ToList());
            _current = current;
            return current;
        }
        finally
        {
            _reload.Release();
        }
    }

    private static async Task<string> StampAsync(AppDbContext db, CancellationToken ct)
    {
        var stamp = await db.Initiatives.GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Last = g.Max(i => i.UpdatedAt) })
            .FirstOrDefaultAsync(ct);
        return stamp is null ? "0" : $"{stamp.Count}:{stamp.Last.Ticks}";
    }

    public void Dispose() => _reload.Dispose();
}
