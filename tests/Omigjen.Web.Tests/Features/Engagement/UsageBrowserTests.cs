using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Omigjen.Web.Features.Engagement;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Tests.Browser;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Engagement;

/// <summary>The beacons the map and the details page send, in a real browser, and what they add to the counts.</summary>
public sealed class UsageBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task<int> CountAsync(string slug, UsageKind kind)
    {
        await fixture.App.Services.GetRequiredService<UsageCounter>().FlushAsync();
        var week = UsageCounter.WeekStartOf(fixture.App.Services.GetRequiredService<MunicipalClock>().Today);
        return await fixture.App.WithDbAsync(db => db.UsageCounts
            .Where(u => u.WeekStart == week && u.Kind == kind)
            .Join(db.Initiatives.Where(i => i.Slug == slug), u => u.InitiativeId, i => i.Id, (u, _) => u.Count)
            .SingleOrDefaultAsync());
    }

    [Fact]
    public async Task Opening_a_marker_popup_counts_a_map_open()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitForFunctionAsync("() => window.omigjenMap && window.omigjenMap.markers > 0");
        var slug = await page.EvaluateAsync<string>(
            "() => /href=\"\\/initiativ\\/([^\"]+)\"/.exec(window.omigjenMap.cluster.getLayers()[0].getPopup().getContent())[1]");
        var before = await CountAsync(slug, UsageKind.MapOpen);

        var beacon = await page.RunAndWaitForRequestAsync(() => page.EvaluateAsync(
            """
            () => new Promise(resolve => {
              const cluster = window.omigjenMap.cluster;
              const marker = cluster.getLayers()[0];
              const open = () => { marker.openPopup(); resolve(); };
              if (cluster.zoomToShowLayer) cluster.zoomToShowLayer(marker, open); else open();
            })
            """), r => r.Url.EndsWith("/api/v1/usage", StringComparison.Ordinal));
        Assert.Equal("POST", beacon.Method);
        var body = System.Text.Json.JsonDocument.Parse(beacon.PostData!).RootElement;
        Assert.Equal("map-open", body.GetProperty("kind").GetString());
        Assert.Equal(slug, body.GetProperty("slug").GetString());
        Assert.Equal(204, (await beacon.ResponseAsync())?.Status);
        Assert.Equal(before + 1, await CountAsync(slug, UsageKind.MapOpen));
    }

    [Fact]
    public async Task Following_a_directions_link_counts_and_does_not_stop_the_link()
    {
        const string slug = "modus-jorgensloekka";
        var before = await CountAsync(slug, UsageKind.Directions);
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/initiativ/{slug}");
        // Last in line for the click: note whether anything before it stopped the link, then keep the test page here.
        await page.EvaluateAsync("() => window.addEventListener('click', e => { window.linkStopped = e.defaultPrevented; e.preventDefault(); })");
        var link = page.Locator("a[data-usage=directions]").First;
        // Keyboard: focus the link and press Enter, which fires the same click event a mouse does.
        await link.FocusAsync();
        var beacon = await page.RunAndWaitForRequestAsync(() => page.Keyboard.PressAsync("Enter"),
            r => r.Url.EndsWith("/api/v1/usage", StringComparison.Ordinal));
        Assert.False(await page.EvaluateAsync<bool>("() => window.linkStopped"));
        Assert.Equal(204, (await beacon.ResponseAsync())?.Status);
        Assert.Contains("\"directions\"", beacon.PostData, StringComparison.Ordinal);
        Assert.Equal(before + 1, await CountAsync(slug, UsageKind.Directions));
    }

    /// <summary>Axe on the whole page, or only on <c>main</c> (the page's own content, without the shared header).</summary>
    private static async Task AssertNoAxeViolationsAsync(IPage page, bool mainOnly = false)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var result = mainOnly ? await page.Locator("main").RunAxe() : await page.RunAxe();
        var report = string.Join("\n", result.Violations.Select(v => $"{page.Url} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})"));
        Assert.True(result.Violations.Length == 0, report);
    }

    [Theory]
    [InlineData("/personvern")]
    [InlineData("/personvern?lang=en")]
    [InlineData("/tilgjengelighet")]
    [InlineData("/tilgjengelighet?lang=en")]
    public async Task Axe_finds_no_violations_on_the_statements(string url)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(url);
        await AssertNoAxeViolationsAsync(page);
    }

    [Fact]
    public async Task Axe_finds_no_violations_on_the_statistics_and_confirm_pages()
    {
        const string slug = "bua-asker";
        var email = $"statistikk-{Guid.NewGuid():N}@eksempel.no";
        var user = await fixture.App.CreateAsync(email);
        var id = await fixture.App.WithDbAsync(async db =>
        {
            var id = await db.Initiatives.Where(i => i.Slug == slug).Select(i => i.Id).SingleAsync();
            db.InitiativeMembers.Add(new InitiativeMember { InitiativeId = id, UserId = user.Id, Role = MemberRole.Editor, AddedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return id;
        });
        var page = await fixture.SignedInPageAsync(email);

        await page.GotoAsync($"/portal/{slug}/statistikk");
        Assert.Equal(StatisticsModel.Weeks, await page.Locator("table.usage-table tbody tr").CountAsync());
        await AssertNoAxeViolationsAsync(page, mainOnly: true);

        var token = fixture.App.Services.GetRequiredService<EntryConfirmTokens>().Create(id, slug);
        await page.GotoAsync($"/portal/bekreft?t={Uri.EscapeDataString(token)}");
        await AssertNoAxeViolationsAsync(page, mainOnly: true);
        await page.GotoAsync("/portal/bekreft?t=ugyldig");
        await AssertNoAxeViolationsAsync(page, mainOnly: true);
    }
}
