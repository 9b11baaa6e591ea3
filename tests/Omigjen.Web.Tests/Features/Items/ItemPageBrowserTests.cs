using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Tests.Browser;

namespace Omigjen.Web.Tests.Features.Items;

/// <summary>The search page and the item page in a real browser: no accessibility violations, nothing the CSP blocks.</summary>
public sealed class ItemPageBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task<(int Id, string Slug)> ItemAsync()
    {
        var (initiative, slug) = await fixture.App.NewInitiativeAsync(hours: "Mo-Fr 10:00-18:00");
        var id = await fixture.App.AddItemAsync(initiative, new Item
        {
            Title = "Barnesykkel 16 tommer", Description = "Rød, med støttehjul.", PriceNok = 300, Size = "16",
            Photos = [new ItemPhoto { Key = Guid.NewGuid().ToString("N"), AltText = "Rød barnesykkel", Width = 1200, Height = 900, CreatedAt = DateTime.UtcNow }],
        });
        return (id, slug);
    }

    [Theory]
    [InlineData("/varer?q=sykkel&initiative={slug}")]
    [InlineData("/varer?q=sykkel&initiative={slug}&lang=en")]
    [InlineData("/varer?category=dinosaurer&q=sykkel")]
    [InlineData("/varer?q=qxzzzkrt")]
    [InlineData("/varer/{id}")]
    [InlineData("/varer/{id}?lang=en")]
    public async Task Axe_finds_no_violations_and_the_csp_blocks_nothing(string template)
    {
        var (id, slug) = await ItemAsync();
        var url = template.Replace("{slug}", slug, StringComparison.Ordinal).Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var page = await fixture.NewPageAsync();
        var blocked = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) blocked.Add(m.Text); };
        await page.GotoAsync(url);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var result = await page.RunAxe();
        var report = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})"));
        Assert.True(result.Violations.Length == 0, report);
        Assert.True(blocked.Count == 0, string.Join("\n", blocked));
    }

    [Fact]
    public async Task Searching_with_the_form_puts_the_filters_in_the_url()
    {
        var (id, slug) = await ItemAsync();
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/varer?initiative={slug}");
        await page.FillAsync("#f-q", "sykler");
        await page.FillAsync("#f-max-price", "500");
        await page.Locator("#filters button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("q=sykler", StringComparison.Ordinal));
        Assert.Contains("max_price=500", page.Url, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator($"#result-list li[data-id='{id}']").CountAsync());
    }
}
