using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Repair.Services;

/// <summary>
/// Demo price lists: bike and clothes repair at the repair café, a tailor's zip at the creative workshop, and ski service
/// with a free-adjustment promise at the reuse centre. Only into demo (illustrative) initiatives, only while there are none.
/// </summary>
public static class DemoRepairServices
{
    private static readonly (string Slug, RepairServiceInput Input)[] Lines =
    [
        ("reparasjonskafe-norsk-folkehjelp", new() { What = "Punktering", Category = "Bikes", PriceKind = "Range", PriceFrom = "150", PriceTo = "300", Turnaround = "0", Visit = "DropIn", Warranty = "30", Description = "Lapping eller ny slange, for- eller bakhjul. Prisen avhenger av slangen." }),
        ("reparasjonskafe-norsk-folkehjelp", new() { What = "Girjustering", Category = "Bikes", PriceKind = "Fixed", PriceFrom = "200", Turnaround = "1", Visit = "DropIn", Warranty = "30" }),
        ("reparasjonskafe-norsk-folkehjelp", new() { What = "Skjerm på mobil", Category = "Electronics", PriceKind = "Free", Turnaround = "mens du venter, hvis vi har delen", Visit = "DropIn", Description = "Frivillige fiksere hjelper deg å bytte skjermen selv; du betaler bare delen." }),
        ("omattatt-kreativt-verksted", new() { What = "Glidelås i jakke", Category = "ClothesShoes", PriceKind = "Fixed", PriceFrom = "250", Turnaround = "5", Visit = "Either", Warranty = "90", Description = "Ny glidelås i jakke eller dress. Syr også i bukser og vesker." }),
        ("omattatt-kreativt-verksted", new() { What = "Legge opp bukser", Category = "ClothesShoes", PriceKind = "Fixed", PriceFrom = "180", Turnaround = "3", Visit = "DropIn", Warranty = "90" }),
        ("omigjen-ombrukssenter", new() { What = "Skiservice: sliping og smøring", Category = "SportsOutdoors", PriceKind = "Fixed", PriceFrom = "350", Turnaround = "2", Visit = "DropIn", Warranty = "3 måneder",
            PromiseText = "gratis justering av brukte ski kjøpt her", PromiseDays = "30", PromiseCategory = "SportsOutdoors" }),
    ];

    public static async Task<int> SeedIfNoneAsync(AppDbContext db, TimeProvider time, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        if (await db.RepairServices.AnyAsync(ct)) return 0;
        var slugs = Lines.Select(l => l.Slug).Distinct().ToList();
        var ids = await db.Initiatives.AsNoTracking().Where(i => slugs.Contains(i.Slug) && i.IsIllustrative).ToDictionaryAsync(i => i.Slug, i => i.Id, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var (slug, input) in Lines)
        {
            if (!ids.TryGetValue(slug, out var id)) continue;
            var errors = input.Check(out var values);
            if (errors.Count > 0) throw new InvalidOperationException($"Demo repair service for {slug} is invalid: " + string.Join("; ", errors));
            var service = new RepairService { InitiativeId = id, What = values.What, CreatedAt = now, UpdatedAt = now };
            values.ApplyTo(service);
            db.RepairServices.Add(service);
            added++;
        }
        await db.SaveChangesAsync(ct);
        return added;
    }
}
