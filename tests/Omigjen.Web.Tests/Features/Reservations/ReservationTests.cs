using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Reservations;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Reservations;

public abstract class ReservationTests(AppFactory factory)
{
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);

    private static async Task<(HttpResponseMessage Response, string? Code)> ReserveAsync(HttpClient client, int itemId, string? day = null)
    {
        var response = await client.SubmitAsync($"/varer/{itemId}/reserver", day is null ? null : new Dictionary<string, string> { ["Day"] = day });
        string? code = null;
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            var location = response.Headers.Location!.OriginalString;
            Assert.StartsWith("/konto/reservasjoner?ny=", location, StringComparison.Ordinal);
            code = location["/konto/reservasjoner?ny=".Length..];
        }
        return (response, code);
    }

    /// <summary>Posts the form on <paramref name="pageUrl"/> for <paramref name="handler"/> whose hidden id is <paramref name="reservationId"/>.</summary>
    private static async Task<HttpResponseMessage> PostRowAsync(HttpClient client, string pageUrl, string handler, int reservationId)
    {
        using var page = await client.GetAsync(pageUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var doc = await Forms.ParseAsync(page, pageUrl);
        var form = doc.QuerySelectorAll($"main form[action*='handler={handler}']").OfType<IHtmlFormElement>()
            .FirstOrDefault(f => f.QuerySelector($"input[name=id][value='{reservationId}']") is not null)
            ?? throw new Xunit.Sdk.XunitException($"No {handler} form for hold {reservationId} on {pageUrl}");
        return await client.PostFormAsync(form, new Dictionary<string, string>(), pageUrl);
    }

    [Fact]
    public async Task A_hold_gives_a_code_an_email_and_shows_in_the_portal()
    {
        // Open Monday to Friday; two opening days after Wednesday are Thursday and Friday. Friday is chosen.
        var (initiativeId, slug, owner) = await factory.PlaceAsync(0, "Mo-Fr 10:00-16:00", holdOpeningDays: 2);
        var itemId = await factory.ItemAsync(initiativeId);
        var (client, email) = await factory.ResidentAsync();

        var (response, code) = await ReserveAsync(client, itemId, "2026-12-04");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(code);

        var hold = Assert.Single(await factory.HoldsOnAsync(itemId));
        Assert.Equal(code, hold.Code);
        Assert.Equal(ReservationStatus.Active, hold.Status);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 16, 0, 0, Winter).UtcDateTime, DateTime.SpecifyKind(hold.ExpiresAt, DateTimeKind.Utc));
        var item = await factory.ItemRowAsync(itemId);
        Assert.Equal((0, 1, ItemStatus.Reserved), (item.Available, item.Quantity, item.Status));

        var mail = await factory.Mail.LatestToAsync(email);
        Assert.Contains(code!, mail.Subject, StringComparison.Ordinal);
        Assert.Contains($"Hentekode: {code}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Hentes innen fredag 4. desember kl. 16.00", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Pick up by Friday 4 December at 16:00", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Barnesykkel 16 tommer", mail.TextBody, StringComparison.Ordinal);
        var actorMail = await factory.Mail.LatestToAsync(owner);
        Assert.Contains(code!, actorMail.TextBody, StringComparison.Ordinal);

        var mine = await client.GetStringAsync($"/konto/reservasjoner?ny={code}");
        Assert.Contains("id=\"new-code\">" + code + "<", mine, StringComparison.Ordinal);
        Assert.Contains("fredag 4. desember kl. 16.00", mine, StringComparison.Ordinal);

        var actor = await factory.SignedInClientAsync(owner);
        var holds = await actor.GetStringAsync($"/portal/{slug}/reservasjoner");
        Assert.Contains(code!, holds, StringComparison.Ordinal);
        Assert.Contains(email, holds, StringComparison.Ordinal); // no name given: the e-mail address stands for the resident
        Assert.Contains(code!, await actor.GetStringAsync($"/portal/{slug}/reservasjoner?kode={code!.ToLowerInvariant()}"), StringComparison.Ordinal);
        var other = code == "222222" ? "333333" : "222222";
        Assert.DoesNotContain(code!, await actor.GetStringAsync($"/portal/{slug}/reservasjoner?kode={other}"), StringComparison.Ordinal);
        var bad = await actor.GetStringAsync($"/portal/{slug}/reservasjoner?kode=O0");
        Assert.Contains("Hentekode: skriv de 6 tegnene", bad, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_is_needed_and_missing_items_are_404()
    {
        var (id, _) = await factory.InitiativeAsync(1);
        var itemId = await factory.ItemAsync(id);
        using var anonymous = factory.NoRedirectClient();
        using var get = await anonymous.GetAsync($"/varer/{itemId}/reserver");
        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.Contains("/konto/logg-inn", get.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString($"/varer/{itemId}/reserver"), get.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var post = await anonymous.PostAsync($"/varer/{itemId}/reserver", new FormUrlEncodedContent([]));
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.Empty(await factory.HoldsOnAsync(itemId));

        var (client, _) = await factory.ResidentAsync();
        using var missing = await client.GetAsync("/varer/987654/reserver");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        // A post without the antiforgery token is refused and holds nothing.
        using var forged = await client.PostAsync($"/varer/{itemId}/reserver", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Empty(await factory.HoldsOnAsync(itemId));
    }

    [Fact]
    public async Task Unknown_hours_hold_for_48_hours_and_say_so()
    {
        var (id, _, _) = await factory.PlaceAsync(2, "");
        var itemId = await factory.ItemAsync(id);
        var (client, _) = await factory.ResidentAsync();
        var page = await client.GetStringAsync($"/varer/{itemId}/reserver");
        Assert.Contains("48 timer", page, StringComparison.Ordinal);
        var (response, _) = await ReserveAsync(client, itemId);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var hold = Assert.Single(await factory.HoldsOnAsync(itemId));
        Assert.Equal(factory.Clock.Now.UtcDateTime.AddHours(48), DateTime.SpecifyKind(hold.ExpiresAt, DateTimeKind.Utc));
    }

    [Fact]
    public async Task The_expiry_job_releases_the_unit_and_tells_both_sides()
    {
        var (id, _, owner) = await factory.PlaceAsync(3, "Mo-Fr 10:00-16:00");
        var itemId = await factory.ItemAsync(id);
        var (client, email) = await factory.ResidentAsync();
        var (response, code) = await ReserveAsync(client, itemId);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var job = factory.Services.GetRequiredService<ReservationExpiry>();
        try
        {
            // Thursday 15:59: not yet.
            factory.Clock.Now = new DateTimeOffset(2026, 12, 3, 15, 59, 0, Winter);
            await job.ExpireDueAsync();
            Assert.Equal(ReservationStatus.Active, Assert.Single(await factory.HoldsOnAsync(itemId)).Status);

            factory.Clock.Now = new DateTimeOffset(2026, 12, 3, 16, 0, 0, Winter);
            Assert.True(await job.ExpireDueAsync() >= 1);
            var hold = Assert.Single(await factory.HoldsOnAsync(itemId));
            Assert.Equal(ReservationStatus.Expired, hold.Status);
            Assert.NotNull(hold.ExpiryNoticeSentAt);
            var item = await factory.ItemRowAsync(itemId);
            Assert.Equal((1, 1, ItemStatus.Available), (item.Available, item.Quantity, item.Status));

            var residentMail = await factory.Mail.LatestToAsync(email, atLeast: 2);
            Assert.Contains("gått ut", residentMail.Subject, StringComparison.Ordinal);
            Assert.Contains(code!, residentMail.TextBody, StringComparison.Ordinal);
            var ownerMail = await factory.Mail.LatestToAsync(owner, atLeast: 2);
            Assert.Contains("utløpt", ownerMail.Subject, StringComparison.Ordinal);

            // A second run ends nothing more and sends nothing again.
            await job.ExpireDueAsync();
            await Task.Delay(300);
            Assert.Equal(2, factory.Mail.To(email).Count);
            Assert.Equal(2, factory.Mail.To(owner).Count);

            // The unit can be held again.
            var (again, _) = await ReserveAsync((await factory.ResidentAsync()).Client, itemId);
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        }
        finally
        {
            factory.Clock.Now = TestClock.Default;
        }
    }

    [Fact]
    public async Task A_resident_cancels_and_the_actor_is_told()
    {
        var (id, _, owner) = await factory.PlaceAsync(4, "Mo-Fr 10:00-16:00");
        var itemId = await factory.ItemAsync(id);
        var (client, _) = await factory.ResidentAsync();
        var (_, code) = await ReserveAsync(client, itemId);
        var hold = Assert.Single(await factory.HoldsOnAsync(itemId));

        using var page = await client.GetAsync("/konto/reservasjoner");
        var doc = await Forms.ParseAsync(page, "/konto/reservasjoner");
        var form = doc.QuerySelectorAll("main form[action*='handler=cancel']").OfType<IHtmlFormElement>()
            .Single(f => f.QuerySelector($"input[name=id][value='{hold.Id}']") is not null);
        using var cancelled = await client.PostFormAsync(form, new Dictionary<string, string>(), "/konto/reservasjoner");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(ReservationStatus.Cancelled, Assert.Single(await factory.HoldsOnAsync(itemId)).Status);
        var item = await factory.ItemRowAsync(itemId);
        Assert.Equal((1, ItemStatus.Available), (item.Available, item.Status));
        var mail = await factory.Mail.LatestToAsync(owner, atLeast: 2);
        Assert.Contains("avbestilt", mail.Subject, StringComparison.Ordinal);
        Assert.Contains(code!, mail.TextBody, StringComparison.Ordinal);

        // The same form again: already handled, 409, and the unit is not given back twice.
        using var twice = await client.PostFormAsync(form, new Dictionary<string, string>(), "/konto/reservasjoner");
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("allerede avsluttet", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, (await factory.ItemRowAsync(itemId)).Available);

        // Someone else cannot cancel another resident's hold.
        var (stranger, _) = await factory.ResidentAsync();
        var (_, otherCode) = await ReserveAsync(client, itemId);
        var other = (await factory.HoldsOnAsync(itemId)).Single(r => r.Code == otherCode);
        using var strangerPage = await stranger.GetAsync("/konto/reservasjoner");
        var strangerDoc = await Forms.ParseAsync(strangerPage, "/konto/reservasjoner");
        var token = strangerDoc.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        using var hijack = await stranger.PostAsync("/konto/reservasjoner?handler=cancel",
            new FormUrlEncodedContent([new("id", other.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, hijack.StatusCode);
        Assert.Equal(ReservationStatus.Active, (await factory.HoldsOnAsync(itemId)).Single(r => r.Id == other.Id).Status);
    }

    [Fact]
    public async Task Collecting_the_last_unit_makes_the_item_sold()
    {
        var (id, slug, owner) = await factory.PlaceAsync(5, "Mo-Fr 10:00-16:00");
        var itemId = await factory.ItemAsync(id, quantity: 2);
        var (first, _) = await factory.ResidentAsync();
        var (second, _) = await factory.ResidentAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await ReserveAsync(first, itemId)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ReserveAsync(second, itemId)).Response.StatusCode);
        var holds = await factory.HoldsOnAsync(itemId);
        var actor = await factory.SignedInClientAsync(owner);
        var url = $"/portal/{slug}/reservasjoner";

        using var one = await PostRowAsync(actor, url, "collect", holds[0].Id);
        Assert.Equal(HttpStatusCode.Redirect, one.StatusCode);
        var item = await factory.ItemRowAsync(itemId);
        Assert.Equal((0, 1, ItemStatus.Reserved), (item.Available, item.Quantity, item.Status));

        using var two = await PostRowAsync(actor, url, "collect", holds[1].Id);
        Assert.Equal(HttpStatusCode.Redirect, two.StatusCode);
        item = await factory.ItemRowAsync(itemId);
        Assert.Equal((0, 0, ItemStatus.Sold), (item.Available, item.Quantity, item.Status));
        Assert.All(await factory.HoldsOnAsync(itemId), h => Assert.Equal(ReservationStatus.Collected, h.Status));
        Assert.Contains("er merket som hentet", await actor.GetStringAsync(two.Headers.Location!.OriginalString), StringComparison.Ordinal);

        // A sold item cannot be held.
        var (late, _) = await factory.ResidentAsync();
        using var page = await late.GetAsync($"/varer/{itemId}/reserver");
        Assert.DoesNotContain("id=\"reserve\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collecting_one_of_several_keeps_the_rest_available()
    {
        var (id, slug, owner) = await factory.PlaceAsync(6, "Mo-Fr 10:00-16:00");
        var itemId = await factory.ItemAsync(id, quantity: 3);
        var (client, _) = await factory.ResidentAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await ReserveAsync(client, itemId)).Response.StatusCode);
        var actor = await factory.SignedInClientAsync(owner);
        using var done = await PostRowAsync(actor, $"/portal/{slug}/reservasjoner", "collect", Assert.Single(await factory.HoldsOnAsync(itemId)).Id);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var item = await factory.ItemRowAsync(itemId);
        Assert.Equal((2, 2, ItemStatus.Available), (item.Available, item.Quantity, item.Status));
    }

    [Fact]
    public async Task The_actor_releases_and_the_resident_is_told()
    {
        var (id, slug, owner) = await factory.PlaceAsync(7, "Mo-Fr 10:00-16:00");
        var itemId = await factory.ItemAsync(id);
        var (client, email) = await factory.ResidentAsync();
        var (_, code) = await ReserveAsync(client, itemId);
        var hold = Assert.Single(await factory.HoldsOnAsync(itemId));
        var actor = await factory.SignedInClientAsync(owner);
        var url = $"/portal/{slug}/reservasjoner";

        using var page = await actor.GetAsync(url);
        var doc = await Forms.ParseAsync(page, url);
        var form = doc.QuerySelectorAll("main form[action*='handler=release']").OfType<IHtmlFormElement>()
            .Single(f => f.QuerySelector($"input[name=id][value='{hold.Id}']") is not null);
        using var released = await actor.PostFormAsync(form, new Dictionary<string, string>(), url);
        Assert.Equal(HttpStatusCode.Redirect, released.StatusCode);
        Assert.Equal(ReservationStatus.Released, Assert.Single(await factory.HoldsOnAsync(itemId)).Status);
        var item = await factory.ItemRowAsync(itemId);
        Assert.Equal((1, 1, ItemStatus.Available), (item.Available, item.Quantity, item.Status));
        var mail = await factory.Mail.LatestToAsync(email, atLeast: 2);
        Assert.Contains("frigitt", mail.Subject, StringComparison.Ordinal);
        Assert.Contains(code!, mail.TextBody, StringComparison.Ordinal);

        using var twice = await actor.PostFormAsync(form, new Dictionary<string, string>(), url);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(1, (await factory.ItemRowAsync(itemId)).Available);

        // The resident's page lists it as released.
        Assert.Contains("Frigitt av stedet", await client.GetStringAsync("/konto/reservasjoner"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Holds_belong_to_members_and_only_owners_set_the_length()
    {
        var (id, slug, owner) = await factory.PlaceAsync(8, "Mo-Fr 10:00-16:00");
        var editorEmail = ReservationTestData.NewEmail("redaktor");
        var editor = await factory.CreateAsync(editorEmail);
        await factory.AddMemberAsync(id, editor.Id, MemberRole.Editor);
        var url = $"/portal/{slug}/reservasjoner";

        var (outsider, _) = await factory.ResidentAsync();
        using (var denied = await outsider.GetAsync(url)) AssertDenied(denied);
        using (var unknown = await outsider.GetAsync("/portal/finnes-ikke/reservasjoner")) Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        var editorClient = await factory.SignedInClientAsync(editorEmail);
        var editorPage = await editorClient.GetStringAsync(url);
        Assert.DoesNotContain("handler=days", editorPage, StringComparison.Ordinal);

        var ownerClient = await factory.SignedInClientAsync(owner);
        using var saved = await ownerClient.SubmitAsync(url, new Dictionary<string, string> { ["holdOpeningDays"] = "3" }, "main form[action*='handler=days']");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(3, await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Id == id).Select(i => i.HoldOpeningDays).SingleAsync()));

        using var wrong = await ownerClient.SubmitAsync(url, new Dictionary<string, string> { ["holdOpeningDays"] = "9" }, "main form[action*='handler=days']");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("skriv et helt tall fra 1 til 7", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(3, await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Id == id).Select(i => i.HoldOpeningDays).SingleAsync()));

        // An editor posting the owners' form (with a valid token from the owner's page) is refused.
        var ownerDoc = await Forms.ParseAsync(await editorClient.GetAsync("/konto"), "/konto");
        var editorToken = ownerDoc.QuerySelector("main input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        using var forbidden = await editorClient.PostAsync($"{url}?handler=days",
            new FormUrlEncodedContent([new("holdOpeningDays", "5"), new("__RequestVerificationToken", editorToken)]));
        AssertDenied(forbidden);
        Assert.Equal(3, await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Id == id).Select(i => i.HoldOpeningDays).SingleAsync()));

        // The new length applies to the next hold: three opening days after Wednesday to choose from, the last Monday.
        var itemId = await factory.ItemAsync(id);
        var (resident, _) = await factory.ResidentAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await ReserveAsync(resident, itemId, "2026-12-07")).Response.StatusCode);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 16, 0, 0, Winter).UtcDateTime,
            DateTime.SpecifyKind(Assert.Single(await factory.HoldsOnAsync(itemId)).ExpiresAt, DateTimeKind.Utc));
    }

    [Fact]
    public async Task A_fourth_active_hold_is_refused()
    {
        var (id, _, _) = await factory.PlaceAsync(1, "Mo-Fr 10:00-16:00");
        var items = new List<int>();
        for (var i = 0; i < 4; i++) items.Add(await factory.ItemAsync(id));
        var (client, _) = await factory.ResidentAsync();
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.Redirect, (await ReserveAsync(client, items[i])).Response.StatusCode);
        var (fourth, _) = await ReserveAsync(client, items[3]);
        Assert.Equal(HttpStatusCode.Conflict, fourth.StatusCode);
        Assert.Contains("Du har allerede 3 aktive reservasjoner", await fourth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await factory.HoldsOnAsync(items[3]));
        var item = await factory.ItemRowAsync(items[3]);
        Assert.Equal((1, ItemStatus.Available), (item.Available, item.Status)); // the refused hold took nothing
    }

    [Fact]
    public async Task Quantity_two_gives_two_holds_and_the_third_is_refused()
    {
        var (id, _, _) = await factory.PlaceAsync(2, "Mo-Fr 10:00-16:00");
        var itemId = await factory.ItemAsync(id, quantity: 2);
        var (a, _) = await factory.ResidentAsync();
        var (b, _) = await factory.ResidentAsync();
        var (c, _) = await factory.ResidentAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await ReserveAsync(a, itemId)).Response.StatusCode);
        Assert.Equal(ItemStatus.Available, (await factory.ItemRowAsync(itemId)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await ReserveAsync(b, itemId)).Response.StatusCode);
        var item = await factory.ItemRowAsync(itemId);
        Assert.Equal((0, 2, ItemStatus.Reserved), (item.Available, item.Quantity, item.Status));

        // The third resident loaded the page while a unit was free and posts after the last went.
        using var page = await c.GetAsync($"/varer/{itemId}/reserver");
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("id=\"reserve\"", html, StringComparison.Ordinal);
        var (late, _) = await factory.ResidentAsync();
        var third = await RaceAsync(late, itemId);
        Assert.Equal(HttpStatusCode.Conflict, third.StatusCode);
        var body = await third.Content.ReadAsStringAsync();
        Assert.Contains("Noen andre rakk å reservere den siste rett før deg", body, StringComparison.Ordinal);
        Assert.Contains($"href=\"/varer/{itemId}\"", body, StringComparison.Ordinal);
        Assert.Equal(2, (await factory.HoldsOnAsync(itemId)).Count);
    }

    private static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith("/konto/ingen-tilgang", location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>Posts the reserve form with a token from the resident's own account page (as the item page would carry it).</summary>
    private static async Task<HttpResponseMessage> RaceAsync(HttpClient client, int itemId)
    {
        using var page = await client.GetAsync("/konto");
        var doc = await Forms.ParseAsync(page, "/konto");
        var token = doc.QuerySelector("main input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        return await client.PostAsync($"/varer/{itemId}/reserver", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
    }
}

public sealed class ReservationTestsOnSqlite(SqliteAppFactory f) : ReservationTests(f), IClassFixture<SqliteAppFactory>;

public sealed class ReservationTestsOnPostgres(PostgresAppFactory f) : ReservationTests(f), IClassFixture<PostgresAppFactory>;
