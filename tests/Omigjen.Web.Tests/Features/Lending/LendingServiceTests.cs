using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Lending.Bookings;
using Omigjen.Web.Features.Lending.Desk;
using Omigjen.Web.Features.Lending.Waitlist;
using Omigjen.Web.Tests.Infrastructure;
using Xunit;
using static Omigjen.Web.Tests.Features.Lending.LendingTestData;

namespace Omigjen.Web.Tests.Features.Lending;

/// <summary>The booking service against a real database: which unit is taken, what a loser is offered, changes and deletion.</summary>
public abstract class LendingServiceTests(AppFactory factory)
{
    // The test clock is Wednesday 2 December 2026 12:00; the place is open Mo-Sa 10-18.
    private static readonly DateTimeOffset SaturdayTen = Oslo(2026, 12, 5, 10);
    private static readonly DateTimeOffset MondayTen = Oslo(2026, 12, 7, 10);

    private async Task<T> WithServiceAsync<T>(Func<LendingServices, AppDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(LendingServices.From(scope.ServiceProvider), scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private async Task<string> ResidentIdAsync() => (await factory.CreateAsync(Reservations.ReservationTestData.NewEmail("laaner"))).Id;

    [Fact]
    public async Task Books_the_wanted_size_and_refuses_a_second_overlapping_booking_with_alternatives()
    {
        var place = await factory.LendingPlaceAsync(labels: ["150 cm", "160 cm"]);
        var (first, second) = (await ResidentIdAsync(), await ResidentIdAsync());
        var request = new BookingRequest(place.TypeId, "150cm", SaturdayTen, MondayTen) { CoBorrowerName = "Ola", CoBorrowerAge = 9 };

        var booked = await WithServiceAsync((s, _) => s.Booking.BookAsync(request, first));
        Assert.Equal(BookingOutcome.Done, booked.Outcome);
        Assert.Equal(place.UnitIds[0], booked.Booking!.UnitId);
        Assert.Equal("Ola", booked.Booking.CoBorrowerName);
        Assert.Equal(SaturdayTen.UtcDateTime, booked.Booking.PickupAt);

        var lost = await WithServiceAsync((s, _) => s.Booking.BookAsync(request with { }, second));
        Assert.Equal(BookingOutcome.NoneFree, lost.Outcome);
        Assert.Equal(["160 cm"], lost.Alternative!.OtherLabels);
        // Saturday to Monday is taken; the same times a day later (Sunday is closed) or two days later are offered.
        var later = lost.Alternative.LaterPeriod!.Value;
        Assert.True(later.PickupAt >= MondayTen, $"later period {later.PickupAt}");
        Assert.Equal(MondayTen - SaturdayTen, later.ReturnBy - later.PickupAt);
        Assert.Single(await factory.BookingsOfTypeAsync(place.TypeId));
    }

    [Fact]
    public async Task A_closed_day_is_refused_with_its_reason()
    {
        var place = await factory.LendingPlaceAsync(hours: "Mo-Sa 10:00-18:00; PH off");
        var resident = await ResidentIdAsync();
        var christmas = new BookingRequest(place.TypeId, null, Oslo(2026, 12, 25, 11), Oslo(2026, 12, 28, 12));
        var result = await WithServiceAsync((s, _) => s.Booking.BookAsync(christmas, resident));
        Assert.Equal(BookingOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Problems, p => p.Field == BookingRules.PickupField && p.Nb.Contains("Stengt 25. desember", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_change_keeps_the_unit_when_it_is_free_and_moves_to_another_of_the_same_size_when_not()
    {
        var place = await factory.LendingPlaceAsync(labels: ["150 cm", "150 cm"]);
        var (a, b) = (await ResidentIdAsync(), await ResidentIdAsync());
        var first = await WithServiceAsync((s, _) => s.Booking.BookAsync(new(place.TypeId, "150 cm", SaturdayTen, MondayTen), a));
        var second = await WithServiceAsync((s, _) => s.Booking.BookAsync(new(place.TypeId, "150 cm", Oslo(2026, 12, 8, 10), Oslo(2026, 12, 9, 12)), b));
        Assert.Equal(first.Booking!.UnitId, second.Booking!.UnitId);

        // A moves to Tuesday–Wednesday, which B holds on A's unit: A gets the other unit.
        var changed = await WithServiceAsync((s, _) => s.Booking.ChangeAsync(first.Booking.Id, a, new(Oslo(2026, 12, 8, 11), Oslo(2026, 12, 9, 11))));
        Assert.Equal(BookingOutcome.Done, changed.Outcome);
        Assert.NotEqual(second.Booking.UnitId, changed.Booking!.UnitId);

        // Another resident cannot change A's booking.
        var foreign = await WithServiceAsync((s, _) => s.Booking.ChangeAsync(first.Booking.Id, b, new(SaturdayTen, MondayTen)));
        Assert.Equal(BookingOutcome.NotFound, foreign.Outcome);
    }

    [Fact]
    public async Task Deleting_an_account_cancels_its_coming_bookings_and_keeps_loans_out_without_the_person()
    {
        var place = await factory.LendingPlaceAsync(labels: ["150 cm"]);
        var email = Reservations.ReservationTestData.NewEmail("slett");
        var user = await factory.CreateAsync(email);
        var booked = await WithServiceAsync((s, _) => s.Booking.BookAsync(new(place.TypeId, null, SaturdayTen, MondayTen) { Phone = "41234567", CoBorrowerName = "Kari" }, user.Id));
        Assert.Equal(BookingOutcome.Done, booked.Outcome);

        // As the account page does: the user manager and the context of one request scope.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Omigjen.Web.Features.Accounts.AppUser>>();
            var me = await users.FindByIdAsync(user.Id);
            Assert.True(await scope.ServiceProvider.GetRequiredService<Omigjen.Web.Features.Accounts.PersonalData>().DeleteAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), users, me!,
                factory.Clock.Now.UtcDateTime, default));
        }

        var row = Assert.Single(await factory.BookingsOfTypeAsync(place.TypeId));
        Assert.Equal(BookingStatus.Cancelled, row.Status);
        Assert.Null(row.UserId);
        Assert.Null(row.Phone);
        Assert.Null(row.CoBorrowerName);
        // The unit is free again for someone else.
        var other = await ResidentIdAsync();
        Assert.Equal(BookingOutcome.Done, (await WithServiceAsync((s, _) => s.Booking.BookAsync(new(place.TypeId, null, SaturdayTen, MondayTen), other))).Outcome);
    }

    [Fact]
    public async Task The_waiting_list_follows_the_booking_rules_and_offers_end_before_the_pickup()
    {
        var place = await factory.LendingPlaceAsync(labels: ["150 cm"], hours: "Mo-Sa 10:00-18:00; PH off");
        var (first, second) = (await ResidentIdAsync(), await ResidentIdAsync());
        // Christmas Day is closed: no place in the line for it.
        var christmas = await WithServiceAsync((s, _) => s.Waitlist.JoinAsync(new(place.TypeId, null, Oslo(2026, 12, 25, 11), Oslo(2026, 12, 28, 12)), second));
        Assert.Equal(WaitlistOutcome.Invalid, christmas.Outcome);

        // Thursday 10:00 to Friday 12:00 is taken; the second resident waits for it.
        var thursday = new BookingRequest(place.TypeId, null, Oslo(2026, 12, 3, 10), Oslo(2026, 12, 4, 12));
        var booked = await WithServiceAsync((s, _) => s.Booking.BookAsync(thursday, first));
        var waiting = await WithServiceAsync((s, _) => s.Waitlist.JoinAsync(thursday, second));
        Assert.Equal(WaitlistOutcome.Done, waiting.Outcome);
        // Pressing twice keeps one place in the line.
        var again = await WithServiceAsync((s, _) => s.Waitlist.JoinAsync(thursday, second));
        Assert.Equal(waiting.Entry!.Id, again.Entry!.Id);

        // The first cancels on Wednesday 12:00: the offer would last 24 hours, but the pickup is Thursday 10:00.
        Assert.Equal(BookingOutcome.Done, (await WithServiceAsync((s, _) => s.Booking.CancelAsync(booked.Booking!.Id, first))).Outcome);
        var offer = Assert.Single(await factory.BookingsOfTypeAsync(place.TypeId), b => b.Status == BookingStatus.Offered);
        Assert.Equal(second, offer.UserId);
        Assert.Equal(Oslo(2026, 12, 3, 10).UtcDateTime, offer.OfferExpiresAt);
    }

    [Fact]
    public async Task A_booking_never_picked_up_ends_as_a_no_show_and_cannot_be_handed_out_afterwards()
    {
        var place = await factory.LendingPlaceAsync(labels: ["150 cm"]);
        var resident = await ResidentIdAsync();
        var booked = await WithServiceAsync((s, _) => s.Booking.BookAsync(new(place.TypeId, null, Oslo(2026, 12, 3, 10), Oslo(2026, 12, 3, 16)), resident));
        var start = factory.Clock.Now;
        try
        {
            factory.Clock.Now = Oslo(2026, 12, 3, 17);
            var late = await WithServiceAsync((s, _) => s.Desk.CheckOutAsync(place.InitiativeId, booked.Booking!.Code, LendingServices.Staff));
            Assert.Equal(DeskOutcome.WrongState, late.Outcome);
            Assert.True(await WithServiceAsync((s, _) => s.Desk.EndNoShowsAsync()) >= 1);
            Assert.Equal(BookingStatus.NoShow, Assert.Single(await factory.BookingsOfTypeAsync(place.TypeId)).Status);
        }
        finally
        {
            factory.Clock.Now = start;
        }
    }

    [Fact]
    public async Task An_overdue_unit_is_not_offered_for_a_pickup_within_the_next_day()
    {
        var place = await factory.LendingPlaceAsync(labels: ["150 cm"], hours: "Mo-Su 08:00-20:00");
        var start = factory.Clock.Now;
        try
        {
            var walkIn = await WithServiceAsync((s, _) => s.Desk.WalkInAsync(place.InitiativeId, place.UnitIds[0], "Kari", null, Oslo(2026, 12, 2, 16), LendingServices.Staff));
            Assert.Equal(DeskOutcome.Done, walkIn.Outcome);
            factory.Clock.Now = Oslo(2026, 12, 2, 18); // two hours late
            var resident = await ResidentIdAsync();
            var tomorrow = await WithServiceAsync((s, _) => s.Booking.BookAsync(new(place.TypeId, null, Oslo(2026, 12, 3, 9), Oslo(2026, 12, 3, 12)), resident));
            Assert.Equal(BookingOutcome.NoneFree, tomorrow.Outcome);
            var nextWeek = await WithServiceAsync((s, _) => s.Booking.BookAsync(new(place.TypeId, null, Oslo(2026, 12, 9, 9), Oslo(2026, 12, 9, 12)), resident));
            Assert.Equal(BookingOutcome.Done, nextWeek.Outcome);
        }
        finally
        {
            factory.Clock.Now = start;
        }
    }
}

public sealed class LendingServiceTestsOnSqlite(SqliteAppFactory f) : LendingServiceTests(f), IClassFixture<SqliteAppFactory>;

public sealed class LendingServiceTestsOnPostgres(PostgresAppFactory f) : LendingServiceTests(f), IClassFixture<PostgresAppFactory>;
