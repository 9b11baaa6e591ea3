using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Reservations;

public static class ReservationTestData
{
    public static string NewEmail(string prefix) => $"{prefix}-{Guid.NewGuid():N}@eksempel.no";

    /// <summary>A demo initiative with the given regular hours, no exceptions and hold length, and an owner (returned).</summary>
    public static async Task<(int Id, string Slug, string OwnerEmail)> PlaceAsync(this AppFactory factory, int index, string hours, int holdOpeningDays = 1)
    {
        var (id, slug) = await factory.InitiativeAsync(index);
        await factory.WithDbAsync(async db =>
        {
            await db.SpecialHours.Where(s => s.InitiativeId == id).ExecuteDeleteAsync();
            return await db.Initiatives.Where(i => i.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.OpeningHours, hours).SetProperty(i => i.HoldOpeningDays, holdOpeningDays));
        });
        var owner = NewEmail("eier");
        var user = await factory.CreateAsync(owner);
        await factory.AddMemberAsync(id, user.Id, MemberRole.Owner);
        return (id, slug, owner);
    }

    public static Task<int> ItemAsync(this AppFactory factory, int initiativeId, int quantity = 1, string title = "Barnesykkel 16 tommer") =>
        factory.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var item = new Item
            {
                InitiativeId = initiativeId, Title = title, Description = "Pent brukt", Category = Omigjen.Web.Features.Initiatives.GoodsCategory.Other,
                PriceNok = 150, Quantity = quantity, Available = quantity, Status = ItemStatus.Available,
                Latitude = 59.83, Longitude = 10.43, CreatedAt = now, UpdatedAt = now,
            };
            db.Items.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });

    public static Task<Item> ItemRowAsync(this AppFactory factory, int itemId) =>
        factory.WithDbAsync(db => db.Items.AsNoTracking().SingleAsync(i => i.Id == itemId));

    public static Task<List<Omigjen.Web.Features.Reservations.Reservation>> HoldsOnAsync(this AppFactory factory, int itemId) =>
        factory.WithDbAsync(db => db.Reservations.AsNoTracking().Where(r => r.ItemId == itemId).OrderBy(r => r.Id).ToListAsync());

    /// <summary>A signed-in resident (a new account).</summary>
    public static async Task<(HttpClient Client, string Email)> ResidentAsync(this AppFactory factory)
    {
        var email = NewEmail("beboer");
        await factory.CreateAsync(email);
        return (await factory.SignedInClientAsync(email), email);
    }
}
