using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;

namespace Omigjen.Web.Features.Items.Photos;

/// <summary>
/// Keeps an upload across a form that was sent back: the photo is stored as usual and remembered for its uploader under
/// its key, which the form carries in a hidden field. Photos never attached are deleted after <see cref="Lifetime"/>.
/// </summary>
public sealed class PendingPhotos(AppDbContext db, PhotoUploads uploads, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    /// <summary>Stores the upload as pending for <paramref name="userId"/>; sweeps the old pending photos first.</summary>
    public async Task<(PendingPhoto? Photo, PhotoRejection? Rejection)> KeepAsync(Stream input, string userId, CancellationToken ct = default)
    {
        await SweepAsync(ct);
        var (stored, rejection) = await uploads.StoreAsync(input, ct);
        if (stored is null) return (null, rejection);
        var pending = new PendingPhoto { Key = stored.Key, UserId = userId, Width = stored.Width, Height = stored.Height, CreatedAt = time.GetUtcNow().UtcDateTime };
        db.PendingPhotos.Add(pending);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            await uploads.DeleteAsync(stored.Key);
            throw;
        }
        return (pending, null);
    }

    /// <summary>The user's own pending photo with that key, while it lasts; null for anyone else's, an expired or an unknown key.</summary>
    public async Task<PendingPhoto?> FindAsync(string? key, string userId, CancellationToken ct = default)
    {
        if (!PhotoVariants.IsKey(key)) return null;
        var since = time.GetUtcNow().UtcDateTime - Lifetime;
        return await db.PendingPhotos.FirstOrDefaultAsync(p => p.Key == key && p.UserId == userId && p.CreatedAt > since, ct);
    }

    /// <summary>Deletes pending photos older than <see cref="Lifetime"/>, rows and files.</summary>
    public async Task<int> SweepAsync(CancellationToken ct = default)
    {
        var before = time.GetUtcNow().UtcDateTime - Lifetime;
        var old = await db.PendingPhotos.AsNoTracking().Where(p => p.CreatedAt <= before).OrderBy(p => p.Id).Take(100)
            .Select(p => new { p.Id, p.Key }).ToListAsync(ct);
        var swept = 0;
        foreach (var p in old)
        {
            // Only the request that removes the row deletes the files, and never the files of a photo in use.
            if (await db.PendingPhotos.Where(x => x.Id == p.Id).ExecuteDeleteAsync(ct) == 0) continue;
            if (!await db.ItemPhotos.AnyAsync(i => i.Key == p.Key, ct)) await uploads.DeleteAsync(p.Key);
            swept++;
        }
        return swept;
    }
}
