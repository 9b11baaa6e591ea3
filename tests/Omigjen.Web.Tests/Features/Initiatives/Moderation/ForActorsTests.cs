using System.Net;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Initiatives.Moderation;

/// <summary>"For aktører" explains the portal before it asks anyone to sign in, and leads on to the portal.</summary>
public abstract class ForActorsTests(AppFactory factory)
{
    [Fact]
    public async Task The_footer_link_opens_a_page_that_explains_the_portal_with_sign_in_and_sign_up_that_lead_to_it()
    {
        var anonymous = factory.NoRedirectClient();
        using var home = await anonymous.GetAsync("/");
        Assert.NotNull((await Forms.ParseAsync(home, "/")).QuerySelector("footer a[href='/for-aktorer']"));

        using var page = await anonymous.GetAsync("/for-aktorer");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var doc = await Forms.ParseAsync(page, "/for-aktorer");
        var main = doc.QuerySelector("main")!.TextContent;
        Assert.Equal("For aktører", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("kartet", main, StringComparison.Ordinal);
        Assert.Contains("åpningstider", main, StringComparison.Ordinal);
        Assert.Contains("gratis", main, StringComparison.Ordinal);
        Assert.Contains("Kommunen ser over nye tiltak", main, StringComparison.Ordinal);
        Assert.Equal("/konto/logg-inn?ReturnUrl=%2Fportal", doc.QuerySelector("#actor-sign-in")!.GetAttribute("href"));
        Assert.Equal("Logg inn", doc.QuerySelector("#actor-sign-in")!.TextContent.Trim());
        Assert.Equal("/konto/registrer?ReturnUrl=%2Fportal", doc.QuerySelector("#actor-sign-up")!.GetAttribute("href"));
        Assert.Equal("Opprett konto", doc.QuerySelector("#actor-sign-up")!.TextContent.Trim());
        Assert.Null(doc.QuerySelector("#to-portal"));

        // The sign-in button's page brings the person to the portal.
        var email = $"aktor-{Guid.NewGuid():N}@eksempel.no";
        await factory.CreateAsync(email);
        using var signedIn = await anonymous.SubmitAsync("/konto/logg-inn?ReturnUrl=%2Fportal",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = TestUsers.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/portal", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task In_english_and_for_someone_signed_in_it_goes_straight_to_the_portal()
    {
        using var english = await factory.CreateClient().GetAsync("/for-aktorer?lang=en");
        var doc = await Forms.ParseAsync(english, "/for-aktorer?lang=en");
        Assert.Equal("For actors", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("It is free.", doc.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Create an account", doc.QuerySelector("#actor-sign-up")!.TextContent.Trim());

        var email = $"aktor-{Guid.NewGuid():N}@eksempel.no";
        await factory.CreateAsync(email);
        var client = await factory.SignedInClientAsync(email);
        using var page = await client.GetAsync("/for-aktorer");
        var signedIn = await Forms.ParseAsync(page, "/for-aktorer");
        Assert.Equal("/portal", signedIn.QuerySelector("#to-portal")!.GetAttribute("href"));
        Assert.Null(signedIn.QuerySelector("#actor-sign-in"));
        Assert.Null(signedIn.QuerySelector("#actor-sign-up"));
    }

    [Fact]
    public async Task An_initiative_with_the_slug_for_aktorer_does_not_hide_the_page()
    {
        // Initiatives live under /initiativ/{slug} and /portal/{slug}, so the page's address is no slug's.
        var (id, _) = await factory.InitiativeAsync(2);
        await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.Slug, "for-aktorer")));
        var client = factory.CreateClient();
        var page = await client.GetStringAsync("/for-aktorer");
        Assert.Contains("id=\"actor-sign-up\"", page, StringComparison.Ordinal);
    }
}

public sealed class ForActorsTestsOnSqlite(SqliteAppFactory f) : ForActorsTests(f), IClassFixture<SqliteAppFactory>;

public sealed class ForActorsTestsOnPostgres(PostgresAppFactory f) : ForActorsTests(f), IClassFixture<PostgresAppFactory>;
