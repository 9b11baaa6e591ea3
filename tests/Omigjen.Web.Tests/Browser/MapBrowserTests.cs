using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Omigjen.Web.Tests.Browser;

/// <summary>What only a browser shows: the map, the JavaScript enhancement, keyboard use and accessibility.</summary>
public sealed class MapBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static async Task WaitForMarkers(IPage page) =>
        await page.WaitForFunctionAsync("() => window.omigjenMap && document.getElementById('map').dataset.markers !== undefined");

    [Fact]
    public async Task MapShowsAMarkerPerLocation()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await WaitForMarkers(page);
        Assert.True(await page.IsVisibleAsync("#map"));
        var markers = await page.EvaluateAsync<int>("() => window.omigjenMap.markers");
        Assert.Equal(11, markers); // 8 active initiatives, book cabinets at 4 locations
        Assert.True(await page.Locator(".leaflet-marker-icon").CountAsync() > 0);
    }

    [Fact]
    public async Task FilteringUpdatesListAndMapWithoutReload()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await WaitForMarkers(page);
        await page.EvaluateAsync("() => window.notReloaded = true");
        await page.SelectOptionAsync("#f-kind", "lending");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#result-list li').length === 1");
        await page.WaitForFunctionAsync("() => window.omigjenMap.markers === 1");
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"));
        Assert.Contains("kind=lending", page.Url, StringComparison.Ordinal);
        Assert.Contains("1 sted", await page.TextContentAsync("#result-count") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeyboardAloneReachesSkipLinkFiltersAndAnInitiative()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("ds-skip-link", await page.EvaluateAsync<string>("() => document.activeElement.className"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        // Tab on until the first initiative link has focus, then open it with Enter.
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var href = await page.EvaluateAsync<string?>("() => document.activeElement.getAttribute('href')");
            if (href?.StartsWith("/initiativ/", StringComparison.Ordinal) == true) break;
        }
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/initiativ/**");
        Assert.NotNull(await page.TextContentAsync("h1"));
    }

    [Fact]
    public async Task SearchAroundTheMapCentreSortsByDistance()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await WaitForMarkers(page);
        await page.EvaluateAsync("() => { window.omigjenMap.map.setView([59.544, 10.563], 13, { animate: false }); }"); // Tofte
        await page.ClickAsync("button.map-centre");
        await page.WaitForFunctionAsync("() => location.search.includes('near=') && document.querySelector('#result-list li .distance') !== null");
        var first = await page.GetAttributeAsync("#result-list li:first-child", "data-slug");
        Assert.True(first == "bokskap", $"{page.Url}: {await page.TextContentAsync("#result-list")}");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?lang=en")]
    [InlineData("/initiativ/modus-jorgensloekka")]
    [InlineData("/initiativ/bokskap?lang=en")]
    [InlineData("/?open=weekend&category=children")]
    public async Task AxeFindsNoViolations(string url)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(url);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var result = await page.RunAxe();
        var report = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})"));
        Assert.True(result.Violations.Length == 0, report);
    }
}
