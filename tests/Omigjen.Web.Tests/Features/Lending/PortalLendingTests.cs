using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Lending.Bookings;
using Omigjen.Web.Features.Lending.Catalogue;
using Omigjen.Web.Tests.Features.Reservations;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Infrastructure.PortalTestData;

namespace Omigjen.Web.Tests.Features.Lending;

/// <summary>Helpers for the staff-side lending tests: bookings made through the service, rows read back, denials.</summary>
internal static class StaffLending
{
    /// <summary>Books through <see cref="BookingService.BookAsync"/> for a new resident (or <paramref name="userId"/>); fails the test unless booked.</summary>
    public static async Task<Booking> StaffBookAsync(this AppFactory factory, int typeId, DateTimeOffset pickup, DateTimeOffset returnBy,
        string? label = null, string? coBorrowerName = null, int? coBorrowerAge = null, string? userId = null)
    {
        userId ??= (await factory.CreateAsync(ReservationTestData.NewEmail("laaner"))).Id;
        await using var scope = factory.Services.CreateAsyncScope();
        var lending = scope.ServiceProvider.GetRequiredService<BookingService>();
        var result = await lending.BookAsync(new BookingRequest(typeId, label, pickup, returnBy)
        {
            CoBorrowerName = coBorrowerName, CoBorrowerAge = coBorrowerAge,
        }, userId);
        Assert.True(result.Outcome == BookingOutcome.Done, $"{result.Outcome}: {string.Join("; ", result.Problems.Select(p => p.Nb))}");
        return result.Booking!;
    }

    public static Task<Booking> StaffBookingAsync(this AppFactory factory, int id) =>
        factory.WithDbAsync(db => db.Bookings.AsNoTracking().SingleAsync(b => b.Id == id));

    public static Task<LendingUnit> StaffUnitAsync(this AppFactory factory, int id) =>
        factory.WithDbAsync(db => db.LendingUnits.AsNoTracking().SingleAsync(u => u.Id == id));

    /// <summary>A signed-in member who was refused: sent to the "no access" page.</summary>
    public static void AssertDenied(HttpResponseMessage response, string what)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/konto/ingen-tilgang", StringComparison.Ordinal),
            $"{what} gave {(int)response.StatusCode} {response.Headers.Location}");
    }

    /// <summary>Posts <paramref name="form"/> (with its antiforgery token) to another address, as a tampered page would.</summary>
    public static async Task<HttpResponseMessage> PostElsewhereAsync(this HttpClient client, string pageUrl, string formSelector, string target,
        Dictionary<string, string>? values = null)
    {
        using var page = await client.GetAsync(pageUrl);
        Assert.True(page.IsSuccessStatusCode, $"GET {pageUrl} gave {(int)page.StatusCode}");
        var doc = await Forms.ParseAsync(page, pageUrl);
        var form = (IHtmlFormElement)(doc.QuerySelector(formSelector) ?? throw new Xunit.Sdk.XunitException($"No {formSelector} on {pageUrl}"));
        form.SetAttribute("action", target);
        return await client.PostFormAsync(form, values ?? [], pageUrl);
    }

    public static async Task<string> TextAsync(HttpResponseMessage response, string url = "/") =>
        (await Forms.ParseAsync(response, url)).Body!.TextContent;
}

/// <summary>The staff's catalogue: types with units made and edited through the portal forms, unit states, and access.</summary>
public abstract class PortalLendingTests(AppFactory factory)
{
    private static string Unique(string name) => $"{name} {Guid.NewGuid():N}"[..(name.Length + 9)];

    /// <summary>The search terms a type with this name and description gets.</summary>
    private static string Indexed(string name, string description)
    {
        var expected = new LendingType { Name = name, Description = description };
        LendingIndexing.Apply(expected);
        Assert.NotEqual(" ", expected.SearchTerms);
        return expected.SearchTerms;
    }

