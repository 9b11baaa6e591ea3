using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Lending.Catalogue;
using Omigjen.Web.Tests.Features.Items;
using Omigjen.Web.Tests.Features.Reservations;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Lending;

/// <summary>A lending place of its own per test: a new approved initiative with known hours, an owner, a type and its units.</summary>
public sealed record LendingPlaceData(int InitiativeId, string Slug, string OwnerEmail, int TypeId, IReadOnlyList<int> UnitIds);

public static class LendingTestData
{
    /// <summary>
    /// A new initiative (hours <paramref name="hours"/>, at <paramref name="at"/> or Asker sentrum) with an owner, and one
    /// lendable type named <paramref name="name"/> with one unit per label in <paramref name="labels"/>.
    /// </summary>
    public static async Task<LendingPlaceData> LendingPlaceAsync(this AppFactory factory, string name = "Langrennski, klassisk",
        string[]? labels = null, string hours = "Mo-Sa 10:00-18:00", int maxDays = 7, (double Lat, double Lon)? at = null,
        string? staffedHours = null, GoodsCategory category = GoodsCategory.SportsOutdoors)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var (id, slug) = await factory.NewInitiativeAsync(hours, at);
        var owner = ReservationTestData.NewEmail("utlaan-eier");
        var user = await factory.CreateAsync(owner);
        await factory.AddMemberAsync(id, user.Id, MemberRole.Owner);
        var (typeId, unitIds) = await factory.AddLendingTypeAsync(id, name, labels ?? ["150 cm", "160 cm"], maxDays, staffedHours, category);
        return new(id, slug, owner, typeId, unitIds);
    }

    /// <summary>Adds a type with one unit per label to an existing initiative (coordinates copied from its first location).</summary>
    public static Task<(int TypeId, List<int> UnitIds)> AddLendingTypeAsync(this AppFactory factory, int initiativeId, string name,
        string[] labels, int maxDays = 7, string? staffedHours = null, GoodsCategory category = GoodsCategory.SportsOutdoors) =>
        factory.WithDbAsync(async db =>
        {
            ArgumentNullException.ThrowIfNull(labels);
            var now = factory.Clock.Now.UtcDateTime;
            var location = await db.InitiativeLocations.AsNoTracking().Where(l => l.InitiativeId == initiativeId).OrderBy(l => l.Id).FirstAsync();
            var type = new LendingType
            {
                InitiativeId = initiativeId, Name = name, Description = "Til utlån.", Category = category, MaxDays = maxDays,
                StaffedHours = staffedHours, Latitude = location.Latitude, Longitude = location.Longitude,
                SearchTerms = "",
                CreatedAt = now, UpdatedAt = now,
                Units = labels.Select(l => new LendingUnit { Label = l, LabelKey = LendingUnit.KeyOf(l), CreatedAt = now }).ToList(),
            };
            LendingIndexing.Apply(type);
            db.LendingTypes.Add(type);
            await db.SaveChangesAsync();
            return (type.Id, type.Units.Select(u => u.Id).ToList());
        });

    public static Task<List<Booking>> BookingsOfTypeAsync(this AppFactory factory, int typeId) =>
        factory.WithDbAsync(db => db.Bookings.AsNoTracking().Where(b => b.TypeId == typeId).OrderBy(b => b.Id).ToListAsync());

    /// <summary>Local Oslo time as an instant.</summary>
    public static DateTimeOffset Oslo(int year, int month, int day, int hour, int minute = 0)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
