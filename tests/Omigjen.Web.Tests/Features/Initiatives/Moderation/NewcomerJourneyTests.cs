using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Infrastructure.PortalTestData;

namespace Omigjen.Web.Tests.Features.Initiatives.Moderation;

/// <summary>
/// The whole way, through the forms as a browser submits them: a newcomer signs up and registers an initiative, an
/// administrator approves it, the actor sets the hours and presses "Stengt i dag", and the public map shows it closed.
/// </summary>
public abstract class NewcomerJourneyTests(AppFactory factory)
{
    [Fact]
    public async Task Register_approve_set_hours_close_today_and_the_map_shows_it_closed_at_once()
    {
        // Sign up and confirm.
        var email = $"nykommer-{Guid.NewGuid():N}@eksempel.no";
        var actor = factory.NoRedirectClient();
        using (await actor.SubmitAsync("/konto/registrer", Form(("Email", email), ("Password", TestUsers.Password)))) { }
        using (await actor.GetAsync(SmtpTestServer.LinkIn(await factory.Mail.LatestToAsync(email), "/konto/bekreft-epost"))) { }
        using (var signIn = await actor.SubmitAsync("/konto/logg-inn", Form(("Email", email), ("Password", TestUsers.Password))))
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        // Register.
        var name = $"Reparasjonskafé {Guid.NewGuid():N}"[..26];
        using (var reg = await actor.SubmitAsync("/portal/registrer", Form(("Form.Name", name), ("Form.ShortNb", "Vi reparerer klær og sykler."),
                   ("Form.Kinds[]", "Repair"), ("Form.Address", "Kirkeveien 10"), ("Form.Area", "Asker sentrum"))))
            Assert.Equal(HttpStatusCode.OK, reg.StatusCode);
        var created = await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Name == name).Select(i => new { i.Id, i.Slug }).SingleAsync());
        var (id, slug) = (created.Id, created.Slug);
        var requestId = await factory.WithDbAsync(db => db.ModerationRequests.Where(r => r.InitiativeId == id).Select(r => r.Id).SingleAsync());
        var anonymous = factory.CreateClient();
        using (var hidden = await anonymous.GetAsync($"/api/v1/initiatives/{slug}"))
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);

        // An administrator approves it.
        var adminEmail = $"admin-{Guid.NewGuid():N}@eksempel.no";
        await factory.CreateAsync(adminEmail, admin: true);
        var admin = await factory.SignedInClientAsync(adminEmail);
        using (var queue = await admin.GetAsync("/admin"))
        {
            var doc = await Forms.ParseAsync(queue, "/admin");
            var approve = doc.QuerySelectorAll("form[data-action=approve]").OfType<IHtmlFormElement>()
                .Single(f => f.QuerySelector("input[name=RequestId]")?.GetAttribute("value") == requestId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            using var approved = await admin.PostFormAsync(approve, Form(("Message", "Velkommen!")), "/admin");
            Assert.True(approved.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"Approve gave {(int)approved.StatusCode}");
        }
        var welcome = await factory.Mail.LatestToAsync(email, atLeast: 2);
        Assert.Contains($"/portal/{slug}", welcome.TextBody, StringComparison.Ordinal);

        // The actor sets the hours with the editor (the advanced field) and the map shows it open now (Wednesday 12:00).
        using (var hours = await actor.SubmitAsync($"/portal/{slug}/apningstider", Form(("mode", "advanced"), ("Raw", "Mo-Su 08:00-22:00")), "#hours-form"))
            Assert.Equal(HttpStatusCode.Redirect, hours.StatusCode);
        Assert.Contains(slug, await OpenNowSlugsAsync(anonymous));
        Assert.Equal("open", await StateAsync(anonymous, slug));

        // "Stengt i dag" from the portal's start page: closed at once, with the reason on the public page.
        using (var closed = await actor.SubmitAsync($"/portal/{slug}", Form(("Reason", "Sykdom")), "form.closed-today"))
            Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.DoesNotContain(slug, await OpenNowSlugsAsync(anonymous));
        Assert.Equal("closed", await StateAsync(anonymous, slug));
        using var page = await anonymous.GetAsync($"/initiativ/{slug}");
        Assert.Contains("Sykdom", (await Forms.ParseAsync(page, "/")).Body!.TextContent, StringComparison.Ordinal);
    }

    private static async Task<List<string>> OpenNowSlugsAsync(HttpClient client)
    {
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/initiatives?open=now&page_size=100")).RootElement;
        return json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!).ToList();
    }

    private static async Task<string?> StateAsync(HttpClient client, string slug) =>
        JsonDocument.Parse(await client.GetStringAsync($"/api/v1/initiatives/{slug}")).RootElement.GetProperty("stateNow").GetString();
}

public sealed class NewcomerJourneyTestsOnSqlite(SqliteAppFactory f) : NewcomerJourneyTests(f), IClassFixture<SqliteAppFactory>;

public sealed class NewcomerJourneyTestsOnPostgres(PostgresAppFactory f) : NewcomerJourneyTests(f), IClassFixture<PostgresAppFactory>;
