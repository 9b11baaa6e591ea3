using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Infrastructure.PortalTestData;

namespace Omigjen.Web.Tests.Features.Initiatives.Editor;

/// <summary>A place's pin: an area's centre is marked approximate until the actor sets the pin; the officer sees which.</summary>
public abstract class PinTests(AppFactory factory)
{
    private static string NewEmail(string prefix) => $"{prefix}-{Guid.NewGuid():N}@eksempel.no";

    private async Task<(HttpClient Client, string UserId, InitiativeLocation Place, string Slug)> RegisterAsync(params (string Key, string Value)[] place)
    {
        var email = NewEmail("pin");
        var user = await factory.CreateAsync(email);
        var client = await factory.SignedInClientAsync(email);
        var name = $"Nålverksted {Guid.NewGuid():N}"[..26];
        var values = Form(("Form.Name", name), ("Form.ShortNb", "Vi syr om klær og lapper jakker."), ("Form.Kinds[]", "Repair"),
            ("Form.Address", "Sømveien 3"), ("Form.PostalCode", "3440"), ("Message", "Nytt sted."));
        foreach (var (k, v) in place) values[k] = v;
        using var ok = await client.SubmitAsync("/portal/registrer", values);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var created = await factory.WithDbAsync(db => db.Initiatives.AsNoTracking().Include(i => i.Locations).SingleAsync(i => i.Name == name));
        return (client, user.Id, created.Locations.Single(), created.Slug);
    }

    private Task<InitiativeLocation> PlaceAsync(string slug) =>
        factory.WithDbAsync(db => db.InitiativeLocations.AsNoTracking().SingleAsync(l => db.Initiatives.Any(i => i.Slug == slug && i.Id == l.InitiativeId)));

    [Fact]
    public async Task Coordinates_set_in_the_form_are_saved_and_marked_as_set_while_an_area_centre_is_approximate()
    {
        var (_, _, exact, _) = await RegisterAsync(("Form.Latitude", "59,74512"), ("Form.Longitude", "10.39876"));
        Assert.Equal((59.74512, 10.39876, false), (exact.Latitude, exact.Longitude, exact.PositionApproximate));

        var (client, userId, approximate, slug) = await RegisterAsync(("Form.Area", "Asker sentrum"));
        Assert.True(approximate.PositionApproximate);

        var initiativeId = await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Slug == slug).Select(i => i.Id).SingleAsync());
        await factory.AddMemberAsync(initiativeId, userId, MemberRole.Owner);
        var url = $"/portal/{slug}/rediger";
        var page = await client.GetDocumentAsync(url);
        Assert.Contains("omtrentlig", page.QuerySelector("#pin-status")!.TextContent, StringComparison.Ordinal);
        var picker = page.QuerySelector(".pin-picker")!;
        Assert.Equal(("f-Latitude", "f-Longitude"), (picker.GetAttribute("data-lat-field"), picker.GetAttribute("data-lon-field")));
        Assert.NotNull(page.QuerySelector("label[for=f-Latitude]"));

        // Saved with the fields as shown: the centre stays approximate.
        using (var same = await client.SubmitAsync(url, Form()))
            Assert.Equal(HttpStatusCode.Redirect, same.StatusCode);
        Assert.True((await PlaceAsync(slug)).PositionApproximate);

        using (var moved = await client.SubmitAsync(url, Form(("Form.Latitude", "59.836012"), ("Form.Longitude", "10.437755"))))
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var place = await PlaceAsync(slug);
        Assert.Equal((59.836012, 10.437755, false), (place.Latitude, place.Longitude, place.PositionApproximate));
        page = await client.GetDocumentAsync(url);
        Assert.DoesNotContain("omtrentlig", page.QuerySelector("#pin-status")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_moderation_card_shows_the_address_the_description_and_the_pin()
    {
        var (_, _, place, slug) = await RegisterAsync(("Form.Area", "Asker sentrum"));
        var adminEmail = NewEmail("admin");
        await factory.CreateAsync(adminEmail, admin: true);
        var admin = await factory.SignedInClientAsync(adminEmail);
        var requestId = await factory.WithDbAsync(db => db.ModerationRequests.Where(r => db.Initiatives.Any(i => i.Id == r.InitiativeId && i.Slug == slug)).Select(r => r.Id).SingleAsync());

        AngleSharp.Dom.IElement? card = null;
        string? url = "/admin";
        for (var pages = 0; url is not null && card is null && pages < 50; pages++)
        {
            var doc = await admin.GetDocumentAsync(url);
            card = doc.QuerySelector($"li[data-request='{requestId}']");
            url = doc.QuerySelector("nav.list-pager a[rel=next]")?.GetAttribute("href");
        }
        Assert.NotNull(card);
        var text = card.TextContent;
        Assert.Contains("Sømveien 3, 3440", card.QuerySelector(".admin-address")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Vi syr om klær og lapper jakker.", card.QuerySelector(".admin-description")!.TextContent, StringComparison.Ordinal);
        var coords = $"{place.Latitude.ToString("0.#####", CultureInfo.InvariantCulture)}, {place.Longitude.ToString("0.#####", CultureInfo.InvariantCulture)}";
        Assert.Equal(coords, card.QuerySelector(".admin-coords")!.TextContent);
        Assert.Contains("omtrentlig", card.QuerySelector(".admin-pin")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("mlat=", card.QuerySelector(".admin-place a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("Nytt sted.", text, StringComparison.Ordinal);
    }
}

public sealed class PinTestsOnSqlite(SqliteAppFactory f) : PinTests(f), IClassFixture<SqliteAppFactory>;

public sealed class PinTestsOnPostgres(PostgresAppFactory f) : PinTests(f), IClassFixture<PostgresAppFactory>;
