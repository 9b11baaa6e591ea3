using System.Net;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Lending.Bookings;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Lending;

/// <summary>The waiting list: join from the 409 page, an offer when a unit frees up, accept, decline, lapse, leave.</summary>
public abstract class WaitlistTests(AppFactory factory)
{
    private static readonly DateOnly Saturday = new(2026, 12, 5);
    private static readonly DateOnly Sunday = new(2026, 12, 6);
    private static readonly DateTimeOffset SaturdayTen = LendingTestData.Oslo(2026, 12, 5, 10);
    private static readonly DateTimeOffset SundaySix = LendingTestData.Oslo(2026, 12, 6, 18);

    /// <summary>A place with one unit, booked for the weekend by someone (returned: their id and booking).</summary>
    private async Task<(LendingPlaceData Place, HttpClient HolderClient, string HolderId, int BookingId)> TakenAsync()
    {
        var place = await factory.LendingPlaceAsync(hours: "Mo-Su 10:00-18:00", labels: ["150 cm"]);
        var (client, userId, _) = await factory.BorrowerAsync();
        var result = await factory.BookDirectAsync(userId, place.TypeId, "150 cm", SaturdayTen, SundaySix);
        Assert.Equal(BookingOutcome.Done, result.Outcome);
        return (place, client, userId, result.Booking!.Id);
    }

    private Task<WaitlistEntry?> EntryOfAsync(int typeId, string userId) =>
        factory.WithDbAsync(db => db.WaitlistEntries.AsNoTracking().Where(w => w.TypeId == typeId && w.UserId == userId).OrderByDescending(w => w.Id).FirstOrDefaultAsync());

    private Task<Booking?> OfferOfAsync(int typeId, string userId) =>
        factory.WithDbAsync(db => db.Bookings.AsNoTracking().Where(b => b.TypeId == typeId && b.UserId == userId).OrderByDescending(b => b.Id).FirstOrDefaultAsync());

    private Task<WaitlistEntry> JoinDirectAsync(int typeId, string userId) =>
        factory.WithLendingAsync(async l => (await l.Waitlist.JoinAsync(new BookingRequest(typeId, "150 cm", SaturdayTen, SundaySix), userId)).Entry!);

