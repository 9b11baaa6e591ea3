using System.Globalization;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Omigjen.Web.Tests.Browser;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Lending;

/// <summary>The lending search and a type's page in a real browser: no accessibility violations, nothing the CSP blocks.</summary>
public sealed class LendingPagesBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task<LendingPlaceData> PlaceAsync()
    {
        fixture.App.Clock.Now = TestClock.Default;
        var place = await fixture.App.LendingPlaceAsync(labels: ["150 cm", "150 cm", "160 cm"], hours: "Mo-Sa 10:00-18:00; PH off");
        await fixture.App.CatalogueBookingAsync(place.TypeId, place.UnitIds[0], LendingTestData.Oslo(2026, 12, 5, 10), LendingTestData.Oslo(2026, 12, 5, 18));
        return place;
    }

    [Theory]
    [InlineData("/utlan")]
    [InlineData("/utlan?q=ski&size=150+cm&when=next-weekend&initiative={slug}")]
    [InlineData("/utlan?q=ski&when=next-weekend&initiative={slug}&lang=en")]
    [InlineData("/utlan?when=dates&from=2020-01-01&category=dinosaurer")]
    [InlineData("/utlan?q=qxzzzkrt")]
    [InlineData("/utlan/{id}")]
    [InlineData("/utlan/{id}?storrelse=150+cm")]
    [InlineData("/utlan/{id}?lang=en")]
    public async Task Axe_finds_no_violations_and_the_csp_blocks_nothing(string template)
    {
        var place = await PlaceAsync();
        var url = template.Replace("{slug}", place.Slug, StringComparison.Ordinal)
            .Replace("{id}", place.TypeId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var page = await fixture.NewPageAsync();
        var blocked = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) blocked.Add(m.Text); };
        var response = await page.GotoAsync(url);
        Assert.Equal(200, response!.Status);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var result = await page.RunAxe();
        var report = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})"));
        Assert.True(result.Violations.Length == 0, report);
        Assert.True(blocked.Count == 0, string.Join("\n", blocked));
    }

    [Fact]
    public async Task Searching_with_the_form_puts_the_filters_in_the_url_and_the_type_page_offers_booking()
    {
        var place = await PlaceAsync();
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/utlan?initiative={place.Slug}");
        await page.FillAsync("#f-q", "langrennski");
        await page.FillAsync("#f-size", "150 cm");
        await page.CheckAsync("#f-when-next-weekend");
        await page.Locator("#filters button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("when=next-weekend", StringComparison.Ordinal));
        Assert.Contains("q=langrennski", page.Url, StringComparison.Ordinal);
        var hit = page.Locator($"#result-list li[data-id='{place.TypeId}']");
        Assert.Equal(1, await hit.CountAsync());
        Assert.Contains("1 ledig i størrelse 150 cm", await hit.InnerTextAsync(), StringComparison.Ordinal);

        await hit.Locator("h3 a").ClickAsync();
        await page.WaitForURLAsync(u => u.Contains($"/utlan/{place.TypeId}", StringComparison.Ordinal));
        Assert.Equal("1 ledig", (await page.Locator("td[data-date='2026-12-05'] .day-free").InnerTextAsync()).Trim());
        Assert.Equal("Stengt", (await page.Locator("td[data-date='2026-12-06'] .day-free").InnerTextAsync()).Trim());
        Assert.Equal("søndag 6. desember: Stengt 6. desember.", (await page.Locator("td[data-date='2026-12-06'] .day-text").TextContentAsync())?.Trim());
        Assert.Equal($"/utlan/{place.TypeId}/bestill?storrelse=150%20cm&fra=2026-12-05&til=2026-12-07",
            await page.Locator("td[data-date='2026-12-05'] a").GetAttributeAsync("href"));

        await page.SelectOptionAsync("#f-storrelse", "");
        await page.Locator("#size-filter button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("storrelse=150", StringComparison.Ordinal));
        Assert.Equal("2 ledige", (await page.Locator("td[data-date='2026-12-05'] .day-free").InnerTextAsync()).Trim());
        Assert.Equal($"/utlan/{place.TypeId}/bestill?fra=2026-12-05&til=2026-12-07",
            await page.Locator("td[data-date='2026-12-05'] a").GetAttributeAsync("href"));
    }
}
