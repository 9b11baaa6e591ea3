using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Omigjen.Web.Data;

namespace Omigjen.Web.Features.Items.Search;

/// <summary>
/// Before every save, analyses the text of each added or changed <see cref="Item"/> (<see cref="ItemIndexing.Apply"/>)
/// and adds its new terms to the vocabulary, on the context's own connection and inside the caller's transaction when
/// there is one. The vocabulary is written first: a term without items only widens a query to nothing, whereas an item
/// whose terms were missing from the vocabulary could not be found by its compounds or typos. Stateless; one instance serves
/// every context.
/// </summary>
public sealed class ItemIndexingInterceptor : SaveChangesInterceptor
{
    public static ItemIndexingInterceptor Instance { get; } = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is AppDbContext db && NewTerms(db) is { Count: > 0 } terms)
            ItemIndexing.AddVocabulary(db, terms);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is AppDbContext db && NewTerms(db) is { Count: > 0 } terms)
            await ItemIndexing.AddVocabularyAsync(db, terms, cancellationToken);
        return result;
    }

    /// <summary>Re-analyses the items about to be saved and returns the terms that were not on them before.</summary>
    private static List<string> NewTerms(AppDbContext db)
    {
        // SaveChanges looks for changes only after the interceptors have run; Entries() looks now (unless the caller
        // turned automatic detection off), so an edited title is seen. Each changed item is then checked again.
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in db.ChangeTracker.Entries<Item>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            var item = entry.Entity;
            ItemIndexing.Apply(item);
            entry.DetectChanges();
            if (entry.State == EntityState.Added)
            {
                terms.UnionWith(ItemIndexing.TermsOf(item));
                continue;
            }
            var before = new HashSet<string>(
                ItemIndexing.SplitTerms(Original(entry, nameof(Item.TitleTerms))).Concat(ItemIndexing.SplitTerms(Original(entry, nameof(Item.BodyTerms)))),
                StringComparer.Ordinal);
            terms.UnionWith(ItemIndexing.TermsOf(item).Where(t => !before.Contains(t)));
        }
        return [.. terms];
    }

    private static string? Original(EntityEntry<Item> entry, string property) => entry.Property<string>(property).OriginalValue;
}
