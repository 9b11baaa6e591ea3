using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items.Search;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Items.SearchBench;

internal sealed record QueryCase(string Label, ItemQuery Query);

/// <summary>The four query types, each with varying words, points and categories (deterministic).</summary>
internal static class QueryMix
{
    public const double RadiusKm = 5;

    public static readonly string[] Types = ["text", "text+near+open now", "category+near", "newest"];

    private static readonly string[] TextWords =
    [
        "sykkel", "jakker", "bok", "barnesykkel", "boremaskin", "sofa", "stoler", "støvler", "lampe", "ski", "kjole",
        "dukke", "vinterjakke", "kokebok", "rød sykkel", "genser str 140", "telt", "symaskin", "bord", "barnevogn",
        "boremasin", "jakke bergans", "sykler", "bøker", "leker",
    ];

    private static readonly string[] NearWords = ["sykkel", "jakke", "bok", "stol", "barnesykkel", "ski", "lampe", "sofa", "støvler", "bord", "genser", "telt"];

    public static List<QueryCase> For(string type, int count, int seed)
    {
        var random = new Random(seed);
        var categories = Enum.GetValues<GoodsCategory>();
        var list = new List<QueryCase>(count);
        for (var i = 0; i < count; i++)
        {
            var point = new GeoPoint(
                Generator.MinLat + (random.NextDouble() * (Generator.MaxLat - Generator.MinLat)),
                Generator.MinLon + (random.NextDouble() * (Generator.MaxLon - Generator.MinLon)));
            list.Add(type switch
            {
                "text" => Text(TextWords[random.Next(TextWords.Length)]),
                "text+near+open now" => NearOpen(NearWords[random.Next(NearWords.Length)], point),
                "category+near" => CategoryNear(categories[random.Next(categories.Length)], point),
                "newest" => new QueryCase("newest", new ItemQuery()),
                _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
            });
        }
        return list;
    }

    private static QueryCase Text(string q) => new($"q={q}", new ItemQuery { Text = q });

    private static QueryCase NearOpen(string q, GeoPoint p) =>
        new($"q={q}&near&open=now", new ItemQuery { Text = q, Near = p, RadiusKm = RadiusKm, Open = OpenWhen.Now });

    private static QueryCase CategoryNear(GoodsCategory c, GeoPoint p) =>
        new($"category={Tokens.Of(c)}&near", new ItemQuery { Categories = [c], Near = p, RadiusKm = RadiusKm });
}
