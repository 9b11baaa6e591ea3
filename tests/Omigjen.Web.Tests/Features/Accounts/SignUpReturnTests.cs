using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Tests.Features.Reservations;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Accounts;

/// <summary>
/// Someone without an account who starts somewhere (an item's hold button) goes through sign-in, sign-up and the
/// e-mail link, and ends where they started, signed in. The link signs in once, and only ever goes to this site.
/// </summary>
public abstract class SignUpReturnTests(AppFactory factory)
{
    private static Dictionary<string, string> Form(params (string Key, string Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    /// <summary>Signs up through the register page at <paramref name="registerUrl"/> and returns the link in the confirmation e-mail.</summary>
    private async Task<string> SignUpAsync(HttpClient client, string email, string registerUrl)
    {
        using var signup = await client.SubmitAsync(registerUrl, Form(("Email", email), ("Password", TestUsers.Password)));
        Assert.Equal(HttpStatusCode.OK, signup.StatusCode);
        return SmtpTestServer.LinkIn(await factory.Mail.LatestToAsync(email), "/konto/bekreft-epost");
    }

    /// <summary>Opens the e-mail link and presses the button on it, as a person does.</summary>
    private static async Task<HttpResponseMessage> UseLinkAsync(HttpClient client, string link)
    {
        using var page = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var doc = await Forms.ParseAsync(page, link);
        Assert.Contains("er bekreftet", doc.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var form = (IHtmlFormElement)doc.QuerySelector("#confirm-sign-in")!;
        return await client.PostFormAsync(form, new Dictionary<string, string>(), link);
    }

    [Fact]
    public async Task From_the_hold_button_through_sign_up_and_the_mail_link_back_to_the_item_signed_in()
    {
        var (initiativeId, _, _) = await factory.PlaceAsync(0, "Mo-Fr 10:00-16:00");
        var itemId = await factory.ItemAsync(initiativeId);
        var client = factory.NoRedirectClient();

        // The item page's hold button, pressed without an account, asks to sign in and remembers the hold page.
        using var itemPage = await client.GetAsync($"/varer/{itemId}");
        var button = (IHtmlFormElement)(await Forms.ParseAsync(itemPage, $"/varer/{itemId}")).QuerySelector("form.item-reserve")!;
        Assert.Equal("get", button.Method, ignoreCase: true);
        var holdPage = new Uri(button.Action).AbsolutePath;
        using var challenge = await client.GetAsync(holdPage);
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var signInUrl = challenge.Headers.Location!.PathAndQuery;
        Assert.StartsWith("/konto/logg-inn?ReturnUrl=", signInUrl, StringComparison.Ordinal);

        // Sign-in page → "Lag konto" keeps the address → the form keeps it.
        using var signInPage = await client.GetAsync(signInUrl);
        var registerUrl = (await Forms.ParseAsync(signInPage, signInUrl)).QuerySelector("main a[href^='/konto/registrer']")!.GetAttribute("href")!;
        Assert.Equal("/konto/registrer?ReturnUrl=" + Uri.EscapeDataString(holdPage), registerUrl);
        using (var registerPage = await client.GetAsync(registerUrl))
        {
            var doc = await Forms.ParseAsync(registerPage, registerUrl);
            Assert.Equal(holdPage, doc.QuerySelector("main form input[type=hidden][name=ReturnUrl]")?.GetAttribute("value"));
            Assert.Equal("/konto/logg-inn?ReturnUrl=" + Uri.EscapeDataString(holdPage), doc.QuerySelector("main a[href^='/konto/logg-inn']")!.GetAttribute("href"));
        }

        var email = ReservationTestData.NewEmail("ny");
        var link = await SignUpAsync(client, email, registerUrl);
        Assert.Contains("returnUrl=" + Uri.EscapeDataString(holdPage), link, StringComparison.Ordinal);

        // The link confirms and, with one press, signs in and goes on to the hold page with its button.
        using var used = await UseLinkAsync(client, link);
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal(holdPage, used.Headers.Location!.OriginalString);
        using var landed = await client.GetAsync(holdPage);
        Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
        var hold = await Forms.ParseAsync(landed, holdPage);
        Assert.NotNull(hold.QuerySelector("main form button#reserve"));
        Assert.NotNull(hold.QuerySelector("input[type=radio][name=Day]:checked"));
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.EmailConfirmed).SingleAsync()));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Actor == email && a.Kind == "sign-in")));

        // The hold itself works from there.
        using var held = await client.SubmitAsync(holdPage);
        Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
        Assert.StartsWith("/konto/reservasjoner?ny=", held.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_link_signs_in_only_once_and_a_second_use_goes_to_the_sign_in_page()
    {
        var email = ReservationTestData.NewEmail("engang");
        var first = factory.NoRedirectClient();
        var link = await SignUpAsync(first, email, "/konto/registrer?ReturnUrl=%2Fportal");

        // Two devices open the link before either presses the button; only the first press signs in.
        var second = factory.NoRedirectClient();
        using var page = await second.GetAsync(link);
        var form = (IHtmlFormElement)(await Forms.ParseAsync(page, link)).QuerySelector("#confirm-sign-in")!;
        using (var used = await UseLinkAsync(first, link))
            Assert.Equal("/portal", used.Headers.Location!.OriginalString);
        using (var portal = await first.GetAsync("/portal"))
            Assert.Equal(HttpStatusCode.OK, portal.StatusCode);

        using var again = await second.PostFormAsync(form, new Dictionary<string, string>(), link);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("/konto/logg-inn?ReturnUrl=%2Fportal&lenke=true", again.Headers.Location!.OriginalString);
        using (var portal = await second.GetAsync("/portal"))
            Assert.Equal(HttpStatusCode.Redirect, portal.StatusCode); // not signed in

        // Opening the used link again leads to the sign-in page, still on the way to the portal, with a word on why.
        using var reopened = await second.GetAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        var signInUrl = reopened.Headers.Location!.OriginalString;
        Assert.Equal("/konto/logg-inn?ReturnUrl=%2Fportal&lenke=true", signInUrl);
        using var signInPage = await second.GetAsync(signInUrl);
        var doc = await Forms.ParseAsync(signInPage, signInUrl);
        Assert.Contains("allerede brukt", doc.QuerySelector("#link-used")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/portal", doc.QuerySelector("main form input[name=ReturnUrl]")!.GetAttribute("value"));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Actor == email && a.Kind == "email-link-sign-in-failed")));
    }

    [Fact]
    public async Task A_locked_account_is_confirmed_but_sent_to_the_sign_in_page()
    {
        var email = ReservationTestData.NewEmail("laast");
        var client = factory.NoRedirectClient();
        var link = await SignUpAsync(client, email, "/konto/registrer?ReturnUrl=%2Fportal");
        await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddYears(1))));
        using var used = await UseLinkAsync(client, link);
        Assert.Equal("/konto/logg-inn?ReturnUrl=%2Fportal&lenke=true", used.Headers.Location!.OriginalString);
        using var portal = await client.GetAsync("/portal");
        Assert.Equal(HttpStatusCode.Redirect, portal.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    public async Task A_return_address_to_another_site_is_never_followed(string evil)
    {
        var email = ReservationTestData.NewEmail("retur");
        var client = factory.NoRedirectClient();
        var query = "?ReturnUrl=" + Uri.EscapeDataString(evil);

        // Not passed on by the sign-in page, the register page or the e-mail.
        using (var signIn = await client.GetAsync("/konto/logg-inn" + query))
            Assert.Equal("/konto/registrer", (await Forms.ParseAsync(signIn, "/")).QuerySelector("main a[href^='/konto/registrer']")!.GetAttribute("href"));
        using (var register = await client.GetAsync("/konto/registrer" + query))
            Assert.Null((await Forms.ParseAsync(register, "/")).QuerySelector("main form input[name=ReturnUrl]"));
        var link = await SignUpAsync(client, email, "/konto/registrer" + query);
        Assert.DoesNotContain("evil", link, StringComparison.Ordinal);

        // Put into the link by hand, and into the form by hand: the way goes to the account page.
        var forged = link + "&returnUrl=" + Uri.EscapeDataString(evil);
        using var page = await client.GetAsync(forged);
        var form = (IHtmlFormElement)(await Forms.ParseAsync(page, forged)).QuerySelector("#confirm-sign-in")!;
        Assert.Null(form.QuerySelector("input[name=ReturnUrl]"));
        using var used = await client.PostFormAsync(form, Form(("ReturnUrl", evil)), forged);
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal("/konto", used.Headers.Location!.OriginalString);

        // A used link with such an address goes to the sign-in page without it.
        using var again = await client.GetAsync(forged);
        Assert.Equal("/konto/logg-inn?lenke=true", again.Headers.Location!.OriginalString);
    }
}

public sealed class SignUpReturnTestsOnSqlite(SqliteAppFactory f) : SignUpReturnTests(f), IClassFixture<SqliteAppFactory>;

public sealed class SignUpReturnTestsOnPostgres(PostgresAppFactory f) : SignUpReturnTests(f), IClassFixture<PostgresAppFactory>;
