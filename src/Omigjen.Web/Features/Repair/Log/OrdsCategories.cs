using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Repair.Log;

/// <summary>
/// The ORDS v0.3 product categories (all powered items), with the standard's English name and a Norwegian label.
/// The English name is what the export writes in <c>product_category</c>; the Norwegian label is OMigjen's own category.
/// </summary>
public static class OrdsCategories
{
    public sealed record Category(int Id, string English, string Norwegian)
    {
        public string Label => L.T(Norwegian, English);
    }

    public static IReadOnlyList<Category> All { get; } =
    [
        new(1, "Aircon/dehumidifier", "Aircondition/avfukter"),
        new(2, "Battery/charger/adapter", "Batteri/lader/adapter"),
        new(3, "Decorative or safety lights", "Pynte- eller sikkerhetslys"),
        new(4, "Desktop computer", "Stasjonær datamaskin"),
        new(5, "Digital compact camera", "Kompaktkamera"),
        new(6, "DSLR/video camera", "Speilreflekskamera/videokamera"),
        new(7, "Fan", "Vifte"),
        new(8, "Flat screen", "Flatskjerm"),
        new(9, "Hair & beauty item", "Hår- og skjønnhetsapparat"),
        new(10, "Handheld entertainment device", "Håndholdt underholdningsapparat"),
        new(11, "Headphones", "Hodetelefoner"),
        new(12, "Hi-Fi integrated", "Stereoanlegg, samlet"),
        new(13, "Hi-Fi separates", "Stereoanlegg, komponenter"),
        new(14, "Kettle", "Vannkoker"),
        new(15, "Lamp", "Lampe"),
        new(16, "Laptop", "Bærbar datamaskin"),
        new(17, "Large home electrical", "Stort elektrisk husholdningsapparat"),
        new(18, "Misc", "Diverse elektrisk"),
        new(19, "Mobile", "Mobiltelefon"),
        new(20, "Musical instrument", "Musikkinstrument"),
        new(21, "Paper shredder", "Makuleringsmaskin"),
        new(22, "PC accessory", "PC-tilbehør"),
        new(23, "Portable radio", "Bærbar radio"),
        new(24, "Power tool", "Elektroverktøy"),
        new(25, "Printer/scanner", "Skriver/skanner"),
        new(26, "Projector", "Prosjektor"),
        new(27, "Sewing machine", "Symaskin"),
        new(28, "Small home electrical", "Lite elektrisk husholdningsapparat"),
        new(29, "Small kitchen item", "Lite kjøkkenapparat"),
        new(30, "Tablet", "Nettbrett"),
        new(31, "Toaster", "Brødrister"),
        new(32, "Toy", "Leke (elektrisk)"),
        new(33, "TV and gaming-related accessories", "Tilbehør til TV og spill"),
        new(34, "Vacuum", "Støvsuger"),
        new(35, "Watch/clock", "Klokke/ur"),
        new(36, "Coffee maker", "Kaffetrakter"),
        new(37, "Food processor", "Kjøkkenmaskin"),
        new(38, "Games console", "Spillkonsoll"),
        new(39, "Hair dryer", "Hårføner"),
        new(40, "Iron", "Strykejern"),
    ];

    private static readonly Dictionary<int, Category> ById = All.ToDictionary(c => c.Id);

    public static Category? Find(int id) => ById.GetValueOrDefault(id);

    public static Category Of(int id) => ById[id];
}
