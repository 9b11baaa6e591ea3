using System.Globalization;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Tests.Features.Items;
using Omigjen.Web.Tests.Features.Lending;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Browser;

/// <summary>
/// The search pages and a lending type's availability on a phone (390 × 844 CSS px, and 320 px where it is tightest):
/// results first with the filters behind "Filtrer (n)", the list/map toggle on the start page, and the availability as
/// month-style grids.
/// </summary>
public sealed class PhoneLayoutBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const int PhoneWidth = 390;
    private const int PhoneHeight = 844;

    private LendingPlaceData _place = null!;

    public async Task InitializeAsync()
    {
        fixture.App.Clock.Now = TestClock.Default; // Wednesday 2 December 2026, 12:00
        _place = await fixture.App.LendingPlaceAsync(labels: ["150 cm", "150 cm", "160 cm"], hours: "Mo-Sa 10:00-18:00; PH off");
        await fixture.App.CatalogueBookingAsync(_place.TypeId, _place.UnitIds[0], LendingTestData.Oslo(2026, 12, 5, 10), LendingTestData.Oslo(2026, 12, 5, 18));
        await fixture.App.AddItemAsync(_place.InitiativeId, new Item { Title = "Barnesykkel 16 tommer", PriceNok = 300 });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A page at the given size, with JavaScript or without, that never leaves the test server.</summary>
    private async Task<IPage> PageAsync(int width, int height, bool javaScript = true)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseUrl, Locale = "nb-NO", TimezoneId = "Europe/Oslo", JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        await context.RouteAsync(url => !url.StartsWith(fixture.BaseUrl, StringComparison.Ordinal), route =>
            route.Request.Url.EndsWith(".png", StringComparison.Ordinal)
                ? route.FulfillAsync(new RouteFulfillOptions
                {
                    Status = 200, ContentType = "image/png", BodyBytes = Convert.FromBase64String(
                    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=")
                })
                : route.AbortAsync());
        return await context.NewPageAsync();
    }

    private static Task<double> TopOf(IPage page, string selector) =>
        page.EvaluateAsync<double>($"() => document.querySelector('{selector}').getBoundingClientRect().top + window.scrollY");

    private static Task<bool> Pressed(IPage page, string view) =>
        page.EvaluateAsync<bool>($"() => document.querySelector('#view-toggle button[data-view={view}]').getAttribute('aria-pressed') === 'true'");

    [Theory]
    [InlineData("/", true)]
    [InlineData("/", false)]
    [InlineData("/varer", true)]
    [InlineData("/utlan", true)]
    [InlineData("/utlan", false)]
    [InlineData("/?open=weekend&category=children", true)]
    public async Task The_first_result_starts_within_the_first_screen(string path, bool javaScript)
    {
        var page = await PageAsync(PhoneWidth, PhoneHeight, javaScript);
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.True(await page.Locator("#result-list > li").CountAsync() > 0, $"{path}: no results");
        var top = await TopOf(page, "#result-list > li");
        Assert.True(top < PhoneHeight, $"{path}: the first result starts at {top} px");
        Assert.False(await page.IsVisibleAsync("#f-q"), $"{path}: the filter fields show before the results");
        Assert.True(await page.IsVisibleAsync("#filter-sheet > summary"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/", "Filtrer")]
    [InlineData("/?open=weekend&category=children&q=bua", "Filtrer (3)")]
    [InlineData("/?stepfree=true&kind=lending&service=repairs&near=Heggedal&sort=distance", "Filtrer (4)")]
    [InlineData("/varer?q=sykkel&free=true&max_price=100&radius_km=5&near=Heggedal&sort=newest", "Filtrer (5)")]
    [InlineData("/utlan", "Filtrer")]
    [InlineData("/utlan?q=ski&size=150+cm&when=next-weekend", "Filtrer (3)")]
    public async Task The_filter_button_counts_the_filters_in_the_url_and_opens_the_fields_as_a_sheet(string path, string label)
    {
        var page = await PageAsync(PhoneWidth, PhoneHeight);
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var summary = page.Locator("#filter-sheet > summary");
        Assert.Equal(label, (await summary.InnerTextAsync()).Trim());
        Assert.Equal("false", await summary.EvaluateAsync<string>("s => String(s.parentElement.open)"));
        Assert.False(await page.IsVisibleAsync("#f-q"));

        await summary.ClickAsync();
        Assert.True(await page.IsVisibleAsync("#f-q"));
        Assert.True(await page.IsVisibleAsync("#filters button[type=submit]"));
        // A sheet over the whole screen, with the page behind it out of reach.
        var box = await page.Locator("#filter-sheet").BoundingBoxAsync();
        Assert.True(box is { X: 0, Y: 0, Width: > PhoneWidth - 20, Height: PhoneHeight }, $"the sheet is at {box?.X},{box?.Y} {box?.Width}×{box?.Height}");
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('resultater').closest('[inert]') !== null"));
        Assert.Equal("Lukk filtre", (await summary.InnerTextAsync()).Replace("\u2715", "", StringComparison.Ordinal).Trim());

        await page.Keyboard.PressAsync("Escape");
        Assert.False(await page.IsVisibleAsync("#f-q"));
        Assert.Equal("SUMMARY", await page.EvaluateAsync<string>("() => document.activeElement.tagName"));
        Assert.False(await page.EvaluateAsync<bool>("() => document.getElementById('resultater').closest('[inert]') !== null"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_javascript_the_summary_opens_the_sheet_and_a_search_closes_it_again()
    {
        var page = await PageAsync(PhoneWidth, PhoneHeight, javaScript: false);
        await page.GotoAsync("/utlan");
        await page.ClickAsync("#filter-sheet > summary");
        await page.FillAsync("#f-q", "langrennski");
        await page.Locator("#filters button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("q=langrennski", StringComparison.Ordinal));
        Assert.Equal("Filtrer (1)", (await page.Locator("#filter-sheet > summary").InnerTextAsync()).Trim());
        Assert.False(await page.IsVisibleAsync("#f-q"));
        Assert.True(await TopOf(page, "#result-list > li") < PhoneHeight);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_search_in_the_sheet_on_the_start_page_updates_the_list_in_place_and_closes_the_sheet()
    {
        var page = await PageAsync(PhoneWidth, PhoneHeight);
        await page.GotoAsync("/");
        await page.WaitForFunctionAsync("() => window.omigjenMap && document.getElementById('map').dataset.markers !== undefined");
        await page.ClickAsync("#filter-sheet > summary");
        await page.SelectOptionAsync("#f-kind", "lending");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#result-list li').length === 1");
        await page.Locator("#filters button[type=submit]").ClickAsync();
        await page.WaitForFunctionAsync("() => !document.getElementById('filter-sheet').open");
        Assert.Contains("kind=lending", page.Url, StringComparison.Ordinal);
        Assert.Equal("Filtrer (1)", (await page.Locator("#filter-sheet > summary").InnerTextAsync()).Trim());
        Assert.True(await page.IsVisibleAsync("#result-list > li"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/varer")]
    [InlineData("/utlan")]
    public async Task On_a_wide_screen_the_filters_are_always_shown_with_or_without_javascript(string path)
    {
        foreach (var javaScript in new[] { true, false })
        {
            var page = await PageAsync(1280, 900, javaScript);
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.Load);
            Assert.True(await page.IsVisibleAsync("#f-q"), $"{path} (JavaScript {javaScript}): the filters are hidden");
            Assert.False(await page.IsVisibleAsync("#filter-sheet > summary"), $"{path} (JavaScript {javaScript}): the filter button shows");
            Assert.False(await page.IsVisibleAsync("#view-toggle"));
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_toggle_shows_the_list_or_the_map_on_a_phone_and_both_on_a_wide_screen()
    {
        var page = await PageAsync(PhoneWidth, PhoneHeight);
        await page.GotoAsync("/");
        await page.WaitForFunctionAsync("() => window.omigjenMap && document.getElementById('map').dataset.markers !== undefined");
        Assert.True(await page.IsVisibleAsync("#view-toggle"));
        Assert.True(await Pressed(page, "list"));
        Assert.False(await Pressed(page, "map"));
        Assert.True(await page.IsVisibleAsync("#result-list"));
        Assert.False(await page.IsVisibleAsync("#map"));

        await page.ClickAsync("#view-toggle button[data-view=map]");
        Assert.True(await Pressed(page, "map"));
        Assert.False(await Pressed(page, "list"));
        Assert.True(await page.IsVisibleAsync("#map"));
        Assert.False(await page.IsVisibleAsync("#result-list"));
        // Leaflet knows its new size (invalidateSize) and has fitted the markers into it.
        var size = await page.EvaluateAsync<int[]>("() => { const s = window.omigjenMap.map.getSize(); return [s.x, s.y]; }");
        Assert.True(size[0] > 300 && size[1] > 300, $"the map is {size[0]}×{size[1]}");
        Assert.True(await page.EvaluateAsync<int>("() => window.omigjenMap.map.getZoom()") >= 8);
        Assert.True(await page.Locator(".leaflet-marker-icon").CountAsync() > 0);

        await page.ClickAsync("#view-toggle button[data-view=list]");
        Assert.True(await Pressed(page, "list"));
        Assert.True(await page.IsVisibleAsync("#result-list"));
        Assert.False(await page.IsVisibleAsync("#map"));

        await page.SetViewportSizeAsync(1280, 900);
        Assert.False(await page.IsVisibleAsync("#view-toggle"));
        Assert.True(await page.IsVisibleAsync("#map"));
        Assert.True(await page.IsVisibleAsync("#result-list"));
        await page.Context.CloseAsync();

        // Without JavaScript there is no map to switch to: the list shows and the toggle does not.
        var plain = await PageAsync(PhoneWidth, PhoneHeight, javaScript: false);
        await plain.GotoAsync("/");
        Assert.True(await plain.IsVisibleAsync("#result-list"));
        Assert.False(await plain.IsVisibleAsync("#view-toggle"));
        await plain.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/", false)]
    [InlineData("/", true)]
    [InlineData("/varer?q=sykkel", true)]
    [InlineData("/utlan?when=next-weekend", false)]
    [InlineData("/utlan/{id}", false)]
    [InlineData("/utlan/{id}?lang=en", false)]
    public async Task Axe_finds_no_violations_on_a_phone(string path, bool sheetOpen)
    {
        var page = await PageAsync(PhoneWidth, PhoneHeight);
        await page.GotoAsync(path.Replace("{id}", _place.TypeId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (sheetOpen) await page.ClickAsync("#filter-sheet > summary");
        var result = await page.RunAxe();
        var report = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})"));
        Assert.True(result.Violations.Length == 0, report);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/admin/logg")]
    [InlineData("/admin/kategorier")]
    public async Task Admin_tables_become_cards_with_labels_below_40rem(string path)
    {
        var email = $"admin-{Guid.NewGuid():N}@eksempel.no";
        await fixture.App.CreateAsync(email, admin: true);
        var page = await fixture.SignedInPageAsync(email);
        await page.SetViewportSizeAsync(320, 640);
        await page.GotoAsync(path);
        var rows = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('table.table-cards tbody tr')].map(tr =>
              getComputedStyle(tr).display + ' ' + [...tr.querySelectorAll('td')].every(td => td.dataset.label || td.textContent.trim() === ''))
            """);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("block true", r));
        await page.SetViewportSizeAsync(1280, 900);
        Assert.Equal("table-row", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('table.table-cards tbody tr')).display"));
        await page.Context.CloseAsync();
    }

    /// <summary>The availability measured 10,200 px tall at 320 px as nine tables; the grids take well under a third of that.</summary>
    private const int MaxTypePageHeight = 3000;

    [Fact]
    public async Task The_availability_grid_fits_320_px_is_short_and_a_day_books_that_date()
    {
        var id = _place.TypeId.ToString(CultureInfo.InvariantCulture);
        var page = await PageAsync(320, 640);
        await page.GotoAsync($"/utlan/{id}");
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{widths[0]} px wide in {widths[1]} px");
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        Assert.True(height < MaxTypePageHeight, $"the page is {height} px tall");
        Assert.Equal(2, await page.Locator("table.availability-month").CountAsync());

        // Every bookable day is a tap target of at least 44 × 36 px (a seventh of 320 px), and its words fit the cell.
        var small = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('table.availability-month td[data-date] a')]
              .filter(a => { const r = a.getBoundingClientRect(); return r.height < 44 || r.width < 36; })
              .map(a => a.closest('td').dataset.date)
            """);
        Assert.True(small.Length == 0, "too small: " + string.Join(", ", small));
        var broken = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('table.availability-month td .day-free')]
              .filter(s => [...s.textContent.trim().split(' ')].some(word => {
                  const probe = document.createElement('span'); probe.textContent = word; probe.style.whiteSpace = 'nowrap';
                  s.appendChild(probe); const too = probe.getBoundingClientRect().width > s.getBoundingClientRect().width + 0.5; probe.remove(); return too; }))
              .map(s => s.closest('td').dataset.date)
            """);
        Assert.True(broken.Length == 0, "words wider than their cell: " + string.Join(", ", broken));

        var saturday = page.Locator("td[data-date='2026-12-05'] a");
        var name = await saturday.EvaluateAsync<string>("a => [...a.querySelectorAll('span')].filter(s => s.getAttribute('aria-hidden') !== 'true' && getComputedStyle(s).display !== 'none').map(s => s.textContent.trim()).join(' ')");
        Assert.Equal("Bestill lørdag 5. desember, 2 ledige", name);
        Assert.Equal("Stengt", (await page.Locator("td[data-date='2026-12-06'] .day-free").InnerTextAsync()).Trim());
        await page.Context.CloseAsync();

        // The day's link leads to the booking step with that day chosen.
        var email = $"beboer-{Guid.NewGuid():N}@eksempel.no";
        await fixture.App.CreateAsync(email);
        var resident = await fixture.SignedInPageAsync(email);
        await resident.SetViewportSizeAsync(320, 640);
        await resident.GotoAsync($"/utlan/{id}");
        await resident.Locator("td[data-date='2026-12-05'] a").ClickAsync();
        await resident.WaitForURLAsync(u => u.Contains($"/utlan/{id}/bestill", StringComparison.Ordinal));
        Assert.Contains("fra=2026-12-05", resident.Url, StringComparison.Ordinal);
        Assert.Equal("2026-12-05", await resident.EvaluateAsync<string>("() => document.querySelector('[name=fra]').value"));
        await resident.Context.CloseAsync();
    }
}
