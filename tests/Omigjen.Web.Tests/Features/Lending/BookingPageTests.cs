using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Lending.Bookings;
using Omigjen.Web.Tests.Features.Reservations;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Lending;

/// <summary>Helpers for the resident's booking pages: residents with their ids, the form's URL and posts, the service in a scope.</summary>
public static class BookingTestSupport
{
    public const string DetailsForm = "form#step-details";

    /// <summary>A new resident, signed in, with the account's id.</summary>
    public static async Task<(HttpClient Client, string UserId, string Email)> BorrowerAsync(this AppFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var email = ReservationTestData.NewEmail("laaner");
        var user = await factory.CreateAsync(email);
        return (await factory.SignedInClientAsync(email), user.Id, email);
    }

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The first step's URL: <c>/utlan/{type}/bestill?storrelse=…&amp;fra=…&amp;til=…</c>.</summary>
    public static string BookUrl(int typeId, string? size, DateOnly from, DateOnly to) =>
        $"/utlan/{typeId}/bestill?storrelse={Uri.EscapeDataString(size ?? "")}&fra={Day(from)}&til={Day(to)}";

    /// <summary>Opens the booking form for the dates and sends the second step with the given times and fields.</summary>
    public static Task<HttpResponseMessage> BookAsync(this HttpClient client, int typeId, string? size, DateOnly from, DateOnly to,
        string pickup, string returnBy, IReadOnlyDictionary<string, string>? more = null)
    {
        var values = new Dictionary<string, string> { ["hentetid"] = pickup, ["leveringstid"] = returnBy };
        foreach (var (k, v) in more ?? new Dictionary<string, string>()) values[k] = v;
        return client.SubmitAsync(BookUrl(typeId, size, from, to), values, DetailsForm);
    }

    /// <summary>Books through the service, as another resident might in the same moment.</summary>
    public static async Task<BookingResult> BookDirectAsync(this AppFactory factory, string userId, int typeId, string? size,
        DateTimeOffset pickupAt, DateTimeOffset returnBy)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var lending = scope.ServiceProvider.GetRequiredService<BookingService>();
        return await lending.BookAsync(new BookingRequest(typeId, size, pickupAt, returnBy), userId);
    }

    /// <summary>Runs <paramref name="work"/> with a <see cref="LendingServices"/> of its own scope.</summary>
    public static async Task<T> WithLendingAsync<T>(this AppFactory factory, Func<LendingServices, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(LendingServices.From(scope.ServiceProvider));
    }

    public static Task<Booking> BookingRowAsync(this AppFactory factory, int bookingId) =>
        factory.WithDbAsync(db => db.Bookings.AsNoTracking().SingleAsync(b => b.Id == bookingId));

    /// <summary>The id in a redirect to <c>/konto/utlan/{id}?…</c>.</summary>
    public static int BookingIdIn(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location?.OriginalString ?? "";
        Assert.StartsWith("/konto/utlan/", location, StringComparison.Ordinal);
        var id = location["/konto/utlan/".Length..].Split('?')[0];
        return int.Parse(id, CultureInfo.InvariantCulture);
    }

    public static async Task<AngleSharp.Dom.IDocument> PageAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        return await Forms.ParseAsync(response, url);
    }

    /// <summary>Posts the form matched by <paramref name="selector"/> on a parsed page, as a browser would.</summary>
    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, AngleSharp.Dom.IDocument page, string selector, string pageUrl,
        IReadOnlyDictionary<string, string>? values = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var form = page.QuerySelector(selector) as IHtmlFormElement ?? throw new Xunit.Sdk.XunitException($"No form '{selector}' on {pageUrl}");
        return client.PostFormAsync(form, values ?? new Dictionary<string, string>(), pageUrl);
    }
}

/// <summary>The booking form: times inside the hours, a closed day's reason, the rules, a co-borrower, 409 with an alternative.</summary>
public abstract class BookingPageTests(AppFactory factory)
{
    private static readonly DateOnly Saturday = new(2026, 12, 5);
    private static readonly DateOnly Sunday = new(2026, 12, 6);

