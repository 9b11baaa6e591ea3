using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Items.Search;

namespace Omigjen.Web.Features.Lending.Catalogue;

/// <summary>The search terms of a lendable type, analysed as the item search does.</summary>
public static class LendingIndexing
{
    /// <summary>The column length of <see cref="LendingType.SearchTerms"/>.</summary>
    public const int MaxLength = 8000;

    /// <summary>
    /// Sets <see cref="LendingType.SearchTerms"/> from the name and the description: the
    /// analysed terms with a space at both ends, so a query stem matches a whole term or the end of a compound
    /// with <c>LIKE '% stem %'</c> or <c>LIKE '%stem %'</c>.
    /// </summary>
    public static void Apply(LendingType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.SearchTerms = TermsOf(type.Name, type.Description);
    }

    private static string TermsOf(string name, string description) =>
        " " + ItemIndexing.Cut(NorwegianAnalyzer.IndexTerms(string.Join(' ', name, description)), MaxLength - 2) + " ";

    /// <summary>
    /// Analyses every type again and writes those whose terms changed (a new analyser), each only while its terms are
    /// still the ones read, so an edit saved meanwhile wins. Types are few; returns how many it wrote.
    /// </summary>
    public static async Task<int> RefreshAsync(AppDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.LendingTypes.AsNoTracking().Select(t => new { t.Id, t.Name, t.Description, t.SearchTerms }).ToListAsync(ct);
        var written = 0;
        foreach (var row in rows)
        {
            var terms = TermsOf(row.Name, row.Description);
            if (string.Equals(terms, row.SearchTerms, StringComparison.Ordinal)) continue;
            written += await db.LendingTypes.Where(t => t.Id == row.Id && t.SearchTerms == row.SearchTerms)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.SearchTerms, terms), ct);
        }
        return written;
    }
}
