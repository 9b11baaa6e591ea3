using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Repair.Log;

namespace Omigjen.Web.Data;

/// <summary>
/// A few logged repairs at the demo repair café (Norsk Folkehjelp's, now closed down), dated in its last months so the
/// statistics and the ORDS export have something to show. Only into that demo (illustrative) initiative, and only while
/// the log is empty. Not written to the impact ledger: demo figures stay out of the municipality's impact.
/// </summary>
public static class DemoRepairLog
{
    private const string Slug = "reparasjonskafe-norsk-folkehjelp";

    private sealed record Demo(int DaysAgo, int? Ords, GoodsCategory? Goods, string? Brand, int? Year, decimal? Age, string Problem,
                               RepairOutcome Outcome, RepairBarrier? Barrier = null, SpareParts Parts = SpareParts.None);

    private static readonly Demo[] Entries =
    [
        new(60, 14, null, "Philips", null, 4m, "Slår seg ikke på, løs kontakt i bunnplaten.", RepairOutcome.Fixed),
        new(60, null, GoodsCategory.ClothesShoes, null, null, 2m, "Glidelås i vinterjakke gått opp.", RepairOutcome.Fixed, Parts: SpareParts.ThirdParty),
        new(60, null, GoodsCategory.Bikes, "DBS", 2012, null, "Punktering bak og slitte bremseklosser.", RepairOutcome.Fixed, Parts: SpareParts.ThirdParty),
        new(60, 19, null, "Samsung", null, 6m, "Lader ikke, ladeporten er skadet.", RepairOutcome.EndOfLife, RepairBarrier.SparePartsTooExpensive),
        new(32, 34, null, "Electrolux", null, 8.5m, "Mister sugekraft, slange sprukket.", RepairOutcome.Repairable, Parts: SpareParts.Manufacturer),
        new(32, 27, null, "Husqvarna", 1985, null, "Tråden hopper, må justeres.", RepairOutcome.Fixed),
        new(32, null, GoodsCategory.Furniture, null, null, 30m, "Stolbein løst i limingen.", RepairOutcome.Fixed),
        new(32, 31, null, null, null, null, "Varmetråd brent av.", RepairOutcome.EndOfLife, RepairBarrier.ItemTooWornOut),
    ];

    /// <summary>Adds the demo entries when the log is empty; returns how many were added.</summary>
    public static async Task<int> SeedIfNoneAsync(AppDbContext db, TimeProvider time, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        if (await db.RepairEntries.AnyAsync(ct)) return 0;
        var initiativeId = await db.Initiatives.Where(i => i.Slug == Slug && i.IsIllustrative).Select(i => (int?)i.Id).FirstOrDefaultAsync(ct);
        if (initiativeId is null) return 0;
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var d in Entries)
        {
            var at = now.AddDays(-d.DaysAgo);
            db.RepairEntries.Add(new RepairEntry
            {
                InitiativeId = initiativeId.Value, EventDate = DateOnly.FromDateTime(at), OrdsCategoryId = d.Ords, GoodsCategory = d.Goods,
                Brand = d.Brand, YearOfManufacture = d.Year, AgeYears = d.Age, Problem = d.Problem, Outcome = d.Outcome, Barrier = d.Barrier,
                SpareParts = d.Parts, CreatedAt = at, RecordedAt = at,
            });
        }
        await db.SaveChangesAsync(ct);
        return Entries.Length;
    }
}
