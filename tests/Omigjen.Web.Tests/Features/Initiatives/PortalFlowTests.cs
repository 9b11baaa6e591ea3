using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Infrastructure.PortalTestData;

namespace Omigjen.Web.Tests.Features.Initiatives;

public abstract class PortalFlowTests(AppFactory factory)
{
    private static string NewEmail(string prefix) => $"{prefix}-{Guid.NewGuid():N}@eksempel.no";

    [Fact]
    public async Task Registering_an_initiative_makes_it_pending_and_hidden_until_approved()
    {
        var email = NewEmail("aktor");
        await factory.CreateAsync(email);
        var client = await factory.SignedInClientAsync(email);
        using var bad = await client.SubmitAsync("/portal/registrer", Form(("Form.Name", ""), ("Form.Address", "")));
        var badDoc = await Forms.ParseAsync(bad, "/portal/registrer");
        var errors = badDoc.QuerySelector("#feil")!.TextContent;
        Assert.Contains("Navn", errors, StringComparison.Ordinal);
        Assert.Contains("Type tilbud", errors, StringComparison.Ordinal);
        Assert.Contains("Område", errors, StringComparison.Ordinal);

        var name = $"Syklubben {Guid.NewGuid():N}"[..24];
        using var ok = await client.SubmitAsync("/portal/registrer", Form(("Form.Name", name), ("Form.ShortNb", "Vi fikser sykler."),
            ("Form.Kinds[]", "Repair"), ("Form.Categories[]", "Bikes"), ("Form.Address", "Torvet 1"), ("Form.PostalCode", "1383"),
            ("Form.Area", "Asker sentrum"), ("Message", "Vi er frivillige.")));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var created = await factory.WithDbAsync(db => db.Initiatives.Include(i => i.Locations).SingleAsync(i => i.Name == name));
        Assert.Equal(ModerationState.Pending, created.Moderation);
        Assert.Equal(59.8336, created.Locations.Single().Latitude, 4);
        var request = await factory.WithDbAsync(db => db.ModerationRequests.SingleAsync(r => r.InitiativeId == created.Id));
        Assert.Equal(ModerationKind.Registration, request.Kind);
        Assert.Equal("Vi er frivillige.", request.Message);
        using var api = await factory.CreateClient().GetAsync($"/api/v1/initiatives/{created.Slug}");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        using var portal = await client.GetAsync("/portal");
        Assert.Contains(name, await portal.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claim_request_is_queued_once()
    {
        var email = NewEmail("overta");
        await factory.CreateAsync(email);
        var (id, slug) = await factory.InitiativeAsync(0);
        var client = await factory.SignedInClientAsync(email);
        using var empty = await client.SubmitAsync($"/portal/overta/{slug}", Form(("Message", "")));
        Assert.NotNull((await Forms.ParseAsync(empty, "/")).QuerySelector("#feil"));
        using var first = await client.SubmitAsync($"/portal/overta/{slug}", Form(("Message", "Jeg driver butikken.")));
        using var second = await client.SubmitAsync($"/portal/overta/{slug}", Form(("Message", "Igjen.")));
        Assert.Contains("allerede en forespørsel", (await Forms.ParseAsync(second, "/")).Body!.TextContent, StringComparison.Ordinal);
        var requests = await factory.WithDbAsync(db => db.ModerationRequests.CountAsync(r => r.InitiativeId == id && r.Kind == ModerationKind.Claim && r.Message == "Jeg driver butikken."));
        Assert.Equal(1, requests);
    }

    [Fact]
    public async Task An_edit_is_a_revision_and_shows_publicly_at_once()
    {
        var email = NewEmail("redaktor");
        var user = await factory.CreateAsync(email);
        var (id, slug) = await factory.InitiativeAsync(1);
        await factory.AddMemberAsync(id, user.Id, MemberRole.Editor);
        var anonymous = factory.CreateClient();
        _ = await anonymous.GetStringAsync($"/api/v1/initiatives/{slug}"); // warm the cache
        var client = await factory.SignedInClientAsync(email);
        var text = $"Ny beskrivelse {Guid.NewGuid():N}";
        using var save = await client.SubmitAsync($"/portal/{slug}/rediger", Form(("Form.ShortNb", text), ("Form.Phone", "+47 400 00 000")));
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        var detail = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/initiatives/{slug}")).RootElement;
        Assert.Equal(text, detail.GetProperty("shortDescription").GetProperty("nb").GetString());
        var revisions = await factory.WithDbAsync(db => db.InitiativeRevisions.Where(r => r.InitiativeId == id).OrderBy(r => r.Number).ToListAsync());
        Assert.Equal([0, 1], revisions.Select(r => r.Number));
        Assert.Equal(email, revisions[1].Author);
        using var history = await client.GetAsync($"/portal/{slug}/historikk?versjon=1");
        var html = (await Forms.ParseAsync(history, "/")).Body!.TextContent;
        Assert.Contains(text, html, StringComparison.Ordinal);
        Assert.Contains("+47 400 00 000", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_save_is_refused_with_the_other_change_shown_and_nothing_is_lost()
    {
        var (id, slug) = await factory.InitiativeAsync(2);
        var a = NewEmail("a");
        var b = NewEmail("b");
        await factory.AddMemberAsync(id, (await factory.CreateAsync(a)).Id, MemberRole.Editor);
        await factory.AddMemberAsync(id, (await factory.CreateAsync(b)).Id, MemberRole.Editor);
        var clientA = await factory.SignedInClientAsync(a);
        var clientB = await factory.SignedInClientAsync(b);
        // Both open the form before either saves.
        var url = $"/portal/{slug}/rediger";
        using var pageA = await clientA.GetAsync(url);
        using var pageB = await clientB.GetAsync(url);
        var formA = (AngleSharp.Html.Dom.IHtmlFormElement)(await Forms.ParseAsync(pageA, url)).QuerySelector("main form[method=post]")!;
        var formB = (AngleSharp.Html.Dom.IHtmlFormElement)(await Forms.ParseAsync(pageB, url)).QuerySelector("main form[method=post]")!;
        using var saveA = await clientA.PostFormAsync(formA, Form(("Form.Phone", "11111111")), url);
        Assert.Equal(HttpStatusCode.Redirect, saveA.StatusCode);
        var newName = $"Nytt navn {Guid.NewGuid():N}"[..20];
        using var saveB = await clientB.PostFormAsync(formB, Form(("Form.Name", newName)), url);
        Assert.Equal(HttpStatusCode.OK, saveB.StatusCode);
        var doc = await Forms.ParseAsync(saveB, url);
        var conflict = doc.QuerySelector("#konflikt")!.TextContent;
        Assert.Contains("Noen andre lagret", conflict, StringComparison.Ordinal);
        Assert.Contains("11111111", conflict, StringComparison.Ordinal);
        Assert.Contains(a, conflict, StringComparison.Ordinal);
        // B's own change is still in the form, and A's change has been taken in.
        Assert.Equal(newName, ((AngleSharp.Html.Dom.IHtmlInputElement)doc.QuerySelector("#f-Name")!).Value);
        Assert.Equal("11111111", ((AngleSharp.Html.Dom.IHtmlInputElement)doc.QuerySelector("#f-Phone")!).Value);
        var stored = await factory.WithDbAsync(db => db.Initiatives.SingleAsync(i => i.Id == id));
        Assert.NotEqual(newName, stored.Name);
        Assert.Equal("11111111", stored.Contact.Phone);
        // Saving the merged form keeps both changes.
        var merged = (AngleSharp.Html.Dom.IHtmlFormElement)doc.QuerySelector("main form[method=post]")!;
        using var again = await clientB.PostFormAsync(merged, Form(), url);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        stored = await factory.WithDbAsync(db => db.Initiatives.SingleAsync(i => i.Id == id));
        Assert.Equal(newName, stored.Name);
        Assert.Equal("11111111", stored.Contact.Phone);
    }

    [Fact]
    public async Task An_owner_restores_an_earlier_revision_and_an_editor_cannot()
    {
        var (id, slug) = await factory.InitiativeAsync(3);
        var owner = NewEmail("eier");
        var editor = NewEmail("red");
        await factory.AddMemberAsync(id, (await factory.CreateAsync(owner)).Id, MemberRole.Owner);
        await factory.AddMemberAsync(id, (await factory.CreateAsync(editor)).Id, MemberRole.Editor);
        var ownerClient = await factory.SignedInClientAsync(owner);
        var original = await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Id == id).Select(i => i.Name).SingleAsync());
        using (var r = await ownerClient.SubmitAsync($"/portal/{slug}/rediger", Form(("Form.Name", "Feil navn"))))
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal("Feil navn", await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Id == id).Select(i => i.Name).SingleAsync()));

        var editorClient = await factory.SignedInClientAsync(editor);
        using (var page = await editorClient.GetAsync($"/portal/{slug}/historikk?versjon=0"))
            Assert.Null((await Forms.ParseAsync(page, "/")).QuerySelector("form[action*=restore]"));
        var token = await AntiforgeryTokenAsync(editorClient, $"/konto");
        using (var forced = await editorClient.PostAsync($"/portal/{slug}/historikk?handler=restore",
                   new FormUrlEncodedContent(Form(("number", "0"), ("baseVersion", "1"), ("__RequestVerificationToken", token)))))
            Assert.Equal(HttpStatusCode.Redirect, forced.StatusCode);
        Assert.Equal("Feil navn", await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Id == id).Select(i => i.Name).SingleAsync()));

        using var restore = await ownerClient.SubmitAsync($"/portal/{slug}/historikk?versjon=0", formSelector: "form[action*=restore]");
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.Equal(original, await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Id == id).Select(i => i.Name).SingleAsync()));
        Assert.Equal(3, await factory.WithDbAsync(db => db.InitiativeRevisions.CountAsync(r => r.InitiativeId == id)));
    }

    private static async Task<string> AntiforgeryTokenAsync(HttpClient client, string url)
    {
        using var page = await client.GetAsync(url);
        return (await Forms.ParseAsync(page, url)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    [Fact]
    public async Task An_owner_invites_a_colleague_who_accepts_with_the_invited_address_once()
    {
        var (id, slug) = await factory.InitiativeAsync(4);
        var owner = NewEmail("eier");
        await factory.AddMemberAsync(id, (await factory.CreateAsync(owner)).Id, MemberRole.Owner);
        var colleague = NewEmail("kollega");
        var other = NewEmail("annen");
        await factory.CreateAsync(colleague);
        await factory.CreateAsync(other);
        var ownerClient = await factory.SignedInClientAsync(owner);
        using (var bad = await ownerClient.SubmitAsync($"/portal/{slug}/medlemmer", Form(("InviteEmail", "ikke-en-adresse")), "form[action*=invite]"))
            Assert.NotNull((await Forms.ParseAsync(bad, "/")).QuerySelector("#feil"));
        using (var invite = await ownerClient.SubmitAsync($"/portal/{slug}/medlemmer", Form(("InviteEmail", colleague)), "form[action*=invite]"))
            Assert.Contains("Invitasjon sendt", await invite.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var mail = await factory.Mail.LatestToAsync(colleague);
        Assert.Contains("Invitasjon", mail.Subject, StringComparison.Ordinal);
        var link = SmtpTestServer.LinkIn(mail, "/portal/invitasjon");

        var otherClient = await factory.SignedInClientAsync(other);
        using (var wrong = await otherClient.GetAsync(link))
            Assert.Contains(colleague, await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var colleagueClient = await factory.SignedInClientAsync(colleague);
        using (var accept = await colleagueClient.SubmitAsync(link, formSelector: "main form[method=post]"))
            Assert.Equal(HttpStatusCode.Redirect, accept.StatusCode);
        var role = await factory.WithDbAsync(db => db.InitiativeMembers.Where(m => m.InitiativeId == id && db.Users.Any(u => u.Id == m.UserId && u.Email == colleague)).Select(m => (MemberRole?)m.Role).SingleOrDefaultAsync());
        Assert.Equal(MemberRole.Editor, role);
        using (var again = await colleagueClient.GetAsync(link))
            Assert.Contains("allerede brukt", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // An editor cannot invite.
        using var editorPage = await colleagueClient.GetAsync($"/portal/{slug}/medlemmer");
        Assert.Null((await Forms.ParseAsync(editorPage, "/")).QuerySelector("form[action*=invite]"));
    }

    [Fact]
    public async Task Everything_is_correct_confirms_the_entry_today()
    {
        var (id, slug) = await factory.InitiativeAsync(5);
        var owner = NewEmail("bekreft");
        await factory.AddMemberAsync(id, (await factory.CreateAsync(owner)).Id, MemberRole.Owner);
        var client = await factory.SignedInClientAsync(owner);
        using var r = await client.SubmitAsync($"/portal/{slug}", formSelector: "form[action*=confirm]");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var confirmed = await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Id == id).Select(i => i.LastConfirmed).SingleAsync());
        Assert.Equal(new DateOnly(2026, 12, 2), confirmed);
    }

    [Fact]
    public async Task Another_initiatives_portal_pages_are_forbidden_and_anonymous_visitors_are_sent_to_sign_in()
    {
        var (id, _) = await factory.InitiativeAsync(6);
        var (_, otherSlug) = await factory.InitiativeAsync(7);
        var email = NewEmail("a");
        await factory.AddMemberAsync(id, (await factory.CreateAsync(email)).Id, MemberRole.Owner);
        var client = await factory.SignedInClientAsync(email);
        foreach (var path in new[] { "", "/rediger", "/historikk", "/medlemmer" })
        {
            using var r = await client.GetAsync($"/portal/{otherSlug}{path}");
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.StartsWith("/konto/ingen-tilgang", r.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            using var anon = await factory.NoRedirectClient().GetAsync($"/portal/{otherSlug}{path}");
            Assert.StartsWith("/konto/logg-inn", anon.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
        // A form posted straight at the other initiative, with a valid token from one's own page, changes nothing.
        var token = await AntiforgeryTokenAsync(client, "/konto");
        using var post = await client.PostAsync($"/portal/{otherSlug}/rediger", new FormUrlEncodedContent(Form(
            ("Form.Name", "Kapret"), ("Form.ShortNb", "x"), ("Form.Kinds", "Repair"), ("Form.Address", "x"), ("BaseVersion", "0"),
            ("__RequestVerificationToken", token))));
        Assert.StartsWith("/konto/ingen-tilgang", post.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.NotEqual("Kapret", await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Slug == otherSlug).Select(i => i.Name).SingleAsync()));
    }
}

public sealed class PortalFlowTestsOnSqlite(SqliteAppFactory f) : PortalFlowTests(f), IClassFixture<SqliteAppFactory>;

public sealed class PortalFlowTestsOnPostgres(PostgresAppFactory f) : PortalFlowTests(f), IClassFixture<PostgresAppFactory>;
