using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Initiatives;

/// <summary>
/// The one place that gives initiatives their slugs: never a word a fixed route claims (<see cref="ReservedSlugs"/>),
/// never one already taken, also when two people save the same name at the same moment.
/// </summary>
public sealed class SlugAllocator(ReservedSlugs reserved)
{
    // Each retry follows a committed competitor, so a handful covers far more simultaneous same-name saves than happen.
    private const int Attempts = 20;

    public bool IsReserved(string slug) => reserved.Contains(slug);

    /// <summary>
    /// Adds <paramref name="initiative"/> under the first free slug made from its name and saves. Call inside a
    /// transaction: the unique index decides between simultaneous saves, and EF Core's savepoint lets the loser try the
    /// next slug in the same transaction (on PostgreSQL a failed statement would otherwise spoil it).
    /// </summary>
    public async Task AddAsync(AppDbContext db, Initiative initiative, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(initiative);
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("SlugAllocator.AddAsync needs a transaction.");
        var wanted = Slugs.From(initiative.Name);
        db.Initiatives.Add(initiative);
        for (var attempt = 1; ; attempt++)
        {
            initiative.Slug = await FirstFreeAsync(db, wanted, ct);
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException e) when (attempt < Attempts && DatabaseErrors.IsUniqueViolation(e, "Slug", "Initiatives.Slug"))
            {
                // Someone committed this slug since we looked; look again.
            }
        }
    }

    private async Task<string> FirstFreeAsync(AppDbContext db, string wanted, CancellationToken ct)
    {
        var prefix = wanted + "-";
        var taken = (await db.Initiatives.AsNoTracking().Where(i => i.Slug == wanted || i.Slug.StartsWith(prefix)).Select(i => i.Slug).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        return Slugs.FirstFree(wanted, s => taken.Contains(s) || reserved.Contains(s));
    }
}
