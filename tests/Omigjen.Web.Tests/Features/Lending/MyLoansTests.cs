using System.Net;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Lending.Bookings;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Lending;

/// <summary>The resident's loans: the list, one booking's page, changing and cancelling it; nobody else sees it.</summary>
public abstract class MyLoansTests(AppFactory factory)
{
    private static readonly DateTimeOffset SaturdayTen = LendingTestData.Oslo(2026, 12, 5, 10);
    private static readonly DateTimeOffset SundaySix = LendingTestData.Oslo(2026, 12, 6, 18);

    private async Task<(LendingPlaceData Place, HttpClient Client, string UserId, int BookingId)> BookedAsync(string[]? labels = null)
    {
        var place = await factory.LendingPlaceAsync(hours: "Mo-Su 10:00-18:00", labels: labels ?? ["150 cm"]);
        var (client, userId, _) = await factory.BorrowerAsync();
        var result = await factory.BookDirectAsync(userId, place.TypeId, null, SaturdayTen, SundaySix);
        Assert.Equal(BookingOutcome.Done, result.Outcome);
        return (place, client, userId, result.Booking!.Id);
    }

    [Fact]
    public async Task The_list_shows_coming_loans_first_and_earlier_ones_below()
    {
        var (place, client, userId, bookingId) = await BookedAsync(["150 cm", "160 cm"]);
        var second = await factory.BookDirectAsync(userId, place.TypeId, "160 cm", LendingTestData.Oslo(2026, 12, 9, 10), LendingTestData.Oslo(2026, 12, 10, 12));
        Assert.Equal(BookingOutcome.Done, second.Outcome);
        Assert.Equal(BookingOutcome.Done, await factory.WithLendingAsync(async l => (await l.Booking.CancelAsync(second.Booking!.Id, userId)).Outcome));

        var page = await client.PageAsync("/konto/utlan");
        var current = page.QuerySelector("#current-loans")!;
        Assert.Contains("Langrennski, klassisk, 150 cm", current.TextContent, StringComparison.Ordinal);
        Assert.NotNull(current.QuerySelector($"a[href='/konto/utlan/{bookingId}']"));
        var row = await factory.BookingRowAsync(bookingId);
        Assert.Contains(row.Code, current.TextContent, StringComparison.Ordinal);
        Assert.Contains("lørdag 5. desember kl. 10.00", current.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("160 cm", current.TextContent, StringComparison.Ordinal);
        var earlier = page.QuerySelector("#earlier-loans")!;
        Assert.Contains("160 cm", earlier.TextContent, StringComparison.Ordinal);
        Assert.Contains("Avbestilt", earlier.TextContent, StringComparison.Ordinal);

        var english = await client.PageAsync("/konto/utlan?lang=en");
        Assert.Contains("Saturday 5 December at 10:00", english.QuerySelector("#current-loans")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Cancelled", english.QuerySelector("#earlier-loans")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Earlier_loans_are_paged()
    {
        var place = await factory.LendingPlaceAsync(hours: "Mo-Su 00:00-24:00", labels: ["A"], maxDays: 1);
        var (client, userId, _) = await factory.BorrowerAsync();
        for (var i = 0; i < 27; i++)
        {
            var start = LendingTestData.Oslo(2026, 12, 3, 0).AddHours(i);
            var result = await factory.BookDirectAsync(userId, place.TypeId, null, start, start.AddMinutes(30));
            Assert.Equal(BookingOutcome.Done, result.Outcome);
            Assert.Equal(BookingOutcome.Done, await factory.WithLendingAsync(async l => (await l.Booking.CancelAsync(result.Booking!.Id, userId)).Outcome));
        }
        var first = await client.PageAsync("/konto/utlan");
        Assert.Equal(25, first.QuerySelectorAll("#earlier-loans tbody tr").Length);
        Assert.NotNull(first.QuerySelector("a[rel=next]"));
        var second = await client.PageAsync("/konto/utlan?side=2");
        Assert.Equal(2, second.QuerySelectorAll("#earlier-loans tbody tr").Length);
    }

    [Fact]
    public async Task A_booking_is_changed_to_new_dates_and_times()
    {
        var (_, client, _, bookingId) = await BookedAsync();
        var url = $"/konto/utlan/{bookingId}";
        var page = await client.PageAsync(url);
        // The change form starts from the booking's own dates and times.
        Assert.Equal("2026-12-05", page.QuerySelector("#fra")?.GetAttribute("value"));
        Assert.Equal("10:00", page.QuerySelector("#hentetid option[selected]")?.GetAttribute("value"));
        Assert.Equal("18:00", page.QuerySelector("#leveringstid option[selected]")?.GetAttribute("value"));

        var step = $"{url}?fra=2026-12-08&til=2026-12-09";
        using var response = await client.SubmitAsync(step, new Dictionary<string, string> { ["hentetid"] = "11:00", ["leveringstid"] = "15:30" }, "form#change-times");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{url}?endret=1", response.Headers.Location?.OriginalString);
        var row = await factory.BookingRowAsync(bookingId);
        Assert.Equal(LendingTestData.Oslo(2026, 12, 8, 11).UtcDateTime, row.PickupAt);
        Assert.Equal(LendingTestData.Oslo(2026, 12, 9, 15, 30).UtcDateTime, row.ReturnBy);
        Assert.Equal(BookingStatus.Booked, row.Status);

        var after = await client.PageAsync($"{url}?endret=1");
        Assert.Contains("tirsdag 8. desember kl. 11.00", after.QuerySelector("#pickup")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Bestillingen er endret", after.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_follows_the_same_rules()
    {
        var (_, client, _, bookingId) = await BookedAsync();
        var url = $"/konto/utlan/{bookingId}";
        var page = await client.PageAsync($"{url}?fra=2026-12-08&til=2026-12-20");
        Assert.Contains("høyst 7 dager", page.QuerySelector("#til-error")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form#change-times"));

        using var response = await client.SubmitAsync($"{url}?fra=2026-12-08&til=2026-12-09",
            new Dictionary<string, string> { ["hentetid"] = "09:00", ["leveringstid"] = "15:30" }, "form#change-times");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Hentingen må være i åpningstiden", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(SaturdayTen.UtcDateTime, (await factory.BookingRowAsync(bookingId)).PickupAt);
    }

    [Fact]
    public async Task A_change_into_a_taken_period_gives_409_with_a_later_period_and_keeps_the_booking()
    {
        var (place, _, _, _) = await BookedAsync();
        var (client, userId, _) = await factory.BorrowerAsync();
        var mine = await factory.BookDirectAsync(userId, place.TypeId, null, LendingTestData.Oslo(2026, 12, 20, 10), LendingTestData.Oslo(2026, 12, 21, 18));
        var url = $"/konto/utlan/{mine.Booking!.Id}";
        using var response = await client.SubmitAsync($"{url}?fra=2026-12-05&til=2026-12-06",
            new Dictionary<string, string> { ["hentetid"] = "10:00", ["leveringstid"] = "18:00" }, "form#change-times");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await Forms.ParseAsync(response, url);
        Assert.Contains("Ingen i størrelse 150 cm er ledige", page.QuerySelector("#booking-problem")?.TextContent, StringComparison.Ordinal);
        // Sunday to Monday overlaps the other booking's Sunday; Monday to Tuesday is free.
        Assert.Contains("Ledig fra mandag 7. desember kl. 10.00", page.QuerySelector("#later-period")?.TextContent, StringComparison.Ordinal);
        var row = await factory.BookingRowAsync(mine.Booking.Id);
        Assert.Equal(LendingTestData.Oslo(2026, 12, 20, 10).UtcDateTime, row.PickupAt);

        using var moved = await client.PostAsync(page, "#booking-problem form", url);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(LendingTestData.Oslo(2026, 12, 7, 10).UtcDateTime, (await factory.BookingRowAsync(mine.Booking.Id)).PickupAt);
    }

    [Fact]
    public async Task A_booking_is_cancelled_by_a_post_and_not_by_a_get()
    {
        var (_, client, _, bookingId) = await BookedAsync();
        var url = $"/konto/utlan/{bookingId}";
        // A GET with the handler's name only shows the page.
        using (var get = await client.GetAsync($"{url}?handler=cancel"))
            Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(BookingStatus.Booked, (await factory.BookingRowAsync(bookingId)).Status);

        var page = await client.PageAsync(url);
        using var response = await client.PostAsync(page, "#cancel-form", url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/konto/utlan?avbestilt=1", response.Headers.Location?.OriginalString);
        var row = await factory.BookingRowAsync(bookingId);
        Assert.Equal(BookingStatus.Cancelled, row.Status);
        Assert.NotNull(row.CancelledAt);

        var list = await client.PageAsync("/konto/utlan?avbestilt=1");
        Assert.Contains("Bestillingen er avbestilt", list.Body!.TextContent, StringComparison.Ordinal);
        var after = await client.PageAsync(url);
        Assert.Null(after.QuerySelector("#cancel-form"));
        Assert.Null(after.QuerySelector("#change-times"));

        // The same form sent again: already cancelled.
        using var again = await client.PostAsync(page, "#cancel-form", url);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Another_resident_can_neither_see_nor_change_nor_cancel_it()
    {
        var (_, _, _, bookingId) = await BookedAsync();
        var (other, otherId, _) = await factory.BorrowerAsync();
        var url = $"/konto/utlan/{bookingId}";
        await other.PageAsync(url, HttpStatusCode.NotFound);

        // The other resident's own booking gives them a valid form and token; sent to the first booking, it is not found.
        var (place2, _, _, _) = await BookedAsync();
        var own = await factory.BookDirectAsync(otherId, place2.TypeId, null, LendingTestData.Oslo(2026, 12, 12, 10), LendingTestData.Oslo(2026, 12, 12, 14));
        var ownPage = await other.PageAsync($"/konto/utlan/{own.Booking!.Id}");
        var cancel = (AngleSharp.Html.Dom.IHtmlFormElement)ownPage.QuerySelector("#cancel-form")!;
        using (var content = new FormUrlEncodedContent(Forms.FieldsOf(cancel, new Dictionary<string, string>())))
        using (var response = await other.PostAsync($"{url}?handler=cancel", content))
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var change = (AngleSharp.Html.Dom.IHtmlFormElement)ownPage.QuerySelector("#change-times")!;
        using (var content = new FormUrlEncodedContent(Forms.FieldsOf(change, new Dictionary<string, string> { ["fra"] = "2026-12-08", ["til"] = "2026-12-08" })))
        using (var response = await other.PostAsync($"{url}?handler=change", content))
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

        var row = await factory.BookingRowAsync(bookingId);
        Assert.Equal((BookingStatus.Booked, SaturdayTen.UtcDateTime), (row.Status, row.PickupAt));
        var list = await other.PageAsync("/konto/utlan");
        Assert.DoesNotContain(row.Code, list.Body!.TextContent, StringComparison.Ordinal);

        using var anonymous = factory.NoRedirectClient();
        using var signIn = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("/konto/logg-inn", signIn.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calendar_file_has_the_booking()
    {
        var (_, client, _, bookingId) = await BookedAsync();
        var page = await client.PageAsync($"/konto/utlan/{bookingId}");
        var href = page.QuerySelector("#calendar")?.GetAttribute("href");
        Assert.NotNull(href);
        using var response = await client.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var ics = await response.Content.ReadAsStringAsync();
        Assert.Contains("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        Assert.Contains("20261205T090000Z", ics, StringComparison.Ordinal);

        var (other, _, _) = await factory.BorrowerAsync();
        using var denied = await other.GetAsync(href);
        Assert.Equal(HttpStatusCode.NotFound, denied.StatusCode);
    }

    [Fact]
    public async Task Bookings_of_a_checked_out_loan_cannot_be_changed_or_cancelled()
    {
        var (_, client, _, bookingId) = await BookedAsync();
        await factory.WithDbAsync(db => db.Bookings.Where(b => b.Id == bookingId)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BookingStatus.CheckedOut)));
        var page = await client.PageAsync($"/konto/utlan/{bookingId}");
        Assert.Null(page.QuerySelector("#cancel-form"));
        Assert.Null(page.QuerySelector("#change-times"));
        Assert.Contains("Utlånt", page.QuerySelector("#status")?.TextContent, StringComparison.Ordinal);
    }
}

public sealed class MyLoansTestsOnSqlite(SqliteAppFactory f) : MyLoansTests(f), IClassFixture<SqliteAppFactory>;

public sealed class MyLoansTestsOnPostgres(PostgresAppFactory f) : MyLoansTests(f), IClassFixture<PostgresAppFactory>;