    [Fact]
    public async Task Join_from_the_conflict_then_a_cancellation_offers_the_unit_and_accepting_books_it()
    {
        var (place, holder, _, bookingId) = await TakenAsync();
        var (client, userId, _) = await factory.BorrowerAsync();

        using var conflict = await client.BookAsync(place.TypeId, "150 cm", Saturday, Sunday, "10:00", "18:00", new Dictionary<string, string>
        {
            ["medlaaner"] = "ja", ["medlaaner-navn"] = "Ola", ["medlaaner-alder"] = "8", ["mobil"] = "41234567",
        });
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var url = BookingTestSupport.BookUrl(place.TypeId, "150 cm", Saturday, Sunday);
        var page = await Forms.ParseAsync(conflict, url);
        using var joined = await client.PostAsync(page, "#waitlist-form", url);
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        Assert.Equal("/konto/utlan?venteliste=1", joined.Headers.Location?.OriginalString);

        var entry = await EntryOfAsync(place.TypeId, userId);
        Assert.NotNull(entry);
        Assert.Equal(WaitlistStatus.Waiting, entry.Status);
        Assert.Equal("150cm", entry.LabelKey);
        Assert.Equal(SaturdayTen.UtcDateTime, entry.PickupAt);
        Assert.Equal(SundaySix.UtcDateTime, entry.ReturnBy);
        Assert.Equal(("Ola", (int?)8, "+4741234567"), (entry.CoBorrowerName, entry.CoBorrowerAge, entry.Phone));

        var mine = await client.PageAsync("/konto/utlan?venteliste=1");
        Assert.Contains("Du står på ventelisten", mine.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Langrennski, klassisk, 150 cm", mine.QuerySelector("#waiting")?.TextContent, StringComparison.Ordinal);
        Assert.Null(await OfferOfAsync(place.TypeId, userId));

        // The holder cancels on their booking page; the first in line is offered the unit.
        var holderPage = await holder.PageAsync($"/konto/utlan/{bookingId}");
        using (var cancelled = await holder.PostAsync(holderPage, "#cancel-form", $"/konto/utlan/{bookingId}"))
            Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var offer = await OfferOfAsync(place.TypeId, userId);
        Assert.NotNull(offer);
        Assert.Equal(BookingStatus.Offered, offer.Status);
        Assert.Equal(place.UnitIds[0], offer.UnitId);
        Assert.Equal(entry.Id, offer.WaitlistEntryId);
        Assert.Equal(factory.Clock.Now.AddHours(24).UtcDateTime, offer.OfferExpiresAt);
        Assert.Equal("Ola", offer.CoBorrowerName);
        Assert.Equal(WaitlistStatus.Offered, (await EntryOfAsync(place.TypeId, userId))!.Status);

        var offers = await client.PageAsync("/konto/utlan");
        Assert.Contains("Svar innen torsdag 3. desember kl. 12.00", offers.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(offers.QuerySelector("#waiting"));
        using var accepted = await client.PostAsync(offers, $"#accept-{offer.Id}", "/konto/utlan");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal($"/konto/utlan/{offer.Id}?godtatt=1", accepted.Headers.Location?.OriginalString);
        Assert.Equal(BookingStatus.Booked, (await factory.BookingRowAsync(offer.Id)).Status);
        Assert.Equal(WaitlistStatus.Accepted, (await EntryOfAsync(place.TypeId, userId))!.Status);

        var booked = await client.PageAsync($"/konto/utlan/{offer.Id}?godtatt=1");
        Assert.Equal(offer.Code, booked.QuerySelector("#code")?.TextContent.Trim());
        Assert.Contains("Du tok imot tilbudet", booked.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_offer_lapses_after_its_deadline_and_goes_to_the_next_in_line()
    {
        var (place, _, holderId, bookingId) = await TakenAsync();
        var (first, firstId, _) = await factory.BorrowerAsync();
        var (_, secondId, _) = await factory.BorrowerAsync();
        await JoinDirectAsync(place.TypeId, firstId);
        await JoinDirectAsync(place.TypeId, secondId);

        Assert.Equal(BookingOutcome.Done, await factory.WithLendingAsync(async l => (await l.Booking.CancelAsync(bookingId, holderId)).Outcome));
        var offer = await OfferOfAsync(place.TypeId, firstId);
        Assert.Equal(BookingStatus.Offered, offer!.Status);
        Assert.Null(await OfferOfAsync(place.TypeId, secondId));
        var offers = await first.PageAsync("/konto/utlan");

        try
        {
            // Just before the deadline nothing lapses.
            factory.Clock.Now = TestClock.Default.AddHours(24).AddMinutes(-1);
            await factory.WithLendingAsync(l => l.Waitlist.LapseExpiredOffersAsync());
            Assert.Equal(BookingStatus.Offered, (await factory.BookingRowAsync(offer.Id)).Status);

            factory.Clock.Now = TestClock.Default.AddHours(24);
            await factory.WithLendingAsync(l => l.Waitlist.LapseExpiredOffersAsync());
            Assert.Equal(BookingStatus.Lapsed, (await factory.BookingRowAsync(offer.Id)).Status);
            Assert.Equal(WaitlistStatus.Lapsed, (await EntryOfAsync(place.TypeId, firstId))!.Status);

            var next = await OfferOfAsync(place.TypeId, secondId);
            Assert.NotNull(next);
            Assert.Equal(BookingStatus.Offered, next.Status);
            Assert.Equal(place.UnitIds[0], next.UnitId);
            Assert.Equal(factory.Clock.Now.AddHours(24).UtcDateTime, next.OfferExpiresAt);

            // Accepting too late: the page the first one still had open gives 409.
            using var late = await first.PostAsync(offers, $"#accept-{offer.Id}", "/konto/utlan");
            Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
            Assert.Contains("Tilbudet har gått ut", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(BookingStatus.Lapsed, (await factory.BookingRowAsync(offer.Id)).Status);
        }
        finally
        {
            factory.Clock.Now = TestClock.Default;
        }
    }

    [Fact]
    public async Task Declining_an_offer_passes_it_on()
    {
        var (place, _, holderId, bookingId) = await TakenAsync();
        var (first, firstId, _) = await factory.BorrowerAsync();
        var (second, secondId, _) = await factory.BorrowerAsync();
        await JoinDirectAsync(place.TypeId, firstId);
        await JoinDirectAsync(place.TypeId, secondId);
        await factory.WithLendingAsync(l => l.Booking.CancelAsync(bookingId, holderId));
        var offer = await OfferOfAsync(place.TypeId, firstId);

        var offers = await first.PageAsync("/konto/utlan");
        using var declined = await first.PostAsync(offers, $"#decline-{offer!.Id}", "/konto/utlan");
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        Assert.Equal("/konto/utlan?avslatt=1", declined.Headers.Location?.OriginalString);
        Assert.Equal(BookingStatus.Cancelled, (await factory.BookingRowAsync(offer.Id)).Status);
        Assert.Equal(WaitlistStatus.Cancelled, (await EntryOfAsync(place.TypeId, firstId))!.Status);
        Assert.Equal(BookingStatus.Offered, (await OfferOfAsync(place.TypeId, secondId))?.Status);

        // The offer's own page has the buttons too; the second one declines there.
        var nextOffer = await OfferOfAsync(place.TypeId, secondId);
        var offerPage = await second.PageAsync($"/konto/utlan/{nextOffer!.Id}");
        Assert.NotNull(offerPage.QuerySelector("#accept"));
        using var declinedThere = await second.PostAsync(offerPage, "#decline-form", $"/konto/utlan/{nextOffer.Id}");
        Assert.Equal(HttpStatusCode.Redirect, declinedThere.StatusCode);
        Assert.Equal(BookingStatus.Cancelled, (await factory.BookingRowAsync(nextOffer.Id)).Status);
    }

    [Fact]
    public async Task Leaving_the_waiting_list_means_no_offer()
    {
        var (place, _, holderId, bookingId) = await TakenAsync();
        var (client, userId, _) = await factory.BorrowerAsync();
        var entry = await JoinDirectAsync(place.TypeId, userId);

        var mine = await client.PageAsync("/konto/utlan");
        using var left = await client.PostAsync(mine, $"#leave-{entry.Id}", "/konto/utlan");
        Assert.Equal(HttpStatusCode.Redirect, left.StatusCode);
        Assert.Equal("/konto/utlan?forlatt=1", left.Headers.Location?.OriginalString);
        Assert.Equal(WaitlistStatus.Cancelled, (await EntryOfAsync(place.TypeId, userId))!.Status);

        await factory.WithLendingAsync(l => l.Booking.CancelAsync(bookingId, holderId));
        Assert.Null(await OfferOfAsync(place.TypeId, userId));

        // Leaving twice: 409; someone else's entry: 404.
        using var again = await client.PostAsync(mine, $"#leave-{entry.Id}", "/konto/utlan");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var (other, _, _) = await factory.BorrowerAsync();
        var form = await other.PageAsync(BookingTestSupport.BookUrl(place.TypeId, null, Saturday, Sunday));
        var fields = Forms.FieldsOf((AngleSharp.Html.Dom.IHtmlFormElement)form.QuerySelector(BookingTestSupport.DetailsForm)!, new Dictionary<string, string>());
        using var content = new FormUrlEncodedContent(fields.Where(f => f.Key == "__RequestVerificationToken"));
        using var foreign = await other.PostAsync($"/konto/utlan?handler=leave&id={entry.Id}", content);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }
}

public sealed class WaitlistTestsOnSqlite(SqliteAppFactory f) : WaitlistTests(f), IClassFixture<SqliteAppFactory>;

public sealed class WaitlistTestsOnPostgres(PostgresAppFactory f) : WaitlistTests(f), IClassFixture<PostgresAppFactory>;
