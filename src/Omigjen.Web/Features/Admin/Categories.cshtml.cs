using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Admin;

/// <summary>The category lists of the directory, with both names and how many approved initiatives use each value.</summary>
public sealed class CategoriesModel(AppDbContext db) : AdminPageModel
{
    public sealed record Row(string Token, string Nb, string En, int Count);

    public List<Row> Categories { get; private set; } = [];
    public List<Row> Kinds { get; private set; } = [];
    public List<Row> Services { get; private set; } = [];
    public int ApprovedCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        // The lists are stored per initiative; a municipality has few enough initiatives to count them here.
        var used = await db.Initiatives.AsNoTracking().Approved()
            .Select(i => new { i.Categories, i.Kinds, i.Services }).ToListAsync(ct);
        ApprovedCount = used.Count;
        Categories = Rows(used.SelectMany(u => u.Categories.Distinct()), Labels.Of);
        Kinds = Rows(used.SelectMany(u => u.Kinds.Distinct()), Labels.Of);
        Services = Rows(used.SelectMany(u => u.Services.Distinct()), Labels.Of);
    }

    private static List<Row> Rows<T>(IEnumerable<T> used, Func<T, string> label) where T : struct, Enum
    {
        var counts = used.GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        return Enum.GetValues<T>().Select(v => new Row(Tokens.Of(v), In("nb-NO", () => label(v)), In("en", () => label(v)), counts.GetValueOrDefault(v))).ToList();
    }

    /// <summary>The label in one language, whatever the page's language (the labels follow the UI culture).</summary>
    private static string In(string culture, Func<string> label)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return label();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
