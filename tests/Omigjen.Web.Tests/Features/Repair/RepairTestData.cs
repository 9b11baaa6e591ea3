using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Repair.Services;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Repair;

/// <summary>Repair services made for one test, checked by the same rules the portal uses.</summary>
public static class RepairTestData
{
    public static RepairService Service(int initiativeId, string what, GoodsCategory category = GoodsCategory.ClothesShoes,
        string kind = "Fixed", string? from = "250", string? to = null, bool promise = false, GoodsCategory promiseCategory = GoodsCategory.SportsOutdoors)
    {
        var input = new RepairServiceInput
        {
            What = what, Category = category.ToString(), PriceKind = kind, PriceFrom = from, PriceTo = to, Turnaround = "3", Warranty = "90",
            PromiseText = promise ? "gratis justering av brukte ski kjøpt her" : null, PromiseDays = promise ? "30" : null,
            PromiseCategory = promise ? promiseCategory.ToString() : null,
        };
        var errors = input.Check(out var values);
        Assert.Empty(errors);
        var now = DateTime.UtcNow;
        var service = new RepairService { InitiativeId = initiativeId, What = what, CreatedAt = now, UpdatedAt = now };
        values.ApplyTo(service);
        return service;
    }

    public static Task<int> AddRepairAsync(this AppFactory factory, RepairService service) =>
        factory.WithDbAsync(async db =>
        {
            db.RepairServices.Add(service);
            await db.SaveChangesAsync();
            return service.Id;
        });
}
