using System.Collections.Frozen;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Intake.Lots;

/// <summary>
/// One row per intake category: the easy-read label (one or two words), its URL token, its pictogram, the OMigjen item
/// category it becomes in a partner's stock or the public search, and a typical weight per piece for an estimate when
/// nothing is weighed. This is the only place the mapping lives.
/// </summary>
/// <remarks>
/// Mapping choices: film, music and games go with books (<see cref="GoodsCategory.BooksMedia"/>); decoration and kitchen
/// goods are both home (<see cref="GoodsCategory.HomeKitchen"/>); small and large furniture are both furniture; garden
/// goes with tools (<see cref="GoodsCategory.ToolsGarden"/>); white goods are electrical (<see cref="GoodsCategory.Electronics"/>);
/// pet supplies and miscellaneous have no category of their own (<see cref="GoodsCategory.Other"/>). Typical weights are
/// rough figures for a first estimate, marked as estimates wherever they are stored.
/// </remarks>
public static class IntakeCategories
{
    public sealed record Row(IntakeCategory Category, string Token, string Nb, string En, string Icon, GoodsCategory Goods, decimal TypicalKg)
    {
        public string Label => L.T(Nb, En);
    }

    public static readonly IReadOnlyList<Row> All =
    [
        new(IntakeCategory.LargeFurniture, "store-mobler", "Store møbler", "Large furniture", "sofa", GoodsCategory.Furniture, 40m),
        new(IntakeCategory.SmallFurniture, "sma-mobler", "Små møbler", "Small furniture", "chair", GoodsCategory.Furniture, 8m),
        new(IntakeCategory.Textiles, "klaer", "Klær og tekstil", "Clothes and textiles", "shirt", GoodsCategory.ClothesShoes, 8m),
        new(IntakeCategory.ChildrenToys, "barn", "Barn og leker", "Children and toys", "toy", GoodsCategory.Children, 5m),
        new(IntakeCategory.Kitchen, "kjokken", "Kjøkken", "Kitchen", "pot", GoodsCategory.HomeKitchen, 4m),
        new(IntakeCategory.Decor, "pynt", "Pynt", "Decoration", "lamp", GoodsCategory.HomeKitchen, 3m),
        new(IntakeCategory.Books, "boker", "Bøker", "Books", "book", GoodsCategory.BooksMedia, 10m),
        new(IntakeCategory.FilmMusicGames, "film-musikk", "Film og musikk", "Films and music", "disc", GoodsCategory.BooksMedia, 5m),
        new(IntakeCategory.Bikes, "sykler", "Sykler", "Bikes", "bike", GoodsCategory.Bikes, 15m),
        new(IntakeCategory.SportsOutdoors, "sport", "Sport og tur", "Sports and outdoors", "ball", GoodsCategory.SportsOutdoors, 5m),
        new(IntakeCategory.Tools, "verktoy", "Verktøy", "Tools", "hammer", GoodsCategory.ToolsGarden, 5m),
        new(IntakeCategory.Garden, "hage", "Hage", "Garden", "plant", GoodsCategory.ToolsGarden, 8m),
        new(IntakeCategory.BuildingMaterials, "byggevarer", "Byggevarer", "Building materials", "brick", GoodsCategory.BuildingMaterials, 20m),
        new(IntakeCategory.WhiteGoods, "hvitevarer", "Hvitevarer", "White goods", "fridge", GoodsCategory.Electronics, 50m),
        new(IntakeCategory.PetSupplies, "dyr", "Dyreutstyr", "Pet supplies", "paw", GoodsCategory.Other, 3m),
        new(IntakeCategory.Miscellaneous, "annet", "Annet", "Other", "box", GoodsCategory.Other, 5m),
    ];

    private static readonly FrozenDictionary<IntakeCategory, Row> ByCategory = All.ToFrozenDictionary(r => r.Category);
    private static readonly FrozenDictionary<string, Row> ByToken = All.ToFrozenDictionary(r => r.Token, StringComparer.Ordinal);

    public static Row Of(IntakeCategory category) => ByCategory[category];

    public static GoodsCategory GoodsOf(IntakeCategory category) => ByCategory[category].Goods;

    /// <summary>Reads a category from a form: its token ("store-mobler") or its name in code ("LargeFurniture").</summary>
    public static bool TryParse(string? text, out IntakeCategory category)
    {
        var t = (text ?? "").Trim();
        if (ByToken.TryGetValue(t, out var row))
        {
            category = row.Category;
            return true;
        }
        return Enum.TryParse(t, ignoreCase: false, out category) && Enum.IsDefined(category) && !t.Any(char.IsDigit);
    }
}
