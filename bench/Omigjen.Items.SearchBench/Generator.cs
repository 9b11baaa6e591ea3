using System.Globalization;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Items.Search;

namespace Omigjen.Items.SearchBench;

/// <summary>One generated item, as the loaders write it; the terms come from <see cref="ItemIndexing.Apply"/>.</summary>
internal sealed class ItemRow
{
    public int InitiativeId;
    public int? LocationId;
    public string Title = "";
    public string Description = "";
    public GoodsCategory Category;
    public string? Subcategory;
    public ItemCondition Condition;
    public int PriceNok;
    public int Quantity;
    public string? Size;
    public string? Brand;
    public string? Colour;
    public double Latitude;
    public double Longitude;
    public string TitleTerms = "";
    public string BodyTerms = "";
    public DateTime CreatedAt;
}

/// <summary>A place items can be at: an initiative's location, with the ids the database gave them.</summary>
internal readonly record struct Place(int InitiativeId, int LocationId, double Latitude, double Longitude);

/// <summary>Deterministic data: the same seed gives the same initiatives and items.</summary>
internal static class Generator
{
    /// <summary>The municipality's extent for generated places.</summary>
    public const double MinLat = 59.75, MaxLat = 59.92, MinLon = 10.25, MaxLon = 10.65;

    /// <summary>A realistic mix of opening hours: most shops open on Saturday, some never, some unknown, a few always.</summary>
    private static readonly (string Hours, int Weight)[] OpeningHours =
    [
        ("Mo-Fr 10:00-17:00; Sa 10:00-15:00; PH off", 20),
        ("Tu-Fr 11:00-18:00; Sa 10:00-16:00", 12),
        ("Mo-Th 10:00-19:00; Fr 10:00-16:00; Sa 09:00-15:00; PH off", 10),
        ("Mo-Fr 09:00-16:00; PH off", 12),
        ("We 17:00-20:00; Sa 11:00-15:00", 8),
        ("Mo-Sa 08:00-22:00; Su 12:00-18:00", 6),
        ("Tu,Th 15:00-19:00; Sa 11:00-14:00; PH off", 8),
        ("Mo-Th 12:00-18:00", 8),
        ("Sa 10:00-14:00", 4),
        ("24/7", 4),
        ("", 8),
    ];

    private static readonly string[] Places = ["Asker", "Heggedal", "Vollen", "Slemmestad", "Bondi", "Holmen", "Hvalstad", "Borgen", "Nesbru", "Røyken", "Spikkestad", "Sætre", "Hurum", "Billingstad", "Gullhella"];
    private static readonly string[] Kinds = ["Bruktbutikk", "Ombrukslager", "Gjenbruk", "Bytteskap", "Loppemarked", "Verksted", "Utlånssentral"];
    private static readonly GoodsCategory[] AllCategories = Enum.GetValues<GoodsCategory>();

    public static List<Initiative> Initiatives(int count, DateTime nowUtc, int seed = 42)
    {
        var random = new Random(seed);
        var totalWeight = OpeningHours.Sum(h => h.Weight);
        var list = new List<Initiative>(count);
        for (var i = 0; i < count; i++)
        {
            var place = Places[random.Next(Places.Length)];
            var roll = random.Next(totalWeight);
            var hours = OpeningHours.First(h => (roll -= h.Weight) < 0).Hours;
            var categories = new HashSet<GoodsCategory> { AllCategories[random.Next(AllCategories.Length)], AllCategories[random.Next(AllCategories.Length)] };
            var initiative = new Initiative
            {
                Slug = string.Create(CultureInfo.InvariantCulture, $"benk-{i:00000}"),
                Name = string.Create(CultureInfo.InvariantCulture, $"{Kinds[random.Next(Kinds.Length)]} {place} {i}"),
                ShortDescription = LocalizedText.Of("Generert for ytelsestest av varesøket.", "Generated for the item search benchmark."),
                Kinds = [InitiativeKind.ReuseShop],
                Categories = [.. categories],
                Services = [InitiativeService.Sells, InitiativeService.GivesAway],
                OrganisationType = (OrganisationType)random.Next(5),
                OpeningHours = hours,
                // A few are closed for now, a few archived: their items must not be shown.
                Status = random.Next(100) switch { < 3 => InitiativeStatus.TemporarilyClosed, < 4 => InitiativeStatus.Archived, _ => InitiativeStatus.Active },
                Moderation = ModerationState.Approved,
                CreatedAt = nowUtc.AddDays(-400),
                UpdatedAt = nowUtc.AddDays(-random.Next(1, 300)),
            };
            var locations = random.Next(100) < 15 ? 2 : 1;
            for (var l = 0; l < locations; l++)
            {
                initiative.Locations.Add(new InitiativeLocation
                {
                    Address = string.Create(CultureInfo.InvariantCulture, $"{place}veien {random.Next(1, 200)}"),
                    City = place,
                    Latitude = MinLat + (random.NextDouble() * (MaxLat - MinLat)),
                    Longitude = MinLon + (random.NextDouble() * (MaxLon - MinLon)),
                });
            }
            list.Add(initiative);
        }
        return list;
    }

