using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Browser;

/// <summary>
/// The app on Kestrel (a real port on loopback) and the machine's Chromium driven by Playwright. Map tiles are
/// answered locally so the browser never reaches for the internet.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly byte[] BlankTile = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=");

    public KestrelAppFactory App { get; } = new();
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)App).InitializeAsync();
        var addresses = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("OMIGJEN_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "nb-NO", TimezoneId = "Europe/Oslo" });
        await context.RouteAsync(url => !url.StartsWith(BaseUrl, StringComparison.Ordinal), route =>
            route.Request.Url.EndsWith(".png", StringComparison.Ordinal)
                ? route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "image/png", BodyBytes = BlankTile })
                : route.AbortAsync());
        return await context.NewPageAsync();
    }

    /// <summary>A new page signed in as <paramref name="email"/> through the sign-in form (password <see cref="TestUsers.Password"/>).</summary>
    public async Task<IPage> SignedInPageAsync(string email)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/konto/logg-inn");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", TestUsers.Password);
        await page.Locator("main form").First.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/konto/logg-inn", StringComparison.Ordinal));
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        Playwright?.Dispose();
        await ((IAsyncLifetime)App).DisposeAsync();
    }
}

public sealed class KestrelAppFactory : AppFactory
{
    public KestrelAppFactory() : base(DatabaseKind.Sqlite) => UseKestrel(0);

    // Kestrel serves plain HTTP on loopback here; production sets Always.
    protected override string CookieSecurePolicy => "SameAsRequest";

    protected override void Start() => StartServer();
}
