using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Omigjen.Web.Tests.Browser;

/// <summary>"Hva skjer" in a browser: the map beside the list shows the same occasions, and the activity pages pass axe.</summary>
public sealed class WhatsOnMapBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static async Task WaitForMarkers(IPage page) =>
        await page.WaitForFunctionAsync("() => window.omigjenWhatsOnMap && document.getElementById('whats-on-map').dataset.markers !== undefined");

    [Fact]
    public async Task The_map_has_a_marker_per_occasion_of_the_list_and_a_popup_with_title_time_and_link()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/hva-skjer");
        await WaitForMarkers(page);
        Assert.True(await page.IsVisibleAsync("#whats-on-map"));
        var listed = await page.Locator("#whats-on-list > li").CountAsync();
        Assert.True(listed > 1);
        Assert.Equal(listed, await page.EvaluateAsync<int>("() => window.omigjenWhatsOnMap.markers"));

        // The swap market is one occasion at one place: one marker, and its popup links to the occasion.
        await page.GotoAsync("/hva-skjer?type=swap-market");
        await WaitForMarkers(page);
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.omigjenWhatsOnMap.markers"));
        var href = await page.GetAttributeAsync("#whats-on-list > li a", "href");
        await page.ClickAsync("#whats-on-map .leaflet-marker-icon");
        var popup = page.Locator(".leaflet-popup-content");
        await popup.WaitForAsync();
        Assert.Contains("Byttemarked for klær", await popup.TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Contains("kl. 12.00", await popup.TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.EndsWith(href!, await popup.Locator("a").GetAttributeAsync("href") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_map_is_skipped_by_keyboard_users_who_reach_every_occasion_in_the_list()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/hva-skjer?type=swap-market&lang=en");
        await WaitForMarkers(page);
        Assert.Equal("region", await page.GetAttributeAsync("#whats-on-map", "role"));
        Assert.Contains("list shows the same", await page.GetAttributeAsync("#whats-on-map", "aria-label") ?? "", StringComparison.Ordinal);
        await page.FocusAsync("#whats-on-list > li a");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/aktiviteter/**");
        Assert.Contains("Byttemarked", await page.TextContentAsync("h1") ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/hva-skjer", false)]
    [InlineData("/hva-skjer?lang=en", false)]
    [InlineData("", true)]
    [InlineData("?lang=en", true)]
    public async Task AxeFindsNoViolations(string url, bool occasion)
    {
        var page = await fixture.NewPageAsync();
        if (occasion)
        {
            await page.GotoAsync("/hva-skjer");
            url = await page.GetAttributeAsync("#whats-on-list > li a", "href") + url;
        }
        await page.GotoAsync(url);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var result = await page.RunAxe();
        var report = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})"));
        Assert.True(result.Violations.Length == 0, url + "\n" + report);
    }
}
