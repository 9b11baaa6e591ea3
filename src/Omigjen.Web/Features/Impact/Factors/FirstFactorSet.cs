using Omigjen.Web.Features.Impact.Ledger;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Impact.Factors;

/// <summary>
/// Factor set 1: the Restart Project's Fixometer LCA data (2021 summary) mapped to OMigjen's categories, with the open
/// method's displacement of 0.5 for reuse and repair and Library of Things UK's 0.5 per loan. Seeded by the migrations,
/// so every database has it; later sets are loaded from a file (the <c>impact-factors</c> command).
/// </summary>
public static class FirstFactorSet
{
    public const int Version = 1;

    private const string Restart = "The Restart Project, Fixometer LCA data 2021 (summary)";
    private const string RestartLocation = "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv";
    private const string RestartLicence = "CC BY-SA 4.0";
    private const decimal Half = 0.5m;

    /// <summary>The set's own row (anonymous, as seed data must be).</summary>
    public static object Set { get; } = new
    {
        Version,
        Name = "Restart 2021 / OMigjen 1",
        Notes = "Avoided CO2e = pre-use footprint × displacement (0.5). Loans: Library of Things UK, half of borrows avoid a purchase.",
        ValidFrom = new DateOnly(2020, 1, 1),
        LoadedAt = new DateTime(2026, 12, 7, 0, 0, 0, DateTimeKind.Utc),
    };

    /// <summary>One row per OMigjen category: how it was mapped to the source.</summary>
    public static IReadOnlyList<CategoryMapping> Mappings { get; } =
    [
        new(GoodsCategory.Children, EuReuseCategory.Textiles, FactorUnit.PerItem, 0.75m, 20.32m, Proxy: true,
            "Restart «Clothes, children's clothes»; children's things also include toys and equipment."),
        new(GoodsCategory.ClothesShoes, EuReuseCategory.Textiles, FactorUnit.PerItem, 0.75m, 20.32m, Proxy: false,
            "Restart «Clothes, children's clothes». Cross-check: Østfoldforskning/NORSUS via Fretex, >10–11 kg CO2 per kg textiles."),
        new(GoodsCategory.SportsOutdoors, EuReuseCategory.Other, FactorUnit.PerItem, 1.07m, 19.02m, Proxy: true,
            "Restart «Misc» (8 products only), standing in for sports gear."),
        new(GoodsCategory.Bikes, EuReuseCategory.Other, FactorUnit.PerItem, 15.10m, 149.60m, Proxy: false,
            "Restart «Bicycle»."),
        new(GoodsCategory.Furniture, EuReuseCategory.Furniture, FactorUnit.PerItem, 29.81m, 67.13m, Proxy: false,
            "Restart «Furniture». Cross-check: WRAP, 1.05–1.45 t CO2e per t furniture reused."),
        new(GoodsCategory.HomeKitchen, EuReuseCategory.Other, FactorUnit.PerItem, 1.07m, 19.02m, Proxy: true,
            "Restart «Misc» (8 products only), standing in for unpowered household goods."),
        new(GoodsCategory.Electronics, EuReuseCategory.ElectricalElectronic, FactorUnit.PerKg, 2.95m, 32.07m, Proxy: true,
            "Restart emission ratio for unknown powered products, 32.07 kg CO2e per kg; average weight from «Small kitchen appliance»."),
        new(GoodsCategory.BooksMedia, EuReuseCategory.Other, FactorUnit.PerKg, 0.40m, 17.70m, Proxy: true,
            "No source for books: Restart emission ratio for unknown unpowered products, 17.70 kg CO2e per kg; average weight 0.4 kg is OMigjen's own estimate."),
        new(GoodsCategory.ToysGames, EuReuseCategory.Other, FactorUnit.PerItem, 1.07m, 19.02m, Proxy: true,
            "Restart «Misc» (8 products only), standing in for toys and games."),
        new(GoodsCategory.BuildingMaterials, EuReuseCategory.Construction, FactorUnit.PerKg, 10.00m, 17.70m, Proxy: true,
            "No source for building materials: Restart ratio for unknown unpowered products, 17.70 kg CO2e per kg; average weight 10 kg is OMigjen's own estimate."),
        new(GoodsCategory.ToolsGarden, EuReuseCategory.Other, FactorUnit.PerItem, 0.93m, 4.35m, Proxy: false,
            "Restart «Hand tools»."),
        new(GoodsCategory.HobbyCrafts, EuReuseCategory.Other, FactorUnit.PerItem, 1.07m, 19.02m, Proxy: true,
            "Restart «Misc» (8 products only), standing in for hobby and craft goods."),
        new(GoodsCategory.Other, EuReuseCategory.Other, FactorUnit.PerKg, 1.07m, 17.70m, Proxy: true,
            "Restart emission ratio for unknown unpowered products, 17.70 kg CO2e per kg; average weight from «Misc»."),
    ];

    /// <summary>The rows: each category in each activity, with the same footprint and a displacement of 0.5.</summary>
    public static IReadOnlyList<Factor> Rows { get; } = BuildRows();

    public sealed record CategoryMapping(
        GoodsCategory Category, EuReuseCategory EuCategory, FactorUnit Unit, decimal AverageWeightKg, decimal PreUseKgCo2e,
        bool Proxy, string Note);

    private static List<Factor> BuildRows()
    {
        var rows = new List<Factor>();
        var id = 1;
        foreach (var activity in Enum.GetValues<ImpactActivity>())
            foreach (var m in Mappings)
                rows.Add(new Factor
                {
                    Id = id++,
                    FactorSetVersion = Version,
                    Category = m.Category,
                    EuCategory = m.EuCategory,
                    Activity = activity,
                    Unit = m.Unit,
                    AverageWeightKg = m.AverageWeightKg,
                    PreUseKgCo2e = m.PreUseKgCo2e,
                    Displacement = Half,
                    AvoidedKgCo2e = m.PreUseKgCo2e * Half,
                    Source = activity == ImpactActivity.Lending ? Restart + "; displacement per loan: Library of Things UK" : Restart,
                    SourceLocation = RestartLocation,
                    Licence = RestartLicence,
                    DataQuality = m.Note,
                    Proxy = m.Proxy,
                });
        return rows;
    }
}
