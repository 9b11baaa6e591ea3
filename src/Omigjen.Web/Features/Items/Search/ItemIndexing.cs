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

    /// <summary>Terms per INSERT statement (two parameters each, well below every provider's parameter limit).</summary>
    private const int InsertChunk = 400;

    /// <summary>Sets <see cref="Item.TitleTerms"/> and <see cref="Item.BodyTerms"/> from the item's text.</summary>
    public static void Apply(Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        item.TitleTerms = NorwegianAnalyzer.IndexTerms(item.Title);
        item.BodyTerms = NorwegianAnalyzer.IndexTerms(string.Join(' ', item.Description, item.Subcategory, item.Brand, item.Colour));
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
