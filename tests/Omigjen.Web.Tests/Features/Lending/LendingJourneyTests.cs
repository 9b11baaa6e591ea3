using System.Net;
using Ical.Net.CalendarComponents;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Tests.Features.Items;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Infrastructure.PortalTestData;

namespace Omigjen.Web.Tests.Features.Lending;

/// <summary>
/// The journey: a parent finds 150 cm skis free next weekend near home, books them for a child, gets the
/// confirmation with an .ics; the staff checks them out by code on Saturday and in again on Monday.
/// </summary>
public abstract class LendingJourneyTests(AppFactory factory)
{
    [Fact]
    public async Task A_parent_books_150_cm_skis_for_a_child_next_weekend_and_the_staff_checks_them_out_and_in()
    {
        // A sports-gear library open on weekday afternoons and Saturday mornings, closed on public holidays.
        var place = await factory.LendingPlaceAsync("Langrennski, klassisk", ["140 cm", "150 cm", "160 cm"],
            hours: "Mo-Fr 15:00-19:00; Sa 10:00-14:00; PH off", at: SearchTestData.AskerSentrum);
        var (client, userId, email) = await factory.BorrowerAsync();
        var start = factory.Clock.Now;
        try
        {
            // 1. Search: skis, 150 cm, free next weekend, within 5 km of home.
            var near = FormattableString.Invariant($"{SearchTestData.AskerSentrum.Lat + 0.01},{SearchTestData.AskerSentrum.Lon}");
            var found = await client.GetJsonAsync($"/api/v1/lending/types?q=ski&size=150%20cm&when=next-weekend&near={near}&radius_km=5&page_size=100");
            var hit = found.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == place.TypeId);
            Assert.Equal(1, hit.GetProperty("freeUnits").GetInt32());

            // 2. The type page lists Saturday 5 December as bookable.
            using (var typePage = await client.GetAsync($"/utlan/{place.TypeId}?storrelse=150%20cm"))
            {
                Assert.Equal(HttpStatusCode.OK, typePage.StatusCode);
                Assert.Contains("fra=2026-12-05", await typePage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            // 3. Book Saturday 10:00 to Monday 16:00 for Ola, 9.
            var saturday = new DateOnly(2026, 12, 5);
            var monday = new DateOnly(2026, 12, 7);
            using var booked = await client.BookAsync(place.TypeId, "150 cm", saturday, monday, "10:00", "16:00", new Dictionary<string, string>
            {
                ["medlaaner"] = "ja", ["medlaaner-navn"] = "Ola", ["medlaaner-alder"] = "9",
            });
            var bookingId = BookingTestSupport.BookingIdIn(booked);
            var booking = await factory.BookingRowAsync(bookingId);
            Assert.Equal((userId, place.UnitIds[1], "Ola", (int?)9), (booking.UserId, booking.UnitId, booking.CoBorrowerName, booking.CoBorrowerAge));

            // 4. The confirmation carries the code and an .ics with the agreed times.
            var mail = await factory.Mail.LatestToAsync(email);
            Assert.Contains(booking.Code, mail.TextBody, StringComparison.Ordinal);
            var (method, calendar) = LendingNoticeTestSupport.CalendarIn(mail);
            Assert.Equal("REQUEST", method);
            var loan = Assert.Single(calendar.Events);
            Assert.Equal(LendingTestData.Oslo(2026, 12, 5, 10).UtcDateTime, loan.DtStart!.AsUtc);
            Assert.Equal(LendingTestData.Oslo(2026, 12, 7, 16).UtcDateTime, loan.DtEnd!.AsUtc);
            // The same file is on the booking page.
            using (var ics = await client.GetAsync($"/konto/utlan/{bookingId}?handler=calendar"))
            {
                Assert.Equal(HttpStatusCode.OK, ics.StatusCode);
                Assert.Equal("text/calendar", ics.Content.Headers.ContentType?.MediaType);
            }

            // 5. Saturday 10:05: the staff checks them out by the code, typed in lower case with a space.
            var staff = await factory.SignedInClientAsync(place.OwnerEmail);
            factory.Clock.Now = LendingTestData.Oslo(2026, 12, 5, 10, 5);
            var typed = booking.Code[..3].ToLowerInvariant() + " " + booking.Code[3..].ToLowerInvariant();
            var desk = $"/portal/{place.Slug}/utlan/skranke";
            using (var handed = await staff.SubmitAsync($"{desk}?kode={Uri.EscapeDataString(typed)}", Form(), "#checkout-found"))
                Assert.True(handed.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"check-out answered {handed.StatusCode}");
            Assert.Equal(BookingStatus.CheckedOut, (await factory.BookingRowAsync(bookingId)).Status);

            // 6. Monday 15:30: back, with a note on their condition.
            factory.Clock.Now = LendingTestData.Oslo(2026, 12, 7, 15, 30);
            using (var back = await staff.SubmitAsync($"/portal/{place.Slug}/utlan/utlant", Form(("note", "Fine, litt voks igjen")), $"#checkin-{bookingId}"))
                Assert.True(back.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"check-in answered {back.StatusCode}");
            var returned = await factory.BookingRowAsync(bookingId);
            Assert.Equal(BookingStatus.Returned, returned.Status);
            Assert.Equal("Fine, litt voks igjen", returned.ConditionNote);
            Assert.Equal(factory.Clock.Now.UtcDateTime, returned.ReturnedAt);
        }
        finally
        {
            factory.Clock.Now = start;
        }
    }
}

public sealed class LendingJourneyTestsOnSqlite(SqliteAppFactory f) : LendingJourneyTests(f), IClassFixture<SqliteAppFactory>;

public sealed class LendingJourneyTestsOnPostgres(PostgresAppFactory f) : LendingJourneyTests(f), IClassFixture<PostgresAppFactory>;