    [Fact]
    public async Task A_booking_is_stored_with_its_times_size_and_co_borrower_and_shows_the_code()
    {
        var place = await factory.LendingPlaceAsync(hours: "Mo-Su 10:00-18:00", labels: ["150 cm", "160 cm"]);
        var (client, userId, _) = await factory.BorrowerAsync();

        var url = BookingTestSupport.BookUrl(place.TypeId, "160cm", Saturday, Sunday);
        var form = await client.PageAsync(url);
        Assert.Equal("160 cm", (form.QuerySelector("#storrelse option[selected]") as IHtmlOptionElement)?.Value);
        var pickups = form.QuerySelectorAll("#hentetid option").Select(o => o.GetAttribute("value")).ToList();
        var returns = form.QuerySelectorAll("#leveringstid option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal("10:00", pickups[0]);
        Assert.Equal("17:30", pickups[^1]);
        Assert.Equal(16, pickups.Count);
        Assert.Equal("18:00", returns[^1]); // returning at closing time is fine
        Assert.Contains("Gratis", form.QuerySelector("#price")?.TextContent, StringComparison.Ordinal);

        using var response = await client.BookAsync(place.TypeId, "160 cm", Saturday, Sunday, "10:30", "17:00", new Dictionary<string, string>
        {
            ["medlaaner"] = "ja", ["medlaaner-navn"] = "Ola", ["medlaaner-alder"] = "9", ["mobil"] = "412 34 567",
        });
        var id = BookingTestSupport.BookingIdIn(response);
        Assert.EndsWith("?ny=1", response.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var row = await factory.BookingRowAsync(id);
        Assert.Equal(place.UnitIds[1], row.UnitId);
        Assert.Equal(userId, row.UserId);
        Assert.Equal(BookingStatus.Booked, row.Status);
        Assert.Equal(LendingTestData.Oslo(2026, 12, 5, 10, 30).UtcDateTime, row.PickupAt);
        Assert.Equal(LendingTestData.Oslo(2026, 12, 6, 17, 0).UtcDateTime, row.ReturnBy);
        Assert.Equal(new DateTime(2026, 12, 5, 9, 30, 0), row.PickupAt); // UTC: Oslo is UTC+1 in December
        Assert.Equal(("Ola", (int?)9, "+4741234567"), (row.CoBorrowerName, row.CoBorrowerAge, row.Phone));

        var page = await client.PageAsync(response.Headers.Location.OriginalString);
        Assert.Equal(row.Code, page.QuerySelector("#code")?.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#booked[role=status]"));
        Assert.Contains("lørdag 5. desember kl. 10.30", page.QuerySelector("#pickup")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("søndag 6. desember kl. 17.00", page.QuerySelector("#return")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ola (9 år)", page.QuerySelector("#co-borrower")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Testveien 1", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_size_any_free_unit_is_booked()
    {
        var place = await factory.LendingPlaceAsync(hours: "Mo-Su 10:00-18:00", labels: ["150 cm"]);
        var (client, _, _) = await factory.BorrowerAsync();
        using var response = await client.BookAsync(place.TypeId, null, Saturday, Sunday, "12:00", "14:00");
        var row = await factory.BookingRowAsync(BookingTestSupport.BookingIdIn(response));
        Assert.Equal(place.UnitIds[0], row.UnitId);
        Assert.Null(row.CoBorrowerName);
        Assert.Null(row.Phone);
    }

    [Fact]
    public async Task Signing_in_is_required_and_brings_the_resident_back()
    {
        var place = await factory.LendingPlaceAsync();
        using var anonymous = factory.NoRedirectClient();
        using var response = await anonymous.GetAsync($"/utlan/{place.TypeId}/bestill?fra=2026-12-05&til=2026-12-07");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Contains("/konto/logg-inn", location, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString($"/utlan/{place.TypeId}/bestill"), location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_or_archived_type_is_not_found()
    {
        var place = await factory.LendingPlaceAsync();
        var (client, _, _) = await factory.BorrowerAsync();
        await client.PageAsync("/utlan/99999999/bestill", HttpStatusCode.NotFound);
        await factory.WithDbAsync(db => db.LendingTypes.Where(t => t.Id == place.TypeId).ExecuteUpdateAsync(s => s.SetProperty(t => t.Archived, true)));
        await client.PageAsync($"/utlan/{place.TypeId}/bestill", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_closed_day_is_refused_with_its_reason_on_get_and_on_post()
    {
        var place = await factory.LendingPlaceAsync(hours: "Mo-Sa 10:00-18:00; PH off");
        var (client, _, _) = await factory.BorrowerAsync();

        var url = BookingTestSupport.BookUrl(place.TypeId, "150 cm", new(2026, 12, 25), new(2026, 12, 28));
        var page = await client.PageAsync(url);
        var from = page.QuerySelector("#fra")!;
        Assert.Equal("true", from.GetAttribute("aria-invalid"));
        Assert.Contains("Stengt 25. desember (Første juledag)", page.QuerySelector("#fra-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("fra-error", from.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Contains("Stengt 25. desember (Første juledag)", page.QuerySelector("#feil")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(BookingTestSupport.DetailsForm));
        Assert.Equal("2026-12-25", from.GetAttribute("value"));

        // The same dates sent straight to the second step (a form from another day, changed by hand).
        using var response = await client.SubmitAsync(BookingTestSupport.BookUrl(place.TypeId, "150 cm", new(2026, 12, 22), new(2026, 12, 23)),
            new Dictionary<string, string> { ["fra"] = "2026-12-25", ["til"] = "2026-12-28", ["hentetid"] = "10:00", ["leveringstid"] = "12:00" },
            BookingTestSupport.DetailsForm);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await Forms.ParseAsync(response, url);
        Assert.Contains("Stengt 25. desember (Første juledag)", body.QuerySelector("#fra-error")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(await factory.BookingsOfTypeAsync(place.TypeId));

        var english = await client.PageAsync(url + "&lang=en");
        Assert.Contains("Pickup date: Closed on 25 December", english.QuerySelector("#fra-error")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_return_on_a_closed_day_is_refused_on_the_return_date()
    {
        var place = await factory.LendingPlaceAsync(hours: "Mo-Sa 10:00-18:00");
        var (client, _, _) = await factory.BorrowerAsync();
        var page = await client.PageAsync(BookingTestSupport.BookUrl(place.TypeId, null, Saturday, Sunday));
        Assert.Equal("true", page.QuerySelector("#til")?.GetAttribute("aria-invalid"));
        Assert.Contains("Stengt 6. desember", page.QuerySelector("#til-error")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#fra")?.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task A_pickup_outside_the_hours_is_refused()
    {
        var place = await factory.LendingPlaceAsync(hours: "Mo-Su 10:00-18:00");
        var (client, _, _) = await factory.BorrowerAsync();
        var page = await client.PageAsync(BookingTestSupport.BookUrl(place.TypeId, null, Saturday, Sunday));
        Assert.DoesNotContain(page.QuerySelectorAll("#hentetid option"), o => o.GetAttribute("value") == "08:00");
        Assert.DoesNotContain(page.QuerySelectorAll("#hentetid option"), o => o.GetAttribute("value") == "18:00");

        using var response = await client.BookAsync(place.TypeId, null, Saturday, Sunday, "08:00", "12:00");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await Forms.ParseAsync(response, "/");
        Assert.Equal("true", body.QuerySelector("#hentetid")?.GetAttribute("aria-invalid"));
        Assert.Contains("Hentingen må være i åpningstiden", body.QuerySelector("#hentetid-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("10.00–18.00", body.QuerySelector("#hentetid-error")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(await factory.BookingsOfTypeAsync(place.TypeId));

        using var late = await client.BookAsync(place.TypeId, null, Saturday, Sunday, "10:00", "19:00");
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        var lateBody = await Forms.ParseAsync(late, "/");
        Assert.Contains("Innleveringen må være i åpningstiden", lateBody.QuerySelector("#leveringstid-error")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(await factory.BookingsOfTypeAsync(place.TypeId));
    }

    [Fact]
    public async Task A_loan_longer_than_the_maximum_is_refused()
    {
        var place = await factory.LendingPlaceAsync(hours: "Mo-Su 10:00-18:00", maxDays: 7);
        var (client, _, _) = await factory.BorrowerAsync();
        var page = await client.PageAsync(BookingTestSupport.BookUrl(place.TypeId, null, new(2026, 12, 7), new(2026, 12, 15)));
        Assert.Contains("høyst 7 dager, ikke 8", page.QuerySelector("#til-error")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(BookingTestSupport.DetailsForm));

        using var response = await client.SubmitAsync(BookingTestSupport.BookUrl(place.TypeId, null, new(2026, 12, 7), new(2026, 12, 14)),
            new Dictionary<string, string> { ["til"] = "2026-12-15", ["hentetid"] = "10:00", ["leveringstid"] = "12:00" }, BookingTestSupport.DetailsForm);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("høyst 7 dager, ikke 8", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Seven days is allowed.
        using var ok = await client.BookAsync(place.TypeId, null, new(2026, 12, 7), new(2026, 12, 14), "10:00", "18:00");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
    }

    [Fact]
    public async Task A_pickup_in_the_past_is_refused()
    {
        var place = await factory.LendingPlaceAsync(hours: "Mo-Su 10:00-18:00");
        var (client, _, _) = await factory.BorrowerAsync();
        var page = await client.PageAsync(BookingTestSupport.BookUrl(place.TypeId, null, new(2026, 12, 1), new(2026, 12, 3)));
        Assert.Contains("har allerede vært", page.QuerySelector("#fra-error")?.TextContent, StringComparison.Ordinal);

        // Today (Wednesday 12:00): only the times still ahead are offered, and an earlier one is refused.
        var today = await client.PageAsync(BookingTestSupport.BookUrl(place.TypeId, null, new(2026, 12, 2), new(2026, 12, 3)));
        Assert.Equal("12:00", today.QuerySelector("#hentetid option")?.GetAttribute("value"));
        using var response = await client.BookAsync(place.TypeId, null, new(2026, 12, 2), new(2026, 12, 3), "10:00", "12:00");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await Forms.ParseAsync(response, "/");
        Assert.Contains("Hentetidspunktet har allerede vært", body.QuerySelector("#hentetid-error")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(await factory.BookingsOfTypeAsync(place.TypeId));
    }

    [Fact]
    public async Task Co_borrower_and_phone_are_checked_and_what_was_typed_is_kept()
    {
        var place = await factory.LendingPlaceAsync(hours: "Mo-Su 10:00-18:00");
        var (client, _, _) = await factory.BorrowerAsync();
        using var response = await client.BookAsync(place.TypeId, null, Saturday, Sunday, "10:00", "12:00", new Dictionary<string, string>
        {
            ["medlaaner"] = "ja", ["medlaaner-navn"] = "", ["medlaaner-alder"] = "25", ["mobil"] = "ring meg",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await Forms.ParseAsync(response, "/");
        Assert.Equal("true", body.QuerySelector("#medlaaner-navn")?.GetAttribute("aria-invalid"));
        Assert.Equal("true", body.QuerySelector("#medlaaner-alder")?.GetAttribute("aria-invalid"));
        Assert.Equal("true", body.QuerySelector("#mobil")?.GetAttribute("aria-invalid"));
        Assert.Equal("25", body.QuerySelector("#medlaaner-alder")?.GetAttribute("value"));
        Assert.Equal("ring meg", body.QuerySelector("#mobil")?.GetAttribute("value"));
        Assert.Equal("10:00", (body.QuerySelector("#hentetid option[selected]") as IHtmlOptionElement)?.Value);
        Assert.Equal("12:00", (body.QuerySelector("#leveringstid option[selected]") as IHtmlOptionElement)?.Value);
        Assert.True(body.QuerySelector("#medlaaner") is IHtmlInputElement { IsChecked: true });
        var summary = body.QuerySelector("#feil")!.TextContent;
        Assert.Contains("Navn på den du låner for", summary, StringComparison.Ordinal);
        Assert.Contains("Alder", summary, StringComparison.Ordinal);
        Assert.Contains("Mobilnummer", summary, StringComparison.Ordinal);
        Assert.Empty(await factory.BookingsOfTypeAsync(place.TypeId));

        // Lending for an adult: a name and no age.
        using var adult = await client.BookAsync(place.TypeId, null, Saturday, Sunday, "10:00", "12:00", new Dictionary<string, string>
        {
            ["medlaaner"] = "ja", ["medlaaner-navn"] = "Kari Nordmann", ["mobil"] = "+47 412 34 567",
        });
        var row = await factory.BookingRowAsync(BookingTestSupport.BookingIdIn(adult));
        Assert.Equal(("Kari Nordmann", (int?)null, "+4741234567"), (row.CoBorrowerName, row.CoBorrowerAge, row.Phone));
    }

    [Fact]
    public async Task When_the_size_is_taken_the_answer_is_409_with_other_sizes_a_later_period_and_the_waiting_list()
    {
        var place = await factory.LendingPlaceAsync(hours: "Mo-Su 10:00-18:00", labels: ["150 cm", "160 cm"]);
        var (_, first, _) = await factory.BorrowerAsync();
        var taken = await factory.BookDirectAsync(first, place.TypeId, "150 cm",
            LendingTestData.Oslo(2026, 12, 5, 10), LendingTestData.Oslo(2026, 12, 6, 18));
        Assert.Equal(BookingOutcome.Done, taken.Outcome);

        var (client, userId, _) = await factory.BorrowerAsync();
        var url = BookingTestSupport.BookUrl(place.TypeId, "150 cm", Saturday, Sunday);
        using var response = await client.BookAsync(place.TypeId, "150 cm", Saturday, Sunday, "10:00", "18:00",
            new Dictionary<string, string> { ["medlaaner"] = "ja", ["medlaaner-navn"] = "Per", ["medlaaner-alder"] = "11" });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await Forms.ParseAsync(response, url);
        var problem = page.QuerySelector("#booking-problem")!;
        Assert.Contains("Ingen i størrelse 150 cm er ledige", problem.TextContent, StringComparison.Ordinal);
        Assert.Contains("Bestill 160 cm for de samme tidene", problem.TextContent, StringComparison.Ordinal);
        // The same length and times, moved by whole days until the unit is free: Monday to Tuesday.
        Assert.Contains("Ledig fra mandag 7. desember kl. 10.00 til tirsdag 8. desember kl. 18.00", page.QuerySelector("#later-period")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#join-waitlist"));

        // The other size in one press, with the same times and co-borrower.
        using var other = await client.PostAsync(page, "#other-sizes form", url);
        var row = await factory.BookingRowAsync(BookingTestSupport.BookingIdIn(other));
        Assert.Equal(place.UnitIds[1], row.UnitId);
        Assert.Equal(userId, row.UserId);
        Assert.Equal(LendingTestData.Oslo(2026, 12, 5, 10).UtcDateTime, row.PickupAt);
        Assert.Equal(("Per", (int?)11), (row.CoBorrowerName, row.CoBorrowerAge));

        // The later period in one press.
        using var later = await client.PostAsync(page, "#later-form", url);
        var laterRow = await factory.BookingRowAsync(BookingTestSupport.BookingIdIn(later));
        Assert.Equal(place.UnitIds[0], laterRow.UnitId);
        Assert.Equal(LendingTestData.Oslo(2026, 12, 7, 10).UtcDateTime, laterRow.PickupAt);
        Assert.Equal(LendingTestData.Oslo(2026, 12, 8, 18).UtcDateTime, laterRow.ReturnBy);
    }

    [Fact]
    public async Task A_resident_at_the_limit_gets_409()
    {
        var place = await factory.LendingPlaceAsync(hours: "Mo-Su 10:00-18:00", labels: ["1", "2", "3", "4", "5", "6"]);
        var (client, _, _) = await factory.BorrowerAsync();
        for (var i = 0; i < 5; i++)
        {
            using var ok = await client.BookAsync(place.TypeId, null, Saturday, Sunday, "10:00", "18:00");
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        }
        using var response = await client.BookAsync(place.TypeId, null, Saturday, Sunday, "10:00", "18:00");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Du har allerede 5 aktive lån", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(5, (await factory.BookingsOfTypeAsync(place.TypeId)).Count);
    }

    [Fact]
    public async Task Unknown_hours_offer_eight_to_eight()
    {
        var place = await factory.LendingPlaceAsync(hours: "");
        var (client, _, _) = await factory.BorrowerAsync();
        var page = await client.PageAsync(BookingTestSupport.BookUrl(place.TypeId, null, Saturday, Sunday));
        var pickups = page.QuerySelectorAll("#hentetid option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal("08:00", pickups[0]);
        Assert.Equal("20:00", pickups[^1]);
        Assert.Contains("ikke oppgitt åpningstider", page.QuerySelector("#pickup-hours")?.TextContent, StringComparison.Ordinal);
        using var response = await client.BookAsync(place.TypeId, null, Saturday, Sunday, "06:00", "12:00");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("mellom 08:00 og 20:00", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staffed_slots_govern_the_times()
    {
        var place = await factory.LendingPlaceAsync(hours: "Mo-Su 10:00-18:00", staffedHours: "Sa 11:00-13:00; Su 16:00-17:00");
        var (client, _, _) = await factory.BorrowerAsync();
        var page = await client.PageAsync(BookingTestSupport.BookUrl(place.TypeId, null, Saturday, Sunday));
        Assert.Equal(["11:00", "11:30", "12:00", "12:30"], page.QuerySelectorAll("#hentetid option").Select(o => o.GetAttribute("value")!).ToArray());
        Assert.Equal(["16:00", "16:30", "17:00"], page.QuerySelectorAll("#leveringstid option").Select(o => o.GetAttribute("value")!).ToArray());
    }

    [Fact]
    public async Task Odd_parameters_never_give_a_server_error()
    {
        var place = await factory.LendingPlaceAsync();
        var (client, _, _) = await factory.BorrowerAsync();
        string[] values = ["", "2026-13-45", "0001-01-01", "9999-12-31", "<script>", new string('9', 3000), "5.12.2026", "%00"];
        foreach (var v in values)
        {
            var e = Uri.EscapeDataString(v);
            foreach (var url in new[]
                     {
                         $"/utlan/{place.TypeId}/bestill?fra={e}&til={e}", $"/utlan/{place.TypeId}/bestill?storrelse={e}&fra=2026-12-07&til={e}",
                         $"/utlan/{place.TypeId}/bestill?handler={e}", $"/utlan/{place.TypeId}/bestill?fra=2026-12-07&til=2026-12-08&hentetid={e}",
                     })
            {
                using var response = await client.GetAsync(url);
                Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} {url}");
            }
        }
        using var post = await client.BookAsync(place.TypeId, null, new(2026, 12, 7), new(2026, 12, 8), "x", "25:99");
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
    }
}

public sealed class BookingPageTestsOnSqlite(SqliteAppFactory f) : BookingPageTests(f), IClassFixture<SqliteAppFactory>;

public sealed class BookingPageTestsOnPostgres(PostgresAppFactory f) : BookingPageTests(f), IClassFixture<PostgresAppFactory>;