    [Fact]
    public async Task The_owner_creates_a_type_with_its_units_and_terms_through_the_form()
    {
        var place = await factory.LendingPlaceAsync();
        var client = await factory.SignedInClientAsync(place.OwnerEmail);
        var name = Unique("Slalåmski");
        using var saved = await client.SubmitAsync($"/portal/{place.Slug}/utlan/ny", Form(
            ("Form.Name", name), ("Form.Description", "Med bindinger og staver."), ("Form.Category", "SportsOutdoors"),
            ("Form.PriceKind", "PerDay"), ("Form.Price", "50"), ("Form.Deposit", "200 kr"), ("Form.MaxDays", "5"), ("Form.LeadTimeHours", "2"),
            ("Form.PickupMode", "staffed"), ("Form.StaffedHours", "Tu,Th 17:00-19:00"), ("Form.SelfService", "true"),
            ("Form.Units", "150 cm, 150 cm,160 cm; Nr. 1,5")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var type = await factory.WithDbAsync(db => db.LendingTypes.AsNoTracking().Include(t => t.Units).SingleAsync(t => t.Name == name));
        Assert.Equal($"/portal/{place.Slug}/utlan/{type.Id}?lagret=ny", saved.Headers.Location!.OriginalString);
        Assert.Equal(place.InitiativeId, type.InitiativeId);
        Assert.Equal((LendingPriceKind.PerDay, 50, 200, 5, 2), (type.PriceKind, type.PriceNok, type.DepositNok, type.MaxDays, type.LeadTimeHours));
        Assert.Equal("Tu,Th 17:00-19:00", type.StaffedHours);
        Assert.True(type.SelfService);
        Assert.False(type.Archived);
        Assert.Equal(Indexed(name, "Med bindinger og staver."), type.SearchTerms);
        var location = await factory.WithDbAsync(db => db.InitiativeLocations.AsNoTracking().Where(l => l.InitiativeId == place.InitiativeId).OrderBy(l => l.Id).FirstAsync());
        Assert.Equal((location.Latitude, location.Longitude), (type.Latitude, type.Longitude));
        Assert.Equal(["150 cm", "150 cm", "160 cm", "Nr. 1,5"], type.Units.OrderBy(u => u.Id).Select(u => u.Label));
        Assert.Equal(["150cm", "150cm", "160cm", "nr.1,5"], type.Units.OrderBy(u => u.Id).Select(u => u.LabelKey));
        Assert.All(type.Units, u => Assert.Equal(LendingUnitState.Available, u.State));

        using var page = await client.GetAsync(saved.Headers.Location.OriginalString);
        var doc = await Forms.ParseAsync(page, saved.Headers.Location.OriginalString);
        Assert.Contains("Typen er lagret", doc.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, doc.QuerySelectorAll("form[id^=unit-form-]").Length);
        using var list = await client.GetAsync($"/portal/{place.Slug}/utlan");
        Assert.Contains(name, await StaffLending.TextAsync(list), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_fields_are_named_in_both_languages_and_nothing_is_saved()
    {
        var place = await factory.LendingPlaceAsync();
        var client = await factory.SignedInClientAsync(place.OwnerEmail);
        var before = await factory.WithDbAsync(db => db.LendingTypes.CountAsync(t => t.InitiativeId == place.InitiativeId));
        var url = $"/portal/{place.Slug}/utlan/ny";
        using var refused = await client.SubmitAsync(url, Form(("Form.Name", " "), ("Form.PriceKind", "PerWeek"), ("Form.Price", ""),
            ("Form.MaxDays", "91"), ("Form.PickupMode", "staffed"), ("Form.StaffedHours", "Tu 17:00-"), ("Form.Units", "")));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var doc = await Forms.ParseAsync(refused, url);
        var summary = doc.QuerySelector("#feil")!;
        var links = summary.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#type-name", "#type-price", "#type-max-days", "#type-staffed", "#type-units"], links);
        Assert.Contains("Lengste utlån", summary.TextContent, StringComparison.Ordinal);
        Assert.True(summary.TextContent.Contains("Feilen står her", StringComparison.Ordinal) || summary.TextContent.Contains("Det mangler noe på slutten", StringComparison.Ordinal), summary.TextContent);
        foreach (var id in new[] { "type-name", "type-price", "type-max-days", "type-staffed", "type-units" })
            Assert.Equal("true", doc.GetElementById(id)!.GetAttribute("aria-invalid"));
        // What was typed stays in the form.
        Assert.Equal("Tu 17:00-", doc.GetElementById("type-staffed")!.GetAttribute("value"));
        Assert.Equal(before, await factory.WithDbAsync(db => db.LendingTypes.CountAsync(t => t.InitiativeId == place.InitiativeId)));

        using var english = await client.SubmitAsync(url + "?lang=en", Form(("Form.Name", ""), ("Form.Units", "x")));
        var englishText = (await Forms.ParseAsync(english, url)).QuerySelector("#feil")!.TextContent;
        Assert.Contains("Name: say what is lent", englishText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_type_is_edited_archived_and_gets_more_units()
    {
        var place = await factory.LendingPlaceAsync();
        var client = await factory.SignedInClientAsync(place.OwnerEmail);
        var url = $"/portal/{place.Slug}/utlan/{place.TypeId}";
        var name = Unique("Truger");
        using var saved = await client.SubmitAsync(url, Form(("Form.Name", name), ("Form.PriceKind", "Free"), ("Form.MaxDays", "14"), ("Form.Archived", "true")), "#type-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var type = await factory.WithDbAsync(db => db.LendingTypes.AsNoTracking().SingleAsync(t => t.Id == place.TypeId));
        Assert.Equal((name, 14, true), (type.Name, type.MaxDays, type.Archived));
        Assert.Equal(Indexed(name, type.Description), type.SearchTerms);

        using var inUse = await client.GetAsync($"/portal/{place.Slug}/utlan");
        Assert.DoesNotContain(name, await StaffLending.TextAsync(inUse), StringComparison.Ordinal);
        using var archived = await client.GetAsync($"/portal/{place.Slug}/utlan?arkiv=1");
        Assert.Contains(name, await StaffLending.TextAsync(archived), StringComparison.Ordinal);

        using var added = await client.SubmitAsync(url, Form(("newUnits", "170 cm, 1,5 m")), "#add-units");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var labels = await factory.WithDbAsync(db => db.LendingUnits.Where(u => u.TypeId == place.TypeId).OrderBy(u => u.Id).Select(u => u.Label).ToListAsync());
        Assert.Equal(["150 cm", "160 cm", "170 cm", "1,5 m"], labels);

        using var empty = await client.SubmitAsync(url, Form(("newUnits", " , ")), "#add-units");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Nye enheter", (await Forms.ParseAsync(empty, url)).QuerySelector("#feil")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Maintenance_moves_a_coming_booking_to_a_free_unit_of_the_same_size_and_cancels_it_when_there_is_none()
    {
        var place = await factory.LendingPlaceAsync(labels: ["150 cm", "150 cm", "160 cm"]);
        var client = await factory.SignedInClientAsync(place.OwnerEmail);
        var booking = await factory.StaffBookAsync(place.TypeId, LendingTestData.Oslo(2026, 12, 5, 10), LendingTestData.Oslo(2026, 12, 7, 12), "150 cm");
        var first = booking.UnitId;
        var other = place.UnitIds.Single(id => id != first && id != place.UnitIds[2]);
        var url = $"/portal/{place.Slug}/utlan/{place.TypeId}";

        using var toMaintenance = await client.SubmitAsync(url, Form(("state", "Maintenance"), ("note", "Bindingen er løs")), $"#unit-form-{first}");
        Assert.Equal(HttpStatusCode.Redirect, toMaintenance.StatusCode);
        var moved = await factory.StaffBookingAsync(booking.Id);
        Assert.Equal((other, BookingStatus.Booked), (moved.UnitId, moved.Status));
        var unit = await factory.StaffUnitAsync(first);
        Assert.Equal((LendingUnitState.Maintenance, "Bindingen er løs"), (unit.State, unit.StateNote));
        using var after = await client.GetAsync(toMaintenance.Headers.Location!.OriginalString);
        Assert.Contains("1 bestilling flyttet til en annen enhet av samme størrelse, 0 avlyst", (await Forms.ParseAsync(after, url)).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);

        // The other 150 cm retired: no free unit of the size is left (160 cm is another size), so the booking is cancelled.
        using var retired = await client.SubmitAsync(url, Form(("state", "Retired"), ("note", "")), $"#unit-form-{other}");
        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);
        var cancelled = await factory.StaffBookingAsync(booking.Id);
        Assert.Equal(BookingStatus.Cancelled, cancelled.Status);
        Assert.NotNull(cancelled.CancelledAt);
        using var notice = await client.GetAsync(retired.Headers.Location!.OriginalString);
        Assert.Contains("0 bestillinger flyttet til en annen enhet av samme størrelse, 1 avlyst", (await Forms.ParseAsync(notice, url)).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);

        // Back to available, and relabelled in the same form.
        using var back = await client.SubmitAsync(url, Form(("label", "155  cm"), ("state", "Available"), ("note", "")), $"#unit-form-{first}");
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        unit = await factory.StaffUnitAsync(first);
        Assert.Equal(("155 cm", "155cm", LendingUnitState.Available, (string?)null), (unit.Label, unit.LabelKey, unit.State, unit.StateNote));

        using var badLabel = await client.SubmitAsync(url, Form(("label", "")), $"#unit-form-{first}");
        Assert.Equal(HttpStatusCode.BadRequest, badLabel.StatusCode);
        Assert.Equal($"#unit-{first}-label", (await Forms.ParseAsync(badLabel, url)).QuerySelector("#feil a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_member_of_another_initiative_is_refused_every_page_and_post_and_cannot_reach_its_rows_through_their_own()
    {
        var a = await factory.LendingPlaceAsync();
        var b = await factory.LendingPlaceAsync();
        var booking = await factory.StaffBookAsync(a.TypeId, LendingTestData.Oslo(2026, 12, 2, 14), LendingTestData.Oslo(2026, 12, 3, 12));
        var stranger = await factory.SignedInClientAsync(b.OwnerEmail);
        var pagesOfA = new[]
        {
            $"/portal/{a.Slug}/utlan", $"/portal/{a.Slug}/utlan/ny", $"/portal/{a.Slug}/utlan/{a.TypeId}", $"/portal/{a.Slug}/utlan/skranke",
            $"/portal/{a.Slug}/utlan/skranke?kode={booking.Code}", $"/portal/{a.Slug}/utlan/utlant", $"/portal/{a.Slug}/utlan/statistikk",
            $"/portal/{a.Slug}/utlan/statistikk?handler=csv",
        };
        foreach (var url in pagesOfA)
        {
            using var response = await stranger.GetAsync(url);
            StaffLending.AssertDenied(response, "GET " + url);
        }

        // Posts with a valid token of the stranger's own, aimed at A's pages.
        var own = $"/portal/{b.Slug}/utlan/{b.TypeId}";
        var posts = new (string Page, string Form, string Target, Dictionary<string, string> Values)[]
        {
            ($"/portal/{b.Slug}/utlan/ny", "main form[method=post]", $"/portal/{a.Slug}/utlan/ny", Form(("Form.Name", "Inntrenger"), ("Form.Units", "1"))),
            (own, "#type-form", $"/portal/{a.Slug}/utlan/{a.TypeId}", Form(("Form.Name", "Inntrenger"))),
            (own, "#add-units", $"/portal/{a.Slug}/utlan/{a.TypeId}?handler=addunits", Form(("newUnits", "999 cm"))),
            (own, $"#unit-form-{b.UnitIds[0]}", $"/portal/{a.Slug}/utlan/{a.TypeId}?handler=unit", Form(("unitId", a.UnitIds[0].ToString(System.Globalization.CultureInfo.InvariantCulture)), ("state", "Retired"))),
            (own, "#photo-form", $"/portal/{a.Slug}/utlan/{a.TypeId}?handler=photo", Form(("PhotoAlt", "x"))),
            ($"/portal/{b.Slug}/utlan/skranke", "#walkin-form", $"/portal/{a.Slug}/utlan/skranke?handler=walkin", Form(("WalkInUnit", a.UnitIds[1].ToString(System.Globalization.CultureInfo.InvariantCulture)), ("WalkInName", "Inntrenger"))),
        };
        foreach (var (page, form, target, values) in posts)
        {
            using var response = await stranger.PostElsewhereAsync(page, form, target, values);
            StaffLending.AssertDenied(response, "POST " + target);
        }

        // Through their own initiative's pages, A's rows are not found.
        using var foreignType = await stranger.GetAsync($"/portal/{b.Slug}/utlan/{a.TypeId}");
        Assert.Equal(HttpStatusCode.NotFound, foreignType.StatusCode);
        using var foreignUnit = await stranger.SubmitAsync(own, Form(("unitId", a.UnitIds[0].ToString(System.Globalization.CultureInfo.InvariantCulture)), ("state", "Retired")), $"#unit-form-{b.UnitIds[0]}");
        Assert.Equal(HttpStatusCode.NotFound, foreignUnit.StatusCode);
        using var foreignCode = await stranger.GetAsync($"/portal/{b.Slug}/utlan/skranke?kode={booking.Code}");
        var foreignDoc = await Forms.ParseAsync(foreignCode, "/");
        Assert.Null(foreignDoc.GetElementById("found"));
        Assert.Contains($"Fant ingen booking med koden {booking.Code}", foreignDoc.GetElementById("problem")!.TextContent, StringComparison.Ordinal);
        using var checkout = await stranger.PostElsewhereAsync($"/portal/{b.Slug}/utlan/skranke", "#walkin-form",
            $"/portal/{b.Slug}/utlan/skranke?handler=checkout", Form(("code", booking.Code)));
        Assert.Equal(HttpStatusCode.NotFound, checkout.StatusCode);
        using var walkIn = await stranger.SubmitAsync($"/portal/{b.Slug}/utlan/skranke", Form(("WalkInUnit", a.UnitIds[1].ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("WalkInName", "Inntrenger"), ("WalkInDate", "2026-12-03"), ("WalkInTime", "12:00")), "#walkin-form");
        Assert.Equal(HttpStatusCode.NotFound, walkIn.StatusCode);
        using var checkIn = await stranger.PostElsewhereAsync($"/portal/{b.Slug}/utlan/skranke", "#walkin-form",
            $"/portal/{b.Slug}/utlan/utlant?handler=checkin", Form(("bookingId", booking.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(HttpStatusCode.NotFound, checkIn.StatusCode);
        using var stats = await stranger.GetAsync($"/portal/{b.Slug}/utlan/statistikk?type={a.TypeId}");
        Assert.Equal(HttpStatusCode.NotFound, stats.StatusCode);

        // Nothing of A's changed.
        Assert.Equal(BookingStatus.Booked, (await factory.StaffBookingAsync(booking.Id)).Status);
        Assert.Equal(LendingUnitState.Available, (await factory.StaffUnitAsync(a.UnitIds[0])).State);
        Assert.Equal(2, await factory.WithDbAsync(db => db.LendingUnits.CountAsync(u => u.TypeId == a.TypeId)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.LendingTypes.CountAsync(t => t.InitiativeId == a.InitiativeId)));
        Assert.Single(await factory.BookingsOfTypeAsync(a.TypeId));
    }
}

public sealed class PortalLendingTestsOnSqlite(SqliteAppFactory f) : PortalLendingTests(f), IClassFixture<SqliteAppFactory>;

public sealed class PortalLendingTestsOnPostgres(PostgresAppFactory f) : PortalLendingTests(f), IClassFixture<PostgresAppFactory>;
