using Microsoft.AspNetCore.OutputCaching;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Activities;

/// <summary>
/// A counter raised after every committed write to series and occasions in this process, so that what is built from
/// them (the calendar feeds) is cached per version. Writes elsewhere (another node, the database by hand) are seen
/// when the cache entry's short lifetime ends.
/// </summary>
public sealed class ActivityDataVersion(IOutputCacheStore outputCache)
{
    private long _value;

    public long Current => Interlocked.Read(ref _value);

    public void Bump() => Interlocked.Increment(ref _value);

    /// <summary>
    /// Raises the counter and drops the cached pages that show coming occasions (start page, initiative pages: a cancelled
    /// one must go at once); the rest of the directory's cache is left alone.
    /// </summary>
    public async Task BumpAsync(CancellationToken ct)
    {
        Bump();
        await outputCache.EvictByTagAsync(DirectoryOutputCache.OccasionsTag, ct);
    }
}
