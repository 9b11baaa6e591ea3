using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items.Search;

namespace Omigjen.Web.Features.Repair.Services;

/// <summary>
/// The terms a repair service is found by: what is repaired, its description and its category's names in both
/// languages, analysed by the item search's <see cref="NorwegianAnalyzer"/> so "sykkel" finds a service in "Sykler".
/// </summary>
public static class RepairSearchTerms
{
    /// <summary>The column length of <see cref="RepairService.SearchTerms"/>.</summary>
    public const int MaxLength = 4000;

    public static string Of(RepairService s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Of(s.What, s.Description, s.Category);
    }

    private static string Of(string what, string description, GoodsCategory category) =>
        ItemIndexing.Cut(NorwegianAnalyzer.IndexTerms(string.Join(' ', what, description, CategoryWords(category))), MaxLength);

    /// <summary>
    /// Analyses every service again and writes those whose terms changed (a new analyser), each only while its terms are
    /// still the ones read, so an edit saved meanwhile wins. Price lists are short; returns how many it wrote.
    /// </summary>
    public static async Task<int> RefreshAsync(AppDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.RepairServices.AsNoTracking()
            .Select(s => new { s.Id, s.What, s.Description, s.Category, s.SearchTerms }).ToListAsync(ct);
        var written = 0;
        foreach (var row in rows)
        {
            var terms = Of(row.What, row.Description, row.Category);
            if (string.Equals(terms, row.SearchTerms, StringComparison.Ordinal)) continue;
            written += await db.RepairServices.Where(s => s.Id == row.Id && s.SearchTerms == row.SearchTerms)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.SearchTerms, terms), ct);
        }
        return written;
    }

    private static string CategoryWords(GoodsCategory category)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nb-NO");
            var nb = Labels.Of(category);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
            return nb + " " + Labels.Of(category);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
