using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Reservations;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Lending;

/// <summary>
/// The database itself refuses two active bookings of a unit that overlap, whoever writes them (here straight through
/// <see cref="AppDbContext"/>, past the service): PostgreSQL's exclusion constraint and SQLite's triggers.
/// </summary>
public abstract class BookingConstraintTests(AppFactory factory)
{
    private static DateTime At(int day, int hour) => LendingTestData.Oslo(2026, 12, day, hour).UtcDateTime;

    private async Task<(int TypeId, int UnitA, int UnitB)> UnitsAsync()
    {
        var place = await factory.LendingPlaceAsync(hours: "Mo-Su 10:00-18:00", labels: ["A", "B"]);
        return (place.TypeId, place.UnitIds[0], place.UnitIds[1]);
    }

    private Booking New(int typeId, int unitId, DateTime from, DateTime to, BookingStatus status = BookingStatus.Booked) => new()
    {
        UnitId = unitId, TypeId = typeId, Code = ReservationRules.NewCode(), Status = status, BorrowerName = "Test",
        PickupAt = from, ReturnBy = to, CreatedAt = factory.Clock.Now.UtcDateTime,
    };

    /// <summary>Inserts the booking in a context of its own; returns its id, or the exception the database gave.</summary>
    private async Task<(int? Id, Exception? Error)> InsertAsync(Booking booking)
    {
        try
        {
            return (await factory.WithDbAsync(async db =>
            {
                db.Bookings.Add(booking);
                await db.SaveChangesAsync();
                return booking.Id;
            }), null);
        }
        catch (DbUpdateException e)
        {
            return (null, e);
        }
    }

    private static void AssertOverlapRefused(Exception? error)
    {
        Assert.NotNull(error);
        Assert.True(BookingConflicts.IsOverlap(error), $"Not the overlap rule: {error}");
    }

    [Fact]
    public async Task An_overlapping_active_booking_is_refused_by_the_database()
    {
        var (type, a, _) = await UnitsAsync();
        var (first, error) = await InsertAsync(New(type, a, At(5, 10), At(6, 18)));
        Assert.Null(error);
        Assert.NotNull(first);

        AssertOverlapRefused((await InsertAsync(New(type, a, At(6, 10), At(7, 18)))).Error);
        AssertOverlapRefused((await InsertAsync(New(type, a, At(5, 12), At(5, 14)))).Error); // inside
        AssertOverlapRefused((await InsertAsync(New(type, a, At(4, 10), At(8, 18)))).Error); // around
        AssertOverlapRefused((await InsertAsync(New(type, a, At(5, 10), At(6, 18), BookingStatus.Offered))).Error);
        AssertOverlapRefused((await InsertAsync(New(type, a, At(5, 10), At(6, 18), BookingStatus.CheckedOut))).Error);

        var rows = await factory.BookingsOfTypeAsync(type);
        Assert.Equal(first, Assert.Single(rows).Id);
    }

    [Fact]
    public async Task Touching_periods_other_units_and_ended_bookings_are_accepted()
    {
        var (type, a, b) = await UnitsAsync();
        Assert.Null((await InsertAsync(New(type, a, At(5, 10), At(6, 18)))).Error);
        // Ends exactly when the next starts: the half-open periods do not overlap.
        Assert.Null((await InsertAsync(New(type, a, At(6, 18), At(7, 18)))).Error);
        Assert.Null((await InsertAsync(New(type, a, At(4, 10), At(5, 10)))).Error);
        // Another unit may be booked for the same time.
        Assert.Null((await InsertAsync(New(type, b, At(5, 10), At(6, 18)))).Error);
        // Bookings that no longer hold the unit do not block.
        foreach (var status in new[] { BookingStatus.Cancelled, BookingStatus.Returned, BookingStatus.Lapsed })
            Assert.Null((await InsertAsync(New(type, a, At(5, 12), At(6, 12), status))).Error);
        Assert.Equal(7, (await factory.BookingsOfTypeAsync(type)).Count);
    }

    [Fact]
    public async Task A_cancelled_booking_does_not_block_a_new_one_for_its_period()
    {
        var (type, a, _) = await UnitsAsync();
        var (cancelled, _) = await InsertAsync(New(type, a, At(9, 10), At(10, 18)));
        await factory.WithDbAsync(db => db.Bookings.Where(x => x.Id == cancelled)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, BookingStatus.Cancelled)));
        var (again, error) = await InsertAsync(New(type, a, At(9, 10), At(10, 18)));
        Assert.Null(error);
        Assert.NotNull(again);
    }

    [Fact]
    public async Task Updating_a_booking_into_an_overlap_is_refused()
    {
        var (type, a, b) = await UnitsAsync();
        var (first, _) = await InsertAsync(New(type, a, At(5, 10), At(6, 18)));
        var (second, _) = await InsertAsync(New(type, a, At(8, 10), At(9, 18)));
        var (onB, _) = await InsertAsync(New(type, b, At(5, 10), At(6, 18)));
        var (ended, _) = await InsertAsync(New(type, a, At(5, 12), At(6, 12), BookingStatus.Cancelled));

        // Through the change tracker: the later booking moved onto the first.
        var tracked = await Record.ExceptionAsync(() => factory.WithDbAsync(async db =>
        {
            var row = await db.Bookings.SingleAsync(x => x.Id == second);
            row.PickupAt = At(6, 10);
            return await db.SaveChangesAsync();
        }));
        AssertOverlapRefused(tracked);

        // As a set-based update: the booking on unit B moved to unit A.
        var moved = await Record.ExceptionAsync(() => factory.WithDbAsync(db =>
            db.Bookings.Where(x => x.Id == onB).ExecuteUpdateAsync(s => s.SetProperty(x => x.UnitId, a))));
        AssertOverlapRefused(moved);

        // A cancelled booking made active again where the unit is taken.
        var revived = await Record.ExceptionAsync(() => factory.WithDbAsync(db =>
            db.Bookings.Where(x => x.Id == ended).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, BookingStatus.Booked))));
        AssertOverlapRefused(revived);

        var rows = await factory.WithDbAsync(db => db.Bookings.AsNoTracking().Where(x => x.TypeId == type).ToDictionaryAsync(x => x.Id));
        Assert.Equal(At(8, 10), rows[second!.Value].PickupAt);
        Assert.Equal(b, rows[onB!.Value].UnitId);
        Assert.Equal(BookingStatus.Cancelled, rows[ended!.Value].Status);
        Assert.Equal(BookingStatus.Booked, rows[first!.Value].Status);

        // Moving to a free time is fine.
        await factory.WithDbAsync(db => db.Bookings.Where(x => x.Id == second)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.PickupAt, At(6, 18))));
        Assert.Equal(At(6, 18), (await factory.BookingRowAsync(second.Value)).PickupAt);
    }
}

public sealed class BookingConstraintTestsOnSqlite(SqliteAppFactory f) : BookingConstraintTests(f), IClassFixture<SqliteAppFactory>;

public sealed class BookingConstraintTestsOnPostgres(PostgresAppFactory f) : BookingConstraintTests(f), IClassFixture<PostgresAppFactory>;
