using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Lending.Bookings;
using Omigjen.Web.Features.Lending.Catalogue;

namespace Omigjen.Web.Data;

/// <summary>
/// Demo lending: sports gear at the sports-gear library (BUA Asker) and a trailer and a drill at a building-materials
/// reuse store. Only into demo (illustrative) initiatives, and only while there are no lending types at all.
/// </summary>
public static class DemoLending
{
    private sealed record DemoType(
        string Name, string Description, GoodsCategory Category, string[] Labels, LendingPriceKind PriceKind = LendingPriceKind.Free,
        int PriceNok = 0, int? DepositNok = null, int MaxDays = BookingRules.DefaultMaxDays, int LeadTimeHours = 0, string? StaffedHours = null,
        bool SelfService = false);

    private static readonly (string Slug, DemoType[] Types)[] Catalogue =
    [
        ("bua-asker",
        [
            new("Langrennski, klassisk", "Klassiske langrennski med felleski (skin) under bindingen, så de går uten smøring. Med NNN-binding; sko og staver lånes for seg.",
                GoodsCategory.SportsOutdoors, ["120 cm", "130 cm", "140 cm", "150 cm", "150 cm", "160 cm", "170 cm"]),
            new("Slalåmski", "Carvingski med bindinger, stilt inn ved utlån etter vekt og skostørrelse. Hjelm lånes for seg.",
                GoodsCategory.SportsOutdoors, ["100 cm", "120 cm", "140 cm", "150 cm", "160 cm"]),
            new("Skøyter", "Hockeyskøyter, slipt før hver sesong. Størrelsene er skostørrelser.",
                GoodsCategory.SportsOutdoors, ["30", "32", "34", "36", "38", "38", "40", "42"]),
            new("Telt 3 personer", "Lett tunneltelt for tre med plugger og barduner. Tørkes før det leveres.",
                GoodsCategory.SportsOutdoors, ["Nr. 1", "Nr. 2"]),
        ]),
        ("hallenskog-ombrukslager",
        [
            new("Tilhenger", "Skaphenger 750 kg med presenning og stropper, for flytting, hageavfall og byggevarer. Krever førerkort klasse B.",
                GoodsCategory.Other, ["Nr. 1"], LendingPriceKind.PerDay, 150, 500, MaxDays: 3, LeadTimeHours: 24,
                StaffedHours: "Mo-Fr 10:00-16:00; Sa 10:00-14:00; PH off"),
            new("Boremaskin", "Slagdrill med batteri, lader og et sett bor for tre, mur og metall.",
                GoodsCategory.ToolsGarden, ["Nr. 1", "Nr. 2"], LendingPriceKind.PerDay, 50),
        ]),
    ];

    /// <summary>Adds the demo lending types when there are none; returns how many types were created.</summary>
    public static async Task<int> SeedIfNoneAsync(AppDbContext db, TimeProvider time, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        if (await db.LendingTypes.AnyAsync(ct)) return 0;
        var slugs = Catalogue.Select(c => c.Slug).ToList();
        var initiatives = await db.Initiatives.AsNoTracking().Include(i => i.Locations)
            .Where(i => slugs.Contains(i.Slug) && i.IsIllustrative).ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var created = 0;
        foreach (var (slug, types) in Catalogue)
        {
            var initiative = initiatives.FirstOrDefault(i => i.Slug == slug);
            var location = initiative?.Locations.OrderBy(l => l.Id).FirstOrDefault();
            if (initiative is null || location is null) continue;
            foreach (var d in types)
            {
                var type = new LendingType
                {
                    InitiativeId = initiative.Id, Name = d.Name, Description = d.Description, Category = d.Category,
                    PriceKind = d.PriceKind, PriceNok = d.PriceNok, DepositNok = d.DepositNok, MaxDays = d.MaxDays,
                    LeadTimeHours = d.LeadTimeHours, StaffedHours = d.StaffedHours, SelfService = d.SelfService,
                    Latitude = location.Latitude, Longitude = location.Longitude, CreatedAt = now, UpdatedAt = now,
                    Units = d.Labels.Select(l => new LendingUnit { Label = l, LabelKey = LendingUnit.KeyOf(l), CreatedAt = now }).ToList(),
                };
                LendingIndexing.Apply(type);
                db.LendingTypes.Add(type);
                created++;
            }
        }
        if (created > 0) await db.SaveChangesAsync(ct);
        return created;
    }
}
