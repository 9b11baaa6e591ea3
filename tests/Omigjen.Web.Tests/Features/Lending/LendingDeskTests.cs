using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Features.Lending.LendingTestData;
using static Omigjen.Web.Tests.Infrastructure.PortalTestData;

namespace Omigjen.Web.Tests.Features.Lending;

/// <summary>The desk: hand out by code, walk-in loans, taking units back, and the overdue list. Clock: Wednesday 2 December 2026, 12:00.</summary>
public abstract class LendingDeskTests(AppFactory factory)
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_booking_is_found_by_its_code_typed_loosely_and_handed_out_once()
    {
        var place = await factory.LendingPlaceAsync();
        var borrower = await factory.CreateAsync($"laaner-{Guid.NewGuid():N}@eksempel.no");
        var booking = await factory.StaffBookAsync(place.TypeId, Oslo(2026, 12, 2, 14), Oslo(2026, 12, 4, 12), "160 cm", "Ola", 9, borrower.Id);
        var client = await factory.SignedInClientAsync(place.OwnerEmail);
        var desk = $"/portal/{place.Slug}/utlan/skranke";

        // Today's pickups list it.
        using var today = await client.GetAsync(desk);
        var todayDoc = await Forms.ParseAsync(today, desk);
        Assert.NotNull(todayDoc.GetElementById($"pickup-{booking.Id}"));

        var typed = string.Join(' ', booking.Code.ToLowerInvariant()[..3], booking.Code.ToLowerInvariant()[3..]);
        var found = $"{desk}?kode={Uri.EscapeDataString(typed)}";
        using var page = await client.GetAsync(found);
        var card = (await Forms.ParseAsync(page, found)).GetElementById("found")!;
        Assert.Contains(booking.Code, card.TextContent, StringComparison.Ordinal);
        Assert.Contains(borrower.Email!, card.TextContent, StringComparison.Ordinal);
        Assert.Contains("for Ola, 9 år", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("160 cm", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("onsdag 2. desember kl. 14.00", card.TextContent, StringComparison.Ordinal);

        using var handed = await client.SubmitAsync(found, Form(), "#checkout-found");
        Assert.Equal(HttpStatusCode.Redirect, handed.StatusCode);
        Assert.Equal($"{desk}?levert={booking.Code}", handed.Headers.Location!.OriginalString);
        var row = await factory.StaffBookingAsync(booking.Id);
        Assert.Equal(BookingStatus.CheckedOut, row.Status);
        Assert.Equal(factory.Clock.Now.UtcDateTime, row.CheckedOutAt!.Value, TimeSpan.FromSeconds(1));

        // Handed out, it leaves today's pickups; looked up again, it says so instead of offering the button.
        using var done = await client.GetAsync(handed.Headers.Location.OriginalString);
        var doneDoc = await Forms.ParseAsync(done, desk);
        Assert.Contains($"Levert ut: {booking.Code}", doneDoc.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(doneDoc.GetElementById($"pickup-{booking.Id}"));
        using var lookedUp = await client.GetAsync(found);
        var lookedUpDoc = await Forms.ParseAsync(lookedUp, found);
        Assert.Null(lookedUpDoc.GetElementById("checkout-found"));
        Assert.Contains("er allerede levert ut", lookedUpDoc.GetElementById("found")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handing_out_twice_a_cancelled_or_a_later_booking_is_refused_with_the_reason()
    {
        var place = await factory.LendingPlaceAsync(labels: ["150 cm", "150 cm", "160 cm"]);
        var client = await factory.SignedInClientAsync(place.OwnerEmail);
        var desk = $"/portal/{place.Slug}/utlan/skranke";
        var today = await factory.StaffBookAsync(place.TypeId, Oslo(2026, 12, 2, 13), Oslo(2026, 12, 3, 12), "150 cm");
        var later = await factory.StaffBookAsync(place.TypeId, Oslo(2026, 12, 5, 10), Oslo(2026, 12, 7, 12), "150 cm");
        var cancelled = await factory.StaffBookAsync(place.TypeId, Oslo(2026, 12, 2, 15), Oslo(2026, 12, 3, 12), "160 cm");
        await factory.WithDbAsync(db => db.Bookings.Where(b => b.Id == cancelled.Id).ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BookingStatus.Cancelled)));

        async Task<(HttpStatusCode Status, string Problem)> CheckOutAsync(string code)
        {
            using var response = await client.PostElsewhereAsync(desk, "#walkin-form", $"{desk}?handler=checkout", Form(("code", code)));
            var doc = await Forms.ParseAsync(response, desk);
            return (response.StatusCode, doc.GetElementById("problem")?.TextContent ?? "");
        }

        using var first = await client.PostElsewhereAsync(desk, "#walkin-form", $"{desk}?handler=checkout", Form(("code", today.Code.ToLowerInvariant())));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var twice = await CheckOutAsync(today.Code);
        Assert.Equal(HttpStatusCode.Conflict, twice.Status);
        Assert.Contains("er allerede levert ut", twice.Problem, StringComparison.Ordinal);

        var early = await CheckOutAsync(later.Code);
        Assert.Equal(HttpStatusCode.Conflict, early.Status);
        Assert.Contains("kan ikke leveres ut før den dagen", early.Problem, StringComparison.Ordinal);
        Assert.Equal(BookingStatus.Booked, (await factory.StaffBookingAsync(later.Id)).Status);

        var off = await CheckOutAsync(cancelled.Code);
        Assert.Equal(HttpStatusCode.Conflict, off.Status);
        Assert.Contains("er avbestilt", off.Problem, StringComparison.Ordinal);
        Assert.Equal(BookingStatus.Cancelled, (await factory.StaffBookingAsync(cancelled.Id)).Status);

        var unknown = await CheckOutAsync("ZZZZZZ");
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Contains("Fant ingen booking med koden ZZZZZZ", unknown.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_is_taken_back_with_a_note_and_optionally_sent_to_maintenance()
    {
        var place = await factory.LendingPlaceAsync(labels: ["150 cm", "150 cm"]);
        var client = await factory.SignedInClientAsync(place.OwnerEmail);
        var one = await factory.StaffBookAsync(place.TypeId, Oslo(2026, 12, 2, 13), Oslo(2026, 12, 5, 12), "150 cm");
        var two = await factory.StaffBookAsync(place.TypeId, Oslo(2026, 12, 2, 13), Oslo(2026, 12, 5, 12), "150 cm");
        var desk = $"/portal/{place.Slug}/utlan/skranke";
        foreach (var b in new[] { one, two })
        {
            using var handed = await client.PostElsewhereAsync(desk, "#walkin-form", $"{desk}?handler=checkout", Form(("code", b.Code)));
            Assert.Equal(HttpStatusCode.Redirect, handed.StatusCode);
        }
        var outPage = $"/portal/{place.Slug}/utlan/utlant";
        using var list = await client.GetAsync(outPage);
        var doc = await Forms.ParseAsync(list, outPage);
        Assert.NotNull(doc.GetElementById($"loan-{one.Id}"));
        Assert.NotNull(doc.GetElementById($"loan-{two.Id}"));

        factory.Clock.Now = Oslo(2026, 12, 3, 11);
        try
        {
            using var back = await client.SubmitAsync(outPage, Form(("note", "  Ripe i sålen ")), $"#checkin-{one.Id}");
            Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
            var returned = await factory.StaffBookingAsync(one.Id);
            Assert.Equal((BookingStatus.Returned, "Ripe i sålen"), (returned.Status, returned.ConditionNote));
            Assert.Equal(Oslo(2026, 12, 3, 11).UtcDateTime, returned.ReturnedAt!.Value, TimeSpan.FromSeconds(1));
            Assert.Equal(LendingUnitState.Available, (await factory.StaffUnitAsync(one.UnitId)).State);
            using var notice = await client.GetAsync(back.Headers.Location!.OriginalString);
            Assert.Contains($"Tatt imot: {one.Code}", (await Forms.ParseAsync(notice, outPage)).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);

            using var broken = await client.SubmitAsync(outPage, Form(("note", "Knekt stav"), ("toMaintenance", "true")), $"#checkin-{two.Id}");
            Assert.Equal(HttpStatusCode.Redirect, broken.StatusCode);
            Assert.Equal(BookingStatus.Returned, (await factory.StaffBookingAsync(two.Id)).Status);
            var unit = await factory.StaffUnitAsync(two.UnitId);
            Assert.Equal((LendingUnitState.Maintenance, "Knekt stav"), (unit.State, unit.StateNote));

            // Taken in already: the stale form is refused.
            using var stale = await client.PostElsewhereAsync($"/portal/{place.Slug}/utlan/skranke", "#walkin-form",
                $"{outPage}?handler=checkin", Form(("bookingId", Id(two.Id))));
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        }
        finally
        {
            factory.Clock.Now = TestClock.Default;
        }
    }

    [Fact]
    public async Task A_walk_in_loan_is_handed_out_at_once_and_refused_with_409_over_a_booking()
    {
        var place = await factory.LendingPlaceAsync(labels: ["150 cm", "160 cm"]);
        var client = await factory.SignedInClientAsync(place.OwnerEmail);
        var desk = $"/portal/{place.Slug}/utlan/skranke";

        using var lent = await client.SubmitAsync(desk, Form(("WalkInUnit", Id(place.UnitIds[0])), ("WalkInName", "Kari Nordmann"),
            ("WalkInPhone", "912 34 567"), ("WalkInDate", "2026-12-04"), ("WalkInTime", "16:00")), "#walkin-form");
        Assert.Equal(HttpStatusCode.Redirect, lent.StatusCode);
        var walkIn = Assert.Single(await factory.BookingsOfTypeAsync(place.TypeId));
        Assert.Equal((place.UnitIds[0], BookingStatus.CheckedOut, (string?)null, "Kari Nordmann", "+4791234567"),
            (walkIn.UnitId, walkIn.Status, walkIn.UserId, walkIn.BorrowerName, walkIn.Phone));
        Assert.Equal(Oslo(2026, 12, 4, 16).UtcDateTime, walkIn.ReturnBy, TimeSpan.Zero);
        Assert.Equal(factory.Clock.Now.UtcDateTime, walkIn.PickupAt, TimeSpan.FromSeconds(1));
        Assert.Equal($"{desk}?utlant={walkIn.Code}", lent.Headers.Location!.OriginalString);

        // The unit out is no longer offered for a walk-in; the out list shows the borrower without an account.
        using var after = await client.GetAsync(desk);
        var options = (await Forms.ParseAsync(after, desk)).QuerySelectorAll("#walkin-unit option").Select(o => o.GetAttribute("value")).ToList();
        Assert.DoesNotContain(Id(place.UnitIds[0]), options);
        Assert.Contains(Id(place.UnitIds[1]), options);
        using var outList = await client.GetAsync($"/portal/{place.Slug}/utlan/utlant");
        Assert.Contains("Kari Nordmann (uten konto)", (await Forms.ParseAsync(outList, "/")).GetElementById($"loan-{walkIn.Id}")!.TextContent, StringComparison.Ordinal);

        // The 160 cm is booked from 15:00 today: a walk-in until tomorrow overlaps it.
        var booked = await factory.StaffBookAsync(place.TypeId, Oslo(2026, 12, 2, 15), Oslo(2026, 12, 3, 12), "160 cm");
        using var refused = await client.SubmitAsync(desk, Form(("WalkInUnit", Id(place.UnitIds[1])), ("WalkInName", "Per"),
            ("WalkInDate", "2026-12-03"), ("WalkInTime", "12:00")), "#walkin-form");
        Assert.True(refused.StatusCode == HttpStatusCode.Conflict, $"{(int)refused.StatusCode}: {await refused.Content.ReadAsStringAsync()}");
        var problem = (await Forms.ParseAsync(refused, desk)).GetElementById("problem")!.TextContent;
        Assert.Contains("Enheten «160 cm» er bestilt fra onsdag 2. desember kl. 15.00", problem, StringComparison.Ordinal);
        Assert.Contains("Ingen andre enheter av typen er ledige", problem, StringComparison.Ordinal);
        Assert.Equal(2, (await factory.BookingsOfTypeAsync(place.TypeId)).Count);
        Assert.Equal(BookingStatus.Booked, (await factory.StaffBookingAsync(booked.Id)).Status);

        // Missing name and a return in the past: named fields.
        using var wrong = await client.SubmitAsync(desk, Form(("WalkInUnit", Id(place.UnitIds[1])), ("WalkInName", " "),
            ("WalkInDate", "2026-12-01"), ("WalkInTime", "10:00")), "#walkin-form");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var links = (await Forms.ParseAsync(wrong, desk)).QuerySelectorAll("#feil a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#walkin-name", links);

        // Back before the booking starts: allowed.
        using var shortLoan = await client.SubmitAsync(desk, Form(("WalkInUnit", Id(place.UnitIds[1])), ("WalkInName", "Per"),
            ("WalkInDate", "2026-12-02"), ("WalkInTime", "14:30")), "#walkin-form");
        Assert.Equal(HttpStatusCode.Redirect, shortLoan.StatusCode);
        var shortRow = (await factory.BookingsOfTypeAsync(place.TypeId)).Single(x => x.UnitId == place.UnitIds[1] && x.Status == BookingStatus.CheckedOut);
        Assert.Equal(Oslo(2026, 12, 2, 14, 30).UtcDateTime, shortRow.ReturnBy, TimeSpan.Zero);
    }

    [Fact]
    public async Task The_out_list_shows_overdue_loans_first_with_the_days_late()
    {
        var place = await factory.LendingPlaceAsync(labels: ["150 cm", "160 cm"]);
        var client = await factory.SignedInClientAsync(place.OwnerEmail);
        var desk = $"/portal/{place.Slug}/utlan/skranke";
        using var late = await client.SubmitAsync(desk, Form(("WalkInUnit", Id(place.UnitIds[0])), ("WalkInName", "Sen Låner"),
            ("WalkInDate", "2026-12-02"), ("WalkInTime", "17:00")), "#walkin-form");
        using var onTime = await client.SubmitAsync(desk, Form(("WalkInUnit", Id(place.UnitIds[1])), ("WalkInName", "Tidlig Låner"),
            ("WalkInDate", "2026-12-08"), ("WalkInTime", "17:00")), "#walkin-form");
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (late.StatusCode, onTime.StatusCode));
        var bookings = await factory.BookingsOfTypeAsync(place.TypeId);
        var lateId = bookings.Single(b => b.BorrowerName == "Sen Låner").Id;
        var onTimeId = bookings.Single(b => b.BorrowerName == "Tidlig Låner").Id;
        var outPage = $"/portal/{place.Slug}/utlan/utlant";

        using var before = await client.GetAsync(outPage);
        Assert.Null((await Forms.ParseAsync(before, outPage)).QuerySelector(".overdue"));

        factory.Clock.Now = Oslo(2026, 12, 4, 12);
        try
        {
            using var page = await client.GetAsync(outPage);
            var doc = await Forms.ParseAsync(page, outPage);
            var items = doc.QuerySelectorAll("#loans > li").Select(li => li.Id).ToList();
            Assert.Equal([$"loan-{lateId}", $"loan-{onTimeId}"], items);
            Assert.Equal("2 dager for sent", doc.GetElementById($"loan-{lateId}")!.QuerySelector(".overdue")!.TextContent.Trim());
            Assert.Null(doc.GetElementById($"loan-{onTimeId}")!.QuerySelector(".overdue"));
            Assert.Contains("Forsinket (1)", doc.Body!.TextContent, StringComparison.Ordinal);

            using var overdue = await client.GetAsync(outPage + "?frist=forsinket");
            var overdueIds = (await Forms.ParseAsync(overdue, outPage)).QuerySelectorAll("#loans > li").Select(li => li.Id).ToList();
            Assert.Equal([$"loan-{lateId}"], overdueIds);
        }
        finally
        {
            factory.Clock.Now = TestClock.Default;
        }
    }

    [Fact]
    public async Task The_out_list_is_paged()
    {
        var place = await factory.LendingPlaceAsync(labels: [.. Enumerable.Range(1, 27).Select(n => $"Nr. {n}")]);
        var client = await factory.SignedInClientAsync(place.OwnerEmail);
        await factory.WithDbAsync(async db =>
        {
            var now = factory.Clock.Now.UtcDateTime;
            foreach (var (unitId, n) in place.UnitIds.Select((u, n) => (u, n)))
            {
                db.Bookings.Add(new Booking
                {
                    UnitId = unitId, TypeId = place.TypeId, BorrowerName = $"Låner {n}", Code = Omigjen.Web.Features.Reservations.ReservationRules.NewCode(),
                    Status = BookingStatus.CheckedOut, PickupAt = now.AddDays(-1), ReturnBy = now.AddHours(n - 3), CreatedAt = now, CheckedOutAt = now.AddDays(-1),
                });
            }
            return await db.SaveChangesAsync();
        });
        var outPage = $"/portal/{place.Slug}/utlan/utlant";
        using var first = await client.GetAsync(outPage);
        var doc = await Forms.ParseAsync(first, outPage);
        Assert.Equal(25, doc.QuerySelectorAll("#loans > li").Length);
        Assert.Equal(3, doc.QuerySelectorAll("#loans .overdue").Length);
        var next = doc.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        using var second = await client.GetAsync(next);
        Assert.Equal(2, (await Forms.ParseAsync(second, next)).QuerySelectorAll("#loans > li").Length);
    }
}

public sealed class LendingDeskTestsOnSqlite(SqliteAppFactory f) : LendingDeskTests(f), IClassFixture<SqliteAppFactory>;

public sealed class LendingDeskTestsOnPostgres(PostgresAppFactory f) : LendingDeskTests(f), IClassFixture<PostgresAppFactory>;
