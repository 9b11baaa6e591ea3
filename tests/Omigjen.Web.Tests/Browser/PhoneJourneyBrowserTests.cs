using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Items.Photos;
using Omigjen.Web.Tests.Features.Items;
using Omigjen.Web.Tests.Features.Lending;
using Omigjen.Web.Tests.Features.Reservations;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Browser;

/// <summary>
/// What residents, a volunteer and an officer do on a phone (390 × 844), counted in steps: every tap, every field typed
/// or chosen, every link opened from an e-mail. Each journey has a budget; a change that makes one longer fails here and
/// must either be undone or raise the budget on purpose.
/// </summary>
public sealed class PhoneJourneyBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const int PhoneWidth = 390;
    private const int PhoneHeight = 844;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        fixture.App.Clock.Now = TestClock.Default;
        return Task.CompletedTask;
    }

    [Fact]
    public async Task On_a_sunday_evening_a_search_for_barnesykkel_this_weekend_finds_the_bike_open_on_saturday()
    {
        // Sunday 6 December 2026, 20:00 in Oslo: the weekend left today is over, so "I helgen" is 12–13 December.
        fixture.App.Clock.Now = new DateTimeOffset(2026, 12, 6, 20, 0, 0, TimeSpan.FromHours(1));
        var (initiative, _) = await fixture.App.NewInitiativeAsync(hours: "Sa 10:00-16:00");
        var title = $"Barnesykkel 16 tommer {Guid.NewGuid():N}"[..30];
        await fixture.App.AddItemAsync(initiative, new Item { Title = title, PriceNok = 250 });

        var j = new Journey(await PhonePageAsync());
        await j.OpenAsync("/varer");
        await j.TapAsync("#filter-sheet > summary", "Filtrer");
        await j.TypeAsync("#f-q", title, "søkeord");
        Assert.Contains("12.", await j.Page.Locator("#f-open option[value=weekend]").InnerTextAsync(), StringComparison.Ordinal);
        await j.ChooseAsync("#f-open", "weekend", "I helgen");
        await j.TapAsync("#filter-sheet button[type=submit]", "Vis resultater");
        var hit = j.Page.Locator("#result-list > li", new PageLocatorOptions { HasText = title });
        Assert.Equal(1, await hit.CountAsync());
        Assert.Contains("lørdag", await hit.Locator(".status").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await j.TapAsync(hit.Locator("a").First, "varen");
        await j.Page.WaitForURLAsync(u => u.Contains("/varer/", StringComparison.Ordinal) && !u.Contains('?', StringComparison.Ordinal));
        Assert.Equal(title, await j.Page.Locator("main h1").InnerTextAsync());
        j.AssertWithin(6);
        await j.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task Sign_up_from_the_hold_button_ends_on_the_item_with_the_hold_button()
    {
        fixture.App.Clock.Now = TestClock.Default;
        var (initiative, _) = await fixture.App.NewInitiativeAsync(hours: "Mo-Sa 10:00-18:00");
        var itemId = await fixture.App.AddItemAsync(initiative, new Item { Title = "Sparkesykkel, blå", PriceNok = 150 });
        var email = $"ny-{Guid.NewGuid():N}@eksempel.no";

        var j = new Journey(await PhonePageAsync());
        await j.OpenAsync($"/varer/{Id(itemId)}");
        await j.TapAsync("form.item-reserve button[type=submit]", "Reserver");
        await j.Page.WaitForURLAsync(u => u.Contains("/konto/logg-inn", StringComparison.Ordinal));
        await j.TapAsync("main a[href^='/konto/registrer']", "Lag konto");
        await j.TypeAsync("#email", email, "e-post");
        await j.TypeAsync("#password", TestUsers.Password, "passord");
        await j.TapAsync("main form button[type=submit]", "Opprett konto");
        var mail = await fixture.App.Mail.LatestToAsync(email);
        await j.OpenAsync(SmtpTestServer.LinkIn(mail, "/konto/bekreft-epost"), "lenken i e-posten");
        await j.TapAsync("#confirm-sign-in button[type=submit]", "Logg inn og fortsett");
        await j.Page.WaitForURLAsync(u => u.Contains($"/varer/{Id(itemId)}/reserver", StringComparison.Ordinal));
        Assert.True(await j.Page.Locator("#reserve").IsVisibleAsync(), "the hold button is on the page the person lands on");
        Assert.Contains("Sparkesykkel", await j.Page.Locator("main h1").InnerTextAsync(), StringComparison.Ordinal);
        j.AssertWithin(8);

        // One more tap holds it.
        await j.TapAsync("#reserve", "Reserver");
        await j.Page.WaitForURLAsync(u => u.Contains("/konto/reservasjoner", StringComparison.Ordinal));
        Assert.NotEmpty(await fixture.App.HoldsOnAsync(itemId));
        await j.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_parent_books_skis_for_saturday_from_the_lending_search()
    {
        fixture.App.Clock.Now = TestClock.Default; // Wednesday 2 December 2026, 12:00
        var name = $"Langrennski {Guid.NewGuid():N}"[..20];
        var place = await fixture.App.LendingPlaceAsync(name: name, labels: ["130 cm", "150 cm"], hours: "Mo-Sa 10:00-18:00; PH off");
        var parent = $"forelder-{Guid.NewGuid():N}@eksempel.no";
        await fixture.App.CreateAsync(parent);

        var page = await fixture.SignedInPageAsync(parent);
        await page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        var j = new Journey(page);
        await j.OpenAsync("/utlan");
        await j.TapAsync("#filter-sheet > summary", "Filtrer");
        await j.TypeAsync("#f-q", name, "søkeord");
        await j.TypeAsync("#f-size", "130", "størrelse");
        await j.TapAsync("#filter-sheet button[type=submit]", "Vis resultater");
        await j.TapAsync(j.Page.Locator("#result-list > li", new PageLocatorOptions { HasText = name }).Locator("h3 a"), "typen");
        await j.Page.WaitForURLAsync(u => u.Contains($"/utlan/{Id(place.TypeId)}", StringComparison.Ordinal));
        await j.TapAsync("td[data-date='2026-12-05'] a.day__link", "lørdag 5. desember");
        await j.Page.WaitForURLAsync(u => u.Contains("/bestill", StringComparison.Ordinal));
        Assert.True(await j.Page.Locator("#step-details").IsVisibleAsync(), "the day's link leads straight to the pickup and return times");
        await j.TapAsync("#book", "Bestill");
        await j.Page.WaitForURLAsync(u => u.Contains("/konto/utlan/", StringComparison.Ordinal));
        var bookings = await fixture.App.BookingsOfTypeAsync(place.TypeId);
        var booking = Assert.Single(bookings);
        Assert.Equal(place.UnitIds[0], booking.UnitId); // the 130 cm pair
        j.AssertWithin(8);
        await j.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_volunteer_registers_a_shop_the_officer_approves_it_and_the_volunteer_adds_an_item_with_a_photo()
    {
        fixture.App.Clock.Now = TestClock.Default;
        var volunteer = $"frivillig-{Guid.NewGuid():N}@eksempel.no";
        await fixture.App.CreateAsync(volunteer);
        var shop = $"Bruktbua {Guid.NewGuid():N}"[..18];

        // The volunteer, signed in, finds the portal from the page that explains it and registers the shop.
        var page = await fixture.SignedInPageAsync(volunteer);
        await page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        var v = new Journey(page);
        await v.OpenAsync("/");
        await v.TapAsync("footer a[href='/for-aktorer']", "For aktører");
        await v.TapAsync("#to-portal", "Gå til aktørportalen");
        await v.TapAsync("main a[href='/portal/registrer']", "Registrer et nytt tiltak");
        await v.TypeAsync("#f-Name", shop, "navn");
        await v.TypeAsync("#f-ShortNb", "Brukte klær og leker, drevet av frivillige.", "kort beskrivelse");
        await v.TapAsync("#f-Kinds input[value=ReuseShop]", "Bruktbutikk");
        await v.TypeAsync("#f-Address", "Kirkeveien 10", "adresse");
        await v.ChooseAsync("#f-Area", "Asker sentrum", "område");
        await v.TapAsync("main form button[type=submit]", "Send til godkjenning");
        await v.Page.Locator("main a[href='/portal']").First.WaitForAsync();
        v.AssertWithin(10);
        var slug = await fixture.App.WithDbAsync(db => Task.FromResult(db.Initiatives.Single(i => i.Name == shop).Slug));

        // The officer approves it from the queue on a phone.
        var officerEmail = $"saksbehandler-{Guid.NewGuid():N}@eksempel.no";
        await fixture.App.CreateAsync(officerEmail, admin: true);
        var officerPage = await fixture.SignedInPageAsync(officerEmail);
        await officerPage.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        var o = new Journey(officerPage);
        await o.OpenAsync("/admin");
        var card = o.Page.Locator("form[data-action=approve]", new PageLocatorOptions { Has = o.Page.Locator($"button:has-text('{shop}')") });
        await o.TapAsync(card.Locator("button[type=submit]"), "Godkjenn");
        await o.Page.WaitForLoadStateAsync(LoadState.Load);
        Assert.True(await fixture.App.WithDbAsync(db => Task.FromResult(db.Initiatives.Single(i => i.Slug == slug).Moderation == Omigjen.Web.Features.Initiatives.ModerationState.Approved)));
        o.AssertWithin(2);

        // The volunteer adds an item with a photo from the phone.
        v.Restart();
        await v.OpenAsync("/portal");
        await v.TapAsync($"main a[href='/portal/{slug}']", "butikken");
        await v.TapAsync($"main a[href='/portal/{slug}/varer']", "Varer");
        await v.TapAsync("#add-item", "Legg til vare");
        await v.Page.SetInputFilesAsync("#item-photo", new FilePayload
        {
            Name = "IMG_0042.jpg", MimeType = "image/jpeg", Buffer = PhotoTestImages.JpegWithExif(1200, 900, orientation: 1),
        });
        v.Count("bilde");
        await v.TypeAsync("#item-alt", "Rød barnejakke", "bildetekst");
        await v.TypeAsync("#item-title", "Barnejakke str. 110", "tittel");
        await v.TypeAsync("#item-price", "80", "pris");
        await v.TapAsync("#save-item", "Legg ut");
        await v.Page.WaitForURLAsync(u => u.Contains("lagt-til=", StringComparison.Ordinal));
        v.AssertWithin(9);
        await v.Page.Context.CloseAsync();
        await o.Page.Context.CloseAsync();
    }

    /// <summary>
    /// The pages people open most, at phone width, as PNG files: written to <c>OMIGJEN_SCREENSHOT_DIR</c> when set (the
    /// README's pictures in docs/screenshots come from here), otherwise to a temporary folder.
    /// </summary>
    [Fact]
    public async Task Screenshots_of_the_main_pages_at_phone_width()
    {
        fixture.App.Clock.Now = TestClock.Default;
        var dir = Environment.GetEnvironmentVariable("OMIGJEN_SCREENSHOT_DIR") is { Length: > 0 } set
            ? set : Path.Combine(Path.GetTempPath(), "omigjen-screenshots-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var place = await fixture.App.LendingPlaceAsync(name: "Langrennski, klassisk", labels: ["130 cm", "150 cm", "170 cm"], hours: "Mo-Sa 10:00-18:00; PH off");
        int itemId;
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            using var jpeg = new MemoryStream(PhotoTestImages.JpegWithExif(1200, 900, orientation: 1));
            var (photo, rejection) = await scope.ServiceProvider.GetRequiredService<PhotoUploads>().StoreAsync(jpeg);
            Assert.True(photo is not null, rejection?.Nb);
            itemId = await fixture.App.AddItemAsync(place.InitiativeId, new Item
            {
                Title = "Barnesykkel 16 tommer", Description = "Rød, med støttehjul. Nye bremser.", PriceNok = 300, Size = "16",
                Photos = [new ItemPhoto { Key = photo.Key, AltText = "Rød barnesykkel", Width = photo.Width, Height = photo.Height, CreatedAt = DateTime.UtcNow }],
            });
        }
        var resident = $"beboer-{Guid.NewGuid():N}@eksempel.no";
        await fixture.App.CreateAsync(resident);
        var holder = await fixture.SignedInPageAsync(resident);
        await holder.GotoAsync($"/varer/{Id(itemId)}/reserver");
        await holder.ClickAsync("#reserve");
        await holder.WaitForURLAsync(u => u.Contains("/konto/reservasjoner", StringComparison.Ordinal));
        await holder.Context.CloseAsync();

        var shots = new List<(string File, string Path, IPage Page)>();
        var anonymous = await PhonePageAsync();
        var owner = await fixture.SignedInPageAsync(place.OwnerEmail);
        await owner.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        shots.Add(("start.png", "/", anonymous));
        shots.Add(("search.png", "/varer?q=sykkel", anonymous));
        shots.Add(("item.png", $"/varer/{Id(itemId)}", anonymous));
        shots.Add(("lending.png", $"/utlan/{Id(place.TypeId)}#ledighet", anonymous));
        shots.Add(("portal-holds.png", $"/portal/{place.Slug}/reservasjoner", owner));
        foreach (var (file, path, page) in shots)
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.Load);
            var target = Path.Combine(dir, file);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = target, FullPage = false });
            var bytes = await File.ReadAllBytesAsync(target);
            Assert.True(bytes.Length > 1000, $"{file}: {bytes.Length} bytes");
            Assert.Equal(PhoneWidth, (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19]); // the PNG's width
        }
        await anonymous.Context.CloseAsync();
        await owner.Context.CloseAsync();
    }

    private async Task<IPage> PhonePageAsync()
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        return page;
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A person's way through the app, one counted step per act.</summary>
    private sealed class Journey(IPage page)
    {
        private readonly List<string> _steps = [];

        public IPage Page { get; } = page;

        public void Count(string what) => _steps.Add(what);

        public void Restart() => _steps.Clear();

        public async Task OpenAsync(string url, string? what = null)
        {
            Count(what ?? url);
            var response = await Page.GotoAsync(url);
            Assert.True(response is { Status: < 400 }, $"{url}: {response?.Status}");
        }

        public Task TapAsync(string selector, string what) => TapAsync(Page.Locator(selector).First, what);

        public async Task TapAsync(ILocator target, string what)
        {
            Count("trykk: " + what);
            await target.ClickAsync();
        }

        public async Task TypeAsync(string selector, string text, string what)
        {
            Count("skriv: " + what);
            await Page.FillAsync(selector, text);
        }

        public async Task ChooseAsync(string selector, string value, string what)
        {
            Count("velg: " + what);
            await Page.SelectOptionAsync(selector, value);
        }

        public void AssertWithin(int budget) =>
            Assert.True(_steps.Count <= budget, $"{_steps.Count} steps, budget {budget}: {string.Join(" → ", _steps)}");
    }
}
