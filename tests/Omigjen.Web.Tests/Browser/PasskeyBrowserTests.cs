using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Browser;

/// <summary>
/// Passkeys end to end, with Chromium's virtual authenticator standing in for a phone or a security key. WebAuthn does
/// not accept an IP address as the site's id, so the browser opens the app as http://localhost (a secure context).
/// </summary>
public sealed class PasskeyBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private string LocalhostUrl => fixture.BaseUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);

    private async Task<IBrowserContext> NewContextAsync()
    {
        var baseUrl = LocalhostUrl;
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, Locale = "nb-NO", TimezoneId = "Europe/Oslo" });
        await context.RouteAsync(url => !url.StartsWith(baseUrl, StringComparison.Ordinal), route => route.AbortAsync());
        return context;
    }

    /// <summary>A virtual platform authenticator that keeps discoverable credentials and verifies the person at once.</summary>
    private static async Task AddVirtualAuthenticatorAsync(IPage page)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("WebAuthn.enable");
        await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
            },
        });
    }

    private static async Task SignInWithPasswordAsync(IPage page, string email)
    {
        await page.GotoAsync("/konto/logg-inn");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", TestUsers.Password);
        await page.Locator("main form").First.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/konto");
    }

    /// <summary>Checks the page's own content (the shared header and footer have their own checks).</summary>
    private static async Task AssertNoAxeViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunContext { Include = [new AxeSelector("main")] });
        var report = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})"));
        Assert.True(result.Violations.Length == 0, $"{page.Url}\n{report}");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_passkey_added_on_the_account_page_signs_in_without_a_password(bool withoutJsonHelpers)
    {
        var email = $"passnokkel-{Guid.NewGuid():N}@eksempel.no";
        var user = await fixture.App.CreateAsync(email);
        await using var context = await NewContextAsync();
        // Browsers from before the WebAuthn JSON helpers: the script converts the base64url fields itself.
        if (withoutJsonHelpers)
            await context.AddInitScriptAsync("delete PublicKeyCredential.parseCreationOptionsFromJSON; delete PublicKeyCredential.parseRequestOptionsFromJSON; delete PublicKeyCredential.prototype.toJSON;");
        var page = await context.NewPageAsync();
        await AddVirtualAuthenticatorAsync(page);

        await SignInWithPasswordAsync(page, email);
        await page.GotoAsync("/konto/passnokler");
        Assert.Equal(withoutJsonHelpers ? "undefined" : "function",
            await page.EvaluateAsync<string>("() => typeof PublicKeyCredential.parseCreationOptionsFromJSON"));
        // The browser can do passkeys: the add controls are shown and the "needs a newer browser" note is not.
        await page.Locator("#passkey-add-button").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        Assert.False(await page.IsVisibleAsync("#passkey-unsupported"));
        await AssertNoAxeViolationsAsync(page);

        await page.FillAsync("#passkey-name", "Testnøkkel i nettleseren");
        await page.ClickAsync("#passkey-add-button");
        await page.WaitForURLAsync("**/konto/passnokler?ok=lagt-til");
        Assert.Contains("Passnøkkelen er lagt til", await page.TextContentAsync("main [role=status]") ?? "", StringComparison.Ordinal);
        Assert.Contains("Testnøkkel i nettleseren", await page.TextContentAsync(".passkey-list") ?? "", StringComparison.Ordinal);
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var stored = Assert.Single(await users.GetPasskeysAsync((await users.FindByIdAsync(user.Id))!));
            Assert.Equal("Testnøkkel i nettleseren", stored.Name);
            Assert.Equal(fixture.App.Clock.GetUtcNow(), stored.CreatedAt);
        }
        await AssertNoAxeViolationsAsync(page);

        // Sign out, then in again with the passkey alone.
        await page.Locator("header form[action='/konto/logg-ut'] button").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.GotoAsync("/konto/logg-inn?ReturnUrl=%2Fkonto");
        Assert.DoesNotContain(email, await page.TextContentAsync("header") ?? "", StringComparison.Ordinal);
        await page.Locator("#passkey-signin-button").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        await AssertNoAxeViolationsAsync(page);
        await page.ClickAsync("#passkey-signin-button");
        await page.WaitForURLAsync("**/konto");
        Assert.Contains(email, await page.TextContentAsync("main") ?? "", StringComparison.Ordinal);

        var audit = await fixture.App.WithDbAsync(db => db.AuditEntries.Where(a => a.UserId == user.Id).Select(a => a.Kind + ":" + a.Detail).ToListAsync());
        Assert.Contains("passkey-added:Testnøkkel i nettleseren", audit);
        Assert.Contains("sign-in:passkey", audit);
    }

    [Fact]
    public async Task Without_webauthn_the_pages_show_no_passkey_button_and_say_why()
    {
        var email = $"uten-passnokkel-{Guid.NewGuid():N}@eksempel.no";
        await fixture.App.CreateAsync(email);
        await using var context = await NewContextAsync();
        // An older browser: no WebAuthn at all.
        await context.AddInitScriptAsync("delete window.PublicKeyCredential;");
        var page = await context.NewPageAsync();

        await page.GotoAsync("/konto/logg-inn");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.False(await page.IsVisibleAsync("#passkey-signin-button"));
        await SignInWithPasswordAsync(page, email);
        await page.GotoAsync("/konto/passnokler");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(await page.IsVisibleAsync("#passkey-unsupported"));
        Assert.False(await page.IsVisibleAsync("#passkey-add-button"));
    }
}