    /// <summary>The items, one at a time (the same <see cref="ItemRow"/> instance refilled).</summary>
    public static IEnumerable<ItemRow> Items(int count, IReadOnlyList<Place> places, DateTime nowUtc, int seed = 4242)
    {
        var random = new Random(seed);
        var row = new ItemRow();
        var item = new Item { Title = "" };
        var yearSeconds = 365 * 24 * 3600;
        for (var n = 0; n < count; n++)
        {
            var noun = Corpus.Nouns[random.Next(Corpus.Nouns.Length)];
            var adjective = Corpus.Adjectives[random.Next(Corpus.Adjectives.Length)];
            var brands = Corpus.Brands[noun.Category];
            var brand = random.Next(100) < 45 ? brands[random.Next(brands.Length)] : null;
            var colour = random.Next(100) < 50 ? Corpus.Colours[random.Next(Corpus.Colours.Length)] : null;
            var size = noun.Category switch
            {
                GoodsCategory.ClothesShoes when noun.Gender == Gender.Plural => Corpus.ShoeSizes[random.Next(Corpus.ShoeSizes.Length)],
                GoodsCategory.ClothesShoes or GoodsCategory.Children => Corpus.ClothesSizes[random.Next(Corpus.ClothesSizes.Length)],
                GoodsCategory.Bikes when random.Next(2) == 0 => Corpus.WheelSizes[random.Next(Corpus.WheelSizes.Length)],
                _ => null,
            };
            var adj = adjective.For(noun.Gender);
            var word = Capitalise(noun.Word);
            var title = random.Next(6) switch
            {
                0 => $"{Capitalise(adj)} {noun.Word}",
                1 when brand is not null => $"{word} fra {brand}",
                2 when brand is not null => $"{brand} {noun.Word}",
                3 when size is not null => $"{Capitalise(adj)} {noun.Word} {size}",
                4 => $"{word}, {adj}",
                _ => size is not null ? $"{word} {size}" : word,
            };
            var sentences = 1 + random.Next(3);
            var description = string.Join(' ', Enumerable.Range(0, sentences).Select(_ => Corpus.Sentences[random.Next(Corpus.Sentences.Length)]));
            if (colour is not null) description = $"{word} i {colour} farge. {description}";

            var free = random.Next(100) < 18;
            var price = free ? 0 : RoundPrice(noun.MinPrice + random.Next(noun.MaxPrice - noun.MinPrice + 1));
            var place = places[random.Next(places.Count)];

            row.InitiativeId = place.InitiativeId;
            row.LocationId = place.LocationId;
            row.Title = title;
            row.Description = description;
            row.Category = noun.Category;
            row.Subcategory = noun.Subcategory;
            row.Condition = Corpus.Conditions[random.Next(Corpus.Conditions.Length)];
            row.PriceNok = price;
            row.Quantity = random.Next(100) < 10 ? 2 + random.Next(4) : 1;
            row.Size = size;
            row.Brand = brand;
            row.Colour = colour;
            row.Latitude = place.Latitude;
            row.Longitude = place.Longitude;
            row.CreatedAt = nowUtc.AddSeconds(-random.Next(yearSeconds));

            item.Title = row.Title;
            item.Description = row.Description;
            item.Subcategory = row.Subcategory;
            item.Brand = row.Brand;
            item.Colour = row.Colour;
            ItemIndexing.Apply(item);
            row.TitleTerms = item.TitleTerms;
            row.BodyTerms = item.BodyTerms;
            yield return row;
        }
    }

    private static int RoundPrice(int price) => price < 100 ? Math.Max(10, price / 10 * 10) : price / 50 * 50;

    private static string Capitalise(string word) =>
        word.Length == 0 ? word : string.Concat(char.ToUpper(word[0], CultureInfo.InvariantCulture).ToString(), word.AsSpan(1));
}
