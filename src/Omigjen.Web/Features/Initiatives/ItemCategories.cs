using System.Globalization;

namespace Omigjen.Web.Features.Initiatives;

/// <summary>
/// Reads a category as people and files write it: the directory's token ("clothes-shoes"), its first word ("clothes"),
/// or the Norwegian or English name ("Klær og sko", "sykler"). Beside <see cref="GoodsCategory"/>, which it parses,
/// so the directory's query and the item and lending forms read categories alike.
/// </summary>
public static class ItemCategories
{
    private static readonly Dictionary<string, GoodsCategory> ByName = Build();

    public static bool TryParse(string? text, out GoodsCategory category) =>
        ByName.TryGetValue((text ?? "").Trim().ToLower(CultureInfo.InvariantCulture), out category);

    private static Dictionary<string, GoodsCategory> Build()
    {
        var map = new Dictionary<string, GoodsCategory>(StringComparer.Ordinal);
        foreach (var c in Enum.GetValues<GoodsCategory>())
        {
            var token = Tokens.Of(c);
            map[token] = c;
            map.TryAdd(token.Split('-')[0], c);
            map.TryAdd(c.ToString().ToLowerInvariant(), c);
            foreach (var culture in new[] { "nb-NO", "en-GB" })
            {
                var previous = CultureInfo.CurrentUICulture;
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                map.TryAdd(Labels.Of(c).ToLower(CultureInfo.InvariantCulture), c);
                CultureInfo.CurrentUICulture = previous;
            }
        }
        map.TryAdd("sykkel", GoodsCategory.Bikes);
        map.TryAdd("klær", GoodsCategory.ClothesShoes);
        map.TryAdd("bøker", GoodsCategory.BooksMedia);
        map.TryAdd("leker", GoodsCategory.ToysGames);
        map.TryAdd("verktøy", GoodsCategory.ToolsGarden);
        map.TryAdd("møbler", GoodsCategory.Furniture);
        map.TryAdd("sport", GoodsCategory.SportsOutdoors);
        return map;
    }
}
