using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Lending.Desk;
using Omigjen.Web.Tests.Infrastructure;
using Xunit;
using static Omigjen.Web.Tests.Features.Lending.LendingTestData;

namespace Omigjen.Web.Tests.Features.Lending;

/// <summary>The desk's rules hold for every caller of the service, not only the desk page.</summary>
public abstract class DeskServiceTests(AppFactory factory)
{
    private static readonly DeskStaff Staff = new(null, "skranke@example.no");

    private async Task<T> WithDeskAsync<T>(Func<DeskService, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<DeskService>());
    }

    private Task<List<string>> AuditAsync(int initiativeId) =>
        factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.InitiativeId == initiativeId).OrderBy(a => a.Id)
            .Select(a => a.Kind + " " + a.Actor + ": " + a.Detail).ToListAsync());

    [Fact]
    public async Task A_booking_is_not_handed_out_before_its_pickup_day()
    {
        // The clock is Wednesday 2 December 2026 12:00; the pickup is Saturday.
        var place = await factory.LendingPlaceAsync(labels: ["150 cm"]);
        var booking = await factory.StaffBookAsync(place.TypeId, Oslo(2026, 12, 5, 10), Oslo(2026, 12, 7, 12));

        var early = await WithDeskAsync(d => d.CheckOutAsync(place.InitiativeId, booking.Code, Staff));
        Assert.Equal(DeskOutcome.TooEarly, early.Outcome);
        Assert.Equal(booking.Id, early.Booking!.Id);
        Assert.Equal(BookingStatus.Booked, Assert.Single(await factory.BookingsOfTypeAsync(place.TypeId)).Status);
        Assert.Empty(await AuditAsync(place.InitiativeId));

        var start = factory.Clock.Now;
        try
        {
            // Saturday at 09:00, before the pickup time but on its day.
            factory.Clock.Now = Oslo(2026, 12, 5, 9);
            var handed = await WithDeskAsync(d => d.CheckOutAsync(place.InitiativeId, booking.Code, Staff));
            Assert.Equal(DeskOutcome.Done, handed.Outcome);
            Assert.Equal(BookingStatus.CheckedOut, handed.Booking!.Status);
        }
        finally
        {
            factory.Clock.Now = start;
        }
    }

    [Fact]
    public async Task Hand_out_walk_in_and_return_are_written_to_the_audit_log()
    {
        var place = await factory.LendingPlaceAsync(labels: ["150 cm", "160 cm"], hours: "Mo-Su 08:00-20:00");
        var booking = await factory.StaffBookAsync(place.TypeId, Oslo(2026, 12, 2, 14), Oslo(2026, 12, 4, 12), "150 cm");

        Assert.Equal(DeskOutcome.Done, (await WithDeskAsync(d => d.CheckOutAsync(place.InitiativeId, booking.Code, Staff))).Outcome);
        var walkIn = await WithDeskAsync(d => d.WalkInAsync(place.InitiativeId, place.UnitIds[1], "Kari", null, Oslo(2026, 12, 3, 16), Staff));
        Assert.Equal(DeskOutcome.Done, walkIn.Outcome);
        Assert.Equal(DeskOutcome.Done, (await WithDeskAsync(d => d.CheckInAsync(place.InitiativeId, booking.Id, "Fin", true, Staff))).Outcome);
        // Refused actions leave no entry.
        Assert.Equal(DeskOutcome.WrongState, (await WithDeskAsync(d => d.CheckInAsync(place.InitiativeId, booking.Id, null, false, Staff))).Outcome);

        Assert.Equal(
        [
            $"lending-checked-out skranke@example.no: booking {booking.Id}: {booking.Code}",
            $"lending-walk-in skranke@example.no: booking {walkIn.Booking!.Id}: {walkIn.Booking.Code}, unit {place.UnitIds[1]}",
            $"lending-checked-in skranke@example.no: booking {booking.Id}: {booking.Code} (to maintenance)",
        ], await AuditAsync(place.InitiativeId));
    }

    [Fact]
    public async Task A_walk_in_over_a_booking_is_refused_with_what_is_free_instead()
    {
        // The unit's type is loaded without its initiative on this path; the alternative still finds the hours.
        var place = await factory.LendingPlaceAsync(labels: ["150 cm", "160 cm"], hours: "Mo-Su 08:00-20:00");
        await factory.StaffBookAsync(place.TypeId, Oslo(2026, 12, 3, 10), Oslo(2026, 12, 4, 12), "150 cm");

        var refused = await WithDeskAsync(d => d.WalkInAsync(place.InitiativeId, place.UnitIds[0], "Kari", null, Oslo(2026, 12, 3, 16), Staff));
        Assert.Equal(DeskOutcome.NoneFree, refused.Outcome);
        Assert.Equal(["160 cm"], refused.Alternative!.OtherLabels);
        Assert.Single(await factory.BookingsOfTypeAsync(place.TypeId));
        Assert.Empty(await AuditAsync(place.InitiativeId));
    }
}

public sealed class DeskServiceTestsOnSqlite(SqliteAppFactory f) : DeskServiceTests(f), IClassFixture<SqliteAppFactory>;

public sealed class DeskServiceTestsOnPostgres(PostgresAppFactory f) : DeskServiceTests(f), IClassFixture<PostgresAppFactory>;
