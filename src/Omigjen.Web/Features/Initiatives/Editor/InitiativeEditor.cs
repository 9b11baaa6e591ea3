using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Initiatives.Editor;

/// <summary>
/// Every change to an initiative goes through here: it is checked against the version the editor started from, stored
/// as a numbered revision (who, when, what changed), and the directory's caches are dropped so the map shows it at once.
/// </summary>
public sealed class InitiativeEditor(AppDbContext db, DirectoryCache cache, TimeProvider time)
{
    /// <summary>The initiative with its locations and exceptions, tracked, or null.</summary>
    public Task<Initiative?> LoadAsync(string slug, CancellationToken ct = default) =>
        db.Initiatives.Include(i => i.Locations).Include(i => i.Exceptions).AsSplitQuery().FirstOrDefaultAsync(i => i.Slug == slug, ct);

    /// <summary>
    /// Applies <paramref name="change"/> and saves it as a new revision, unless someone saved since
    /// <paramref name="baseVersion"/>: then nothing is written and the outcome lists what the other person changed.
    /// A change that changes nothing writes nothing.
    /// </summary>
    public async Task<SaveOutcome> SaveAsync(string slug, int baseVersion, ClaimsPrincipal user, Action<Initiative> change, string? summary = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(change);
        var initiative = await LoadAsync(slug, ct) ?? throw new InvalidOperationException($"No initiative '{slug}'.");
        if (initiative.Version != baseVersion) return await ConflictAsync(initiative, baseVersion, ct);

        var before = InitiativeSnapshot.Of(initiative);
        change(initiative);
        var after = InitiativeSnapshot.Of(initiative);
        var changes = InitiativeSnapshot.Compare(before, after);
        if (changes.Count == 0) return SaveOutcome.Unchanged(initiative.Version);

        var now = time.GetUtcNow().UtcDateTime;
        var userId = user.UserId();
        var author = user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "";
        if (initiative.Version == 0)
        {
            // The state before the first edit (from an import or the demo data) becomes revision 0, so it can be restored.
            db.InitiativeRevisions.Add(new InitiativeRevision
            {
                InitiativeId = initiative.Id, Number = 0, At = initiative.UpdatedAt, Author = "import",
                Summary = "Importert / imported", Snapshot = before.ToJson(),
            });
        }
        initiative.Version = baseVersion + 1;
        initiative.UpdatedAt = now;
        db.InitiativeRevisions.Add(new InitiativeRevision
        {
            InitiativeId = initiative.Id, Number = initiative.Version, At = now, UserId = userId, Author = author,
            Summary = Truncate(summary ?? string.Join(", ", changes.Select(c => c.Path.Split('.')[0]).Distinct()), 1000),
            Snapshot = after.ToJson(),
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone saved between our read and our write: the version check or the unique revision number caught it.
            db.ChangeTracker.Clear();
            var current = await LoadAsync(slug, ct);
            return current is null ? throw new InvalidOperationException($"Initiative '{slug}' was deleted.") : await ConflictAsync(current, baseVersion, ct);
        }
        await cache.InvalidateAsync(ct);
        return SaveOutcome.Saved(initiative.Version, changes);
    }

    /// <summary>Saves the content of an earlier revision as a new revision.</summary>
    public async Task<SaveOutcome> RestoreAsync(string slug, int number, int baseVersion, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var initiative = await db.Initiatives.AsNoTracking().FirstOrDefaultAsync(i => i.Slug == slug, ct) ?? throw new InvalidOperationException($"No initiative '{slug}'.");
        var revision = await db.InitiativeRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.InitiativeId == initiative.Id && r.Number == number, ct)
                       ?? throw new InvalidOperationException($"No revision {number}.");
        var snapshot = InitiativeSnapshot.FromJson(revision.Snapshot);
        return await SaveAsync(slug, baseVersion, user, snapshot.ApplyTo, $"Gjenopprettet versjon {number} / restored version {number}", ct);
    }

    private async Task<SaveOutcome> ConflictAsync(Initiative current, int baseVersion, CancellationToken ct)
    {
        var revisions = await db.InitiativeRevisions.AsNoTracking().Where(r => r.InitiativeId == current.Id && r.Number > baseVersion)
            .OrderBy(r => r.Number).ToListAsync(ct);
        var baseRevision = await db.InitiativeRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.InitiativeId == current.Id && r.Number == baseVersion, ct);
        var theirs = baseRevision is null ? [] : InitiativeSnapshot.Compare(InitiativeSnapshot.FromJson(baseRevision.Snapshot), InitiativeSnapshot.Of(current));
        var by = revisions.Select(r => r.Author).Distinct().ToList();
        return SaveOutcome.Conflict(current.Version, theirs, by);
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}

public enum SaveStatus
{
    Saved, Unchanged, Conflict,
}

/// <summary>What happened to a save. On a conflict, <see cref="Changes"/> are the other person's changes.</summary>
public sealed record SaveOutcome(SaveStatus Status, int Version, IReadOnlyList<FieldChange> Changes, IReadOnlyList<string> ChangedBy)
{
    public static SaveOutcome Saved(int version, IReadOnlyList<FieldChange> changes) => new(SaveStatus.Saved, version, changes, []);
    public static SaveOutcome Unchanged(int version) => new(SaveStatus.Unchanged, version, [], []);
    public static SaveOutcome Conflict(int version, IReadOnlyList<FieldChange> theirs, IReadOnlyList<string> by) => new(SaveStatus.Conflict, version, theirs, by);
}
