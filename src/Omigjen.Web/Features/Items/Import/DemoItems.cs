using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;

namespace Omigjen.Web.Features.Items.Import;

/// <summary>
/// The demo items (Data/Demo/items.csv): the item spreadsheet format plus an <c>initiative</c> column with the demo
/// initiative's slug. Loaded through <see cref="ItemImporter"/>, one initiative at a time, only into demo
/// (illustrative) initiatives and only while the database has no items at all.
/// </summary>
public static class DemoItems
{
    public const string InitiativeColumn = "initiative";

    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "Data", "Demo", "items.csv");

    /// <summary>Loads the demo items when there are no items yet; returns how many were created.</summary>
    public static async Task<int> SeedIfNoneAsync(AppDbContext db, TimeProvider time, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!File.Exists(FilePath) || await db.Items.AnyAsync(ct)) return 0;
        ItemCsvFile file;
        await using (var stream = File.OpenRead(FilePath))
            file = ItemCsvReader.Read(stream, [InitiativeColumn]);
        var problems = file.FileErrors.Concat(file.Errors).ToList();
        if (problems.Count > 0)
            throw new InvalidOperationException("Demo items are invalid: " + string.Join("; ", problems));

        var slugs = file.Rows.Select(r => r.Extra[InitiativeColumn]).Distinct().ToList();
        var initiatives = await db.Initiatives.AsNoTracking().Where(i => slugs.Contains(i.Slug) && i.IsIllustrative)
            .ToDictionaryAsync(i => i.Slug, i => i.Id, ct);
        var created = 0;
        foreach (var group in file.Rows.GroupBy(r => r.Extra[InitiativeColumn]))
        {
            if (!initiatives.TryGetValue(group.Key, out var initiativeId)) continue;
            var part = new ItemCsvFile { Columns = file.Columns, Headers = file.Headers, Rows = group.ToList(), Errors = [], FileErrors = [], RowCount = group.Count() };
            var result = await ItemImporter.ImportAsync(db, NoHoldsYet.Instance, initiativeId, part, new ItemImportOptions(), time, ct: ct);
            if (!result.Succeeded)
                throw new InvalidOperationException($"Demo items for {group.Key} are invalid: " + string.Join("; ", result.Errors));
            created += result.Created;
        }
        return created;
    }

    /// <summary>Demo items only go into an empty item table, and a hold needs an item, so there are none to count.</summary>
    private sealed class NoHoldsYet : IItemHolds
    {
        public static readonly NoHoldsYet Instance = new();

        public Task<int> ActiveOnItemAsync(AppDbContext db, int itemId, CancellationToken ct) => Task.FromResult(0);

        public Task<Dictionary<int, int>> ActiveByItemAsync(AppDbContext db, int initiativeId, CancellationToken ct) => Task.FromResult(new Dictionary<int, int>());
    }
}
