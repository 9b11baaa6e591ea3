using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Lending.Bookings;
using Omigjen.Web.Features.Lending.Desk;
using Omigjen.Web.Features.Lending.Waitlist;
using Omigjen.Web.Tests.Infrastructure;
using Xunit;
using static Omigjen.Web.Tests.Features.Lending.LendingTestData;

namespace Omigjen.Web.Tests.Features.Lending;

/// <summary>
/// The set-based writes keep their own status guards (a conditional UPDATE); each is run against a booking in every
/// status, and must change exactly those the transition table lets become the write's status.
/// </summary>
public abstract class BookingTransitionWriteTests(AppFactory factory)
{
    private static readonly BookingStatus[] All = Enum.GetValues<BookingStatus>();

    private async Task<T> WithServicesAsync<T>(Func<LendingServices, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(LendingServices.From(scope.ServiceProvider));
    }

    /// <summary>One booking per status, each on a unit of its own of a new type, for <paramref name="userId"/>.</summary>
    private async Task<(LendingPlaceData Place, Dictionary<BookingStatus, Booking> Bookings)> SeedAsync(string userId, DateTime pickup,
        DateTime returnBy, DateTime? offerExpiresAt = null)
    {
        var place = await factory.LendingPlaceAsync(labels: All.Select(s => s.ToString()).ToArray());
        var bookings = await factory.WithDbAsync(async db =>
        {
            var made = All.Select((status, i) => new Booking
            {
                UnitId = place.UnitIds[i], TypeId = place.TypeId, UserId = userId, Code = Omigjen.Web.Features.Reservations.ReservationRules.NewCode(),
                Status = status, PickupAt = pickup, ReturnBy = returnBy, CreatedAt = factory.Clock.Now.UtcDateTime,
                OfferExpiresAt = status == BookingStatus.Offered ? offerExpiresAt : null,
            }).ToList();
            db.Bookings.AddRange(made);
            await db.SaveChangesAsync();
            return made.ToDictionary(b => b.Status);
        });
        return (place, bookings);
    }

    private async Task<BookingStatus> StatusAsync(int bookingId) =>
        await factory.WithDbAsync(db => db.Bookings.AsNoTracking().Where(b => b.Id == bookingId).Select(b => b.Status).FirstAsync());

    /// <summary>Asserts that exactly the statuses allowed to become <paramref name="to"/> did, and the rest stayed.</summary>
    private async Task AssertAgreesAsync(Dictionary<BookingStatus, Booking> bookings, BookingStatus to, Func<BookingStatus, bool>? done = null)
    {
        foreach (var (from, booking) in bookings)
        {
            var expected = BookingStatuses.CanBecome(from, to) ? to : from;
            Assert.True(expected == await StatusAsync(booking.Id), $"{from} → {to}: expected {expected}");
            if (done is not null) Assert.True(done(from) == BookingStatuses.CanBecome(from, to), $"{from} → {to}: the outcome disagrees");
        }
    }

    private async Task<string> ResidentIdAsync() => (await factory.CreateAsync(Reservations.ReservationTestData.NewEmail("overgang"))).Id;

    [Fact]
    public async Task Cancelling_agrees_with_the_table()
    {
        var me = await ResidentIdAsync();
        var (_, bookings) = await SeedAsync(me, Oslo(2026, 12, 5, 10).UtcDateTime, Oslo(2026, 12, 7, 10).UtcDateTime, Oslo(2026, 12, 3, 10).UtcDateTime);
        var outcomes = new Dictionary<BookingStatus, bool>();
        foreach (var (from, booking) in bookings)
            outcomes[from] = await WithServicesAsync(s => s.Booking.CancelAsync(booking.Id, me)) is { Outcome: BookingOutcome.Done };
        await AssertAgreesAsync(bookings, BookingStatus.Cancelled, from => outcomes[from]);
    }

    [Fact]
    public async Task Accepting_an_offer_agrees_with_the_table()
    {
        var me = await ResidentIdAsync();
        var (_, bookings) = await SeedAsync(me, Oslo(2026, 12, 5, 10).UtcDateTime, Oslo(2026, 12, 7, 10).UtcDateTime, Oslo(2026, 12, 3, 10).UtcDateTime);
        var outcomes = new Dictionary<BookingStatus, bool>();
        foreach (var (from, booking) in bookings)
            outcomes[from] = await WithServicesAsync(s => s.Waitlist.AcceptOfferAsync(booking.Id, me)) is { Outcome: WaitlistOutcome.Done };
        await AssertAgreesAsync(bookings, BookingStatus.Booked, from => outcomes[from]);
    }

    [Fact]
    public async Task Handing_out_and_taking_back_agree_with_the_table()
    {
        var me = await ResidentIdAsync();
        // Picked up today (the clock is Wednesday 12:00), back on Friday.
        var (place, bookings) = await SeedAsync(me, Oslo(2026, 12, 2, 11).UtcDateTime, Oslo(2026, 12, 4, 12).UtcDateTime);
        var outcomes = new Dictionary<BookingStatus, bool>();
        foreach (var (from, booking) in bookings)
            outcomes[from] = await WithServicesAsync(s => s.Desk.CheckOutAsync(place.InitiativeId, booking.Code, LendingServices.Staff)) is { Outcome: DeskOutcome.Done };
        await AssertAgreesAsync(bookings, BookingStatus.CheckedOut, from => outcomes[from]);

        var (again, seeded) = await SeedAsync(me, Oslo(2026, 12, 1, 11).UtcDateTime, Oslo(2026, 12, 4, 12).UtcDateTime);
        foreach (var (from, booking) in seeded)
            outcomes[from] = await WithServicesAsync(s => s.Desk.CheckInAsync(again.InitiativeId, booking.Id, null, false, LendingServices.Staff)) is { Outcome: DeskOutcome.Done };
        await AssertAgreesAsync(seeded, BookingStatus.Returned, from => outcomes[from]);
    }

    [Fact]
    public async Task The_jobs_end_no_shows_and_lapse_offers_as_the_table_allows()
    {
        var me = await ResidentIdAsync();
        // The whole period and the offer are over (the clock is Wednesday 2 December 12:00).
        var (_, bookings) = await SeedAsync(me, Oslo(2026, 11, 30, 10).UtcDateTime, Oslo(2026, 12, 1, 10).UtcDateTime, Oslo(2026, 11, 29, 10).UtcDateTime);
        await WithServicesAsync(s => s.Desk.EndNoShowsAsync());
        await WithServicesAsync(s => s.Waitlist.LapseExpiredOffersAsync());
        foreach (var (from, booking) in bookings)
        {
            var expected = BookingStatuses.CanBecome(from, BookingStatus.NoShow) ? BookingStatus.NoShow
                : BookingStatuses.CanBecome(from, BookingStatus.Lapsed) ? BookingStatus.Lapsed : from;
            Assert.True(expected == await StatusAsync(booking.Id), $"{from}: expected {expected}");
        }
    }
}

public sealed class BookingTransitionWriteTestsOnSqlite(SqliteAppFactory f) : BookingTransitionWriteTests(f), IClassFixture<SqliteAppFactory>;

public sealed class BookingTransitionWriteTestsOnPostgres(PostgresAppFactory f) : BookingTransitionWriteTests(f), IClassFixture<PostgresAppFactory>;
