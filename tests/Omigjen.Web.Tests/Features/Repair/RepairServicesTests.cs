using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Repair.Services;
using Omigjen.Web.Tests.Features.Items;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Infrastructure.PortalTestData;

namespace Omigjen.Web.Tests.Features.Repair;

/// <summary>Repair services over HTTP: the price checks in the database, search, the portal, import, promises and access.</summary>
public abstract class RepairServicesTests(AppFactory factory)
{
    private async Task<(int Id, string Slug, HttpClient Owner)> PlaceAsync(string hours = "24/7", (double Lat, double Lon)? at = null,
        InitiativeStatus status = InitiativeStatus.Active)
    {
        var (id, slug) = await factory.NewInitiativeAsync(hours, at, status: status);
        var email = $"reparasjon-{Guid.NewGuid():N}@eksempel.no";
        var user = await factory.CreateAsync(email);
        await factory.AddMemberAsync(id, user.Id, MemberRole.Owner);
        return (id, slug, await factory.SignedInClientAsync(email));
    }

    private static List<string> Whats(System.Text.Json.JsonElement page) =>
        page.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("what").GetString()!).ToList();

    [Fact]
    public async Task The_database_refuses_a_price_that_does_not_fit_its_kind()
    {
        var (id, _) = await factory.NewInitiativeAsync();
        var bad = RepairTestData.Service(id, "Sko", kind: "Range", from: "100", to: "200");
        bad.PriceToNok = 50;
        await Assert.ThrowsAsync<DbUpdateException>(() => factory.AddRepairAsync(bad));
        var free = RepairTestData.Service(id, "Sko", kind: "Free", from: null);
        free.PriceFromNok = 10;
        await Assert.ThrowsAsync<DbUpdateException>(() => factory.AddRepairAsync(free));
        Assert.True(await factory.AddRepairAsync(RepairTestData.Service(id, "Sko", kind: "Free", from: null)) > 0);
    }

    [Fact]
    public async Task Search_finds_what_is_broken_by_the_words_people_use()
    {
        var (id, slug) = await factory.NewInitiativeAsync();
        await factory.AddRepairAsync(RepairTestData.Service(id, "Glidelås"));
        await factory.AddRepairAsync(RepairTestData.Service(id, "Punktering", GoodsCategory.Bikes, "Range", "150", "300"));
        await factory.AddRepairAsync(RepairTestData.Service(id, "Girjustering", GoodsCategory.Bikes));
        var client = factory.CreateClient();

        var zip = await client.GetJsonAsync($"/api/v1/repair-services?q=glidel%C3%A5s+jakke&initiative={slug}");
        Assert.Equal(["Glidelås"], Whats(zip));
        var puncture = await client.GetJsonAsync($"/api/v1/repair-services?q=sykkel+punktering&initiative={slug}");
        var whats = Whats(puncture);
        Assert.Equal("Punktering", whats[0]); // both words match; the gear adjustment only "sykkel" (its category)
        Assert.DoesNotContain("Glidelås", whats);
        Assert.Equal("150–300 kr", puncture.GetProperty("services")[0].GetProperty("price").GetString());

        using var page = await client.GetAsync($"/reparasjon?q=sykkel+punktering&initiative={slug}");
        var doc = await Forms.ParseAsync(page, "/reparasjon");
        Assert.Contains("Punktering", doc.QuerySelector("#repair-table tbody tr th")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Near_and_open_filters_leave_out_far_and_closed_places()
    {
        var (near, nearSlug) = await factory.NewInitiativeAsync("Mo-Fr 10:00-17:00", SearchTestData.AskerSentrum);
        var (far, _) = await factory.NewInitiativeAsync("24/7", SearchTestData.Tofte);
        var (closed, _) = await factory.NewInitiativeAsync("24/7", SearchTestData.AskerSentrum, status: InitiativeStatus.TemporarilyClosed);
        var marker = SearchTestData.Marker();
        foreach (var id in new[] { near, far, closed }) await factory.AddRepairAsync(RepairTestData.Service(id, $"{marker} reparasjon"));
        var client = factory.CreateClient();
        string Slugs(System.Text.Json.JsonElement p) => string.Join(",", p.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("initiativeSlug").GetString()).Order());

        var nearby = await client.GetJsonAsync($"/api/v1/repair-services?q={marker}&near=59.8336,10.4355&radius_km=5");
        Assert.Equal(2, nearby.GetProperty("total").GetInt32()); // Tofte is 30 km away
        var wednesdayNoon = await client.GetJsonAsync($"/api/v1/repair-services?q={marker}&near=59.8336,10.4355&radius_km=5&open=2026-12-09T12:00");
        Assert.Equal(nearSlug, Slugs(wednesdayNoon)); // the temporarily closed one is not open
        var wednesdayEvening = await client.GetJsonAsync($"/api/v1/repair-services?q={marker}&near=59.8336,10.4355&radius_km=5&open=2026-12-09T20:00");
        Assert.Equal(0, wednesdayEvening.GetProperty("total").GetInt32());
        await client.GetJsonAsync("/api/v1/repair-services?open=i+morgen", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_price_list_with_one_bad_row_imports_nothing_and_says_where()
    {
        var (id, slug, owner) = await PlaceAsync();
        var bad = "hva;kategori;pris;ventetid\nGlidelås;klær;250;3\nPunktering;sykler;300-150;1\n";
        var (response, page) = await UploadAsync(owner, slug, bad);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ingenting ble importert", page.QuerySelector("#import-counts")!.TextContent, StringComparison.Ordinal);
        var row = Assert.Single(page.QuerySelectorAll("#import-report tbody tr"));
        Assert.Equal(["3", "pris"], row.QuerySelectorAll("td").Take(2).Select(td => td.TextContent.Trim()));
        Assert.Equal(0, await factory.WithDbAsync(db => db.RepairServices.CountAsync(s => s.InitiativeId == id)));

        (_, page) = await UploadAsync(owner, slug, "hva;kategori;pris;ventetid\nGlidelås;klær;250;3\nPunktering;sykler;150–300;1\nLapping;klær;gratis;\n");
        Assert.Contains("3 nye", page.QuerySelector("#import-counts")!.TextContent, StringComparison.Ordinal);
        using var export = await owner.GetAsync($"/portal/{slug}/reparasjon/eksport");
        var csv = await export.Content.ReadAsStringAsync();
        Assert.Contains("Punktering;bikes;150-300;1", csv, StringComparison.Ordinal);
        // The export imports again as updates, not copies.
        (_, page) = await UploadAsync(owner, slug, csv);
        Assert.Contains("0 nye, 3 oppdatert", page.QuerySelector("#import-counts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_portal_form_names_each_problem_and_saves_a_valid_line()
    {
        var (id, slug, owner) = await PlaceAsync();
        var url = $"/portal/{slug}/reparasjon/ny";
        using var refused = await owner.SubmitAsync(url, Form(("Form.What", ""), ("Form.PriceKind", "Range"), ("Form.PriceFrom", "300"), ("Form.PriceTo", "100")));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var doc = await Forms.ParseAsync(refused, url);
        Assert.Equal(["#repair-what", "#repair-priceto"], doc.QuerySelectorAll("#feil a").Select(a => a.GetAttribute("href")));

        using var saved = await owner.SubmitAsync(url, Form(("Form.What", "Skjerm på mobil"), ("Form.Category", "Electronics"), ("Form.PriceKind", "Fixed"), ("Form.PriceFrom", "900")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var service = await factory.WithDbAsync(db => db.RepairServices.AsNoTracking().SingleAsync(s => s.InitiativeId == id));
        Assert.Equal(("Skjerm på mobil", 900, GoodsCategory.Electronics), (service.What, service.PriceFromNok!.Value, service.Category));

        using var archived = await owner.SubmitAsync($"/portal/{slug}/reparasjon", Form(("id", service.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))), $"form[action*='handler=archive']");
        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.RepairServices.Where(s => s.Id == service.Id).Select(s => s.Archived).SingleAsync()));
        var found = await factory.CreateClient().GetJsonAsync($"/api/v1/repair-services?initiative={slug}");
        Assert.Equal(0, found.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_member_of_another_initiative_cannot_edit_or_archive_the_line()
    {
        var (idA, slugA, _) = await PlaceAsync();
        var (idB, slugB, ownerB) = await PlaceAsync();
        var serviceId = await factory.AddRepairAsync(RepairTestData.Service(idA, "Glidelås"));
        await factory.AddRepairAsync(RepairTestData.Service(idB, "Sko"));
        using (var own = await ownerB.GetAsync($"/portal/{slugB}/reparasjon/{serviceId}"))
            Assert.Equal(HttpStatusCode.NotFound, own.StatusCode); // B's portal does not find A's line
        using (var other = await ownerB.GetAsync($"/portal/{slugA}/reparasjon/{serviceId}"))
            Assert.Null((await Forms.ParseAsync(other, "/portal")).QuerySelector("#repair-what")); // A's portal lets B nowhere
        var id = serviceId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using (var archive = await ownerB.SubmitAsync($"/portal/{slugB}/reparasjon", Form(("id", id)), "form[action*='handler=archive']"))
            Assert.Equal(HttpStatusCode.NotFound, archive.StatusCode);
        var service = await factory.WithDbAsync(db => db.RepairServices.AsNoTracking().SingleAsync(s => s.Id == serviceId));
        Assert.Equal(("Glidelås", false, idA), (service.What, service.Archived, service.InitiativeId));
    }

    [Fact]
    public async Task The_promise_shows_on_items_of_its_category_and_not_on_others()
    {
        var (id, slug) = await factory.NewInitiativeAsync();
        await factory.AddRepairAsync(RepairTestData.Service(id, "Skiservice", GoodsCategory.SportsOutdoors, promise: true));
        var ski = await factory.AddItemAsync(id, new Item { Title = "Brukte langrennski", Category = GoodsCategory.SportsOutdoors, PriceNok = 300 });
        var sofa = await factory.AddItemAsync(id, new Item { Title = "Sofa", Category = GoodsCategory.Furniture, PriceNok = 300 });
        var client = factory.CreateClient();

        using var skiPage = await client.GetAsync($"/varer/{ski}");
        var promise = (await Forms.ParseAsync(skiPage, "/varer")).QuerySelector("#repair-promises .repair-promise");
        Assert.Equal("Forbrukerrettighet: gratis justering av brukte ski kjøpt her innen 30 dager etter kjøpet", promise?.TextContent.Trim());
        using var sofaPage = await client.GetAsync($"/varer/{sofa}");
        Assert.Null((await Forms.ParseAsync(sofaPage, "/varer")).QuerySelector("#repair-promises"));

        using var initiativePage = await client.GetAsync($"/initiativ/{slug}");
        var repairs = (await Forms.ParseAsync(initiativePage, "/initiativ")).QuerySelector("#reparasjoner");
        Assert.Contains("Skiservice", repairs?.TextContent, StringComparison.Ordinal);
    }

    private static async Task<(HttpResponseMessage, AngleSharp.Dom.IDocument)> UploadAsync(HttpClient client, string slug, string csv)
    {
        var url = $"/portal/{slug}/reparasjon/import";
        using var get = await client.GetAsync(url);
        var form = await Forms.ParseAsync(get, url);
        var token = form.QuerySelector("form[enctype='multipart/form-data'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var bytes = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        bytes.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        content.Add(bytes, "Upload", "priser.csv");
        var response = await client.PostAsync(url, content);
        return (response, await Forms.ParseAsync(response, url));
    }
}

public sealed class RepairServicesTestsOnSqlite(SqliteAppFactory f) : RepairServicesTests(f), IClassFixture<SqliteAppFactory>;

public sealed class RepairServicesTestsOnPostgres(PostgresAppFactory f) : RepairServicesTests(f), IClassFixture<PostgresAppFactory>;
