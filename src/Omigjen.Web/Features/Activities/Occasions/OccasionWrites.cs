using Omigjen.Web.Data;

namespace Omigjen.Web.Features.Activities.Occasions;

/// <summary>
/// The transaction around a write to series and occasions: the work, then every registered
/// <see cref="IOccasionChangeListener"/> for each occasion that changed, then one commit; afterwards the data
/// version is raised so the calendar feeds are rebuilt (and the cached start page, with its next occasions, dropped).
/// </summary>
public sealed class OccasionWrites(AppDbContext db, IEnumerable<IOccasionChangeListener> listeners, ActivityDataVersion version)
{
    /// <param name="raiseVersion">False when the caller makes many writes in a row and raises the version once at the end.</param>
    public async Task<T> RunAsync<T>(Func<Task<(T Result, List<OccasionChangeNote> Notes)>> work, CancellationToken ct, bool raiseVersion = true)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var (result, notes) = await work();
        await db.SaveChangesAsync(ct);
        foreach (var note in notes)
            foreach (var listener in listeners)
                await listener.OccasionChangedAsync(note.Occasion, note.Change, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        if (raiseVersion) await version.BumpAsync(ct);
        return result;
    }
}
