using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;

namespace Omigjen.Web.Features.Items.Search;

/// <summary>Keeps an item's analysed terms in step with its text, and the vocabulary of indexed terms complete.</summary>
public static class ItemIndexing
{
    /// <summary>The longest term the vocabulary holds (its column length); longer words are still indexed on the item.</summary>
    public const int MaxVocabularyTermLength = 100;

    /// <summary>
    /// The version of the analysis stored terms are made with, kept on each item (<see cref="Item.TermsVersion"/>).
    /// Raise it whenever <see cref="NorwegianAnalyzer.IndexTerms(string?)"/> changes what it makes: the next migration
    /// (<c>migrate</c>, or a start with <c>Database:MigrateOnStart</c>) analyses older rows again. 1: compounds split by the lexicon.
    /// </summary>
    public const int TermsVersion = 1;

    /// <summary>The column lengths of <see cref="Item.TitleTerms"/> and <see cref="Item.BodyTerms"/>.</summary>
    public const int MaxTitleTermsLength = 2000, MaxBodyTermsLength = 8000;

    /// <summary>Terms per INSERT statement (two parameters each, well below every provider's parameter limit).</summary>
    private const int InsertChunk = 400;

    /// <summary>Items analysed again per transaction by <see cref="ReindexStaleAsync"/>.</summary>
    private const int ReindexBatch = 1000;

    /// <summary>Sets <see cref="Item.TitleTerms"/>, <see cref="Item.BodyTerms"/> and <see cref="Item.TermsVersion"/> from the item's text.</summary>
    public static void Apply(Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        item.TitleTerms = Cut(NorwegianAnalyzer.IndexTerms(item.Title), MaxTitleTermsLength);
        item.BodyTerms = Cut(NorwegianAnalyzer.IndexTerms(string.Join(' ', item.Description, item.Subcategory, item.Brand, item.Colour)), MaxBodyTermsLength);
        item.TermsVersion = TermsVersion;
    }

    /// <summary>Terms that fit the column: whole terms only, the last ones (compound parts come last) dropped first.</summary>
    public static string Cut(string terms, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Length <= maxLength) return terms;
        var space = terms.LastIndexOf(' ', maxLength);
        return space <= 0 ? "" : terms[..space];
    }

    /// <summary>
    /// Analyses again every item whose terms an older <see cref="TermsVersion"/> made, in batches, adding their new
    /// terms to the vocabulary first. Each row is written only while it is still stale, so an edit saved meanwhile
    /// (which analyses the item itself) is never overwritten with terms of its old text. Returns how many rows it wrote.
    /// </summary>
    public static async Task<int> ReindexStaleAsync(AppDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var written = 0;
        var after = 0;
        while (true)
        {
            var batch = await db.Items.AsNoTracking()
                .Where(i => i.TermsVersion < TermsVersion && i.Id > after)
                .OrderBy(i => i.Id).Take(ReindexBatch)
                .Select(i => new { i.Id, i.Title, i.Description, i.Subcategory, i.Brand, i.Colour })
                .ToListAsync(ct);
            if (batch.Count == 0) return written;
            after = batch[^1].Id;
            var items = batch.Select(r => new Item
            {
                Id = r.Id, Title = r.Title, Description = r.Description, Subcategory = r.Subcategory, Brand = r.Brand, Colour = r.Colour,
            }).ToList();
            Parallel.ForEach(items, new ParallelOptions { CancellationToken = ct }, Apply);

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await AddVocabularyAsync(db, items.SelectMany(TermsOf), ct);
            foreach (var item in items)
            {
                written += await db.Items.Where(i => i.Id == item.Id && i.TermsVersion < TermsVersion)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(i => i.TitleTerms, item.TitleTerms)
                        .SetProperty(i => i.BodyTerms, item.BodyTerms)
                        .SetProperty(i => i.TermsVersion, TermsVersion), ct);
            }
            await tx.CommitAsync(ct);
        }
    }

    /// <summary>The distinct terms an item is indexed under (title and body).</summary>
    public static IEnumerable<string> TermsOf(Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return SplitTerms(item.TitleTerms).Concat(SplitTerms(item.BodyTerms)).Distinct(StringComparer.Ordinal);
    }

    /// <summary>The terms of a stored TitleTerms or BodyTerms value.</summary>
    public static IEnumerable<string> SplitTerms(string? terms) =>
        (terms ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The term written backwards (by character, keeping surrogate pairs whole): "ends with" becomes "starts with".</summary>
    public static string Reverse(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var runes = term.EnumerateRunes().ToArray();
        Array.Reverse(runes);
        var builder = new StringBuilder(term.Length);
        foreach (var rune in runes) builder.Append(rune.ToString());
        return builder.ToString();
    }

    /// <summary>
    /// Adds the terms the vocabulary lacks (in the context's current transaction, if any). Safe to run at the same
    /// time from several processes: a term someone else just added is skipped.
    /// </summary>
    public static async Task AddVocabularyAsync(AppDbContext db, IEnumerable<string> terms, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        foreach (var (sql, parameters) in InsertStatements(terms))
            await db.Database.ExecuteSqlRawAsync(sql, parameters, ct);
    }

    /// <summary>The synchronous <see cref="AddVocabularyAsync"/>, for a synchronous SaveChanges.</summary>
    public static void AddVocabulary(AppDbContext db, IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(db);
        foreach (var (sql, parameters) in InsertStatements(terms))
            db.Database.ExecuteSqlRaw(sql, parameters);
    }

    /// <summary>
    /// Parameterised multi-row inserts that skip existing terms; the same SQL runs on SQLite and PostgreSQL. Terms are
    /// sorted so concurrent writers take row locks in the same order.
    /// </summary>
    private static IEnumerable<(string Sql, object[] Parameters)> InsertStatements(IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var distinct = terms
            .Where(t => !string.IsNullOrEmpty(t) && t.Length <= MaxVocabularyTermLength)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var chunk in distinct.Chunk(InsertChunk))
        {
            var sql = new StringBuilder("INSERT INTO \"SearchVocabulary\" (\"Term\", \"Reversed\") VALUES ");
            var parameters = new object[chunk.Length * 2];
            for (var i = 0; i < chunk.Length; i++)
            {
                if (i > 0) sql.Append(", ");
                sql.Append(CultureInfo.InvariantCulture, $"({{{2 * i}}}, {{{(2 * i) + 1}}})");
                parameters[2 * i] = chunk[i];
                parameters[(2 * i) + 1] = Reverse(chunk[i]);
            }
            sql.Append(" ON CONFLICT (\"Term\") DO NOTHING");
            yield return (sql.ToString(), parameters);
        }
    }
}
