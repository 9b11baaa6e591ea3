using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Omigjen.Web.Features.Impact.Ledger;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Points;
using Omigjen.Web.Features.Points.Issuers;
using Omigjen.Web.Features.Points.Rewards;
using Omigjen.Web.Features.Points.Rules;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Tests.Features.Items;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Browser;

/// <summary>
/// Kartet's two halves in one journey on two phones: a used child's bike is sold at an initiative in the points
/// programme, the resident claims the points code, sees the bike in "Mitt ombruk", redeems a reward, and the actor takes
/// the voucher; the municipality's yearly figure and EU report count the bike.
/// </summary>
public sealed class ImpactPointsJourneyBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IAsyncLifetime
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
    public async Task A_child_bike_sold_with_a_points_code_shows_in_my_reuse_earns_a_reward_and_counts_in_the_yearly_figures()
    {
        fixture.App.Clock.Now = TestClock.Default; // Wednesday 2 December 2026, 12:00
        var app = fixture.App;
        var (initiativeId, slug) = await app.NewInitiativeAsync(hours: "Mo-Sa 10:00-18:00");
        var actorEmail = $"aktor-{Guid.NewGuid():N}@eksempel.no";
        var residentEmail = $"beboer-{Guid.NewGuid():N}@eksempel.no";
        var actor = await app.CreateAsync(actorEmail);
        var resident = await app.CreateAsync(residentEmail);
        await app.AddMemberAsync(initiativeId, actor.Id, MemberRole.Owner);
        var rewardTitle = $"Gratis tilhenger en helg {Guid.NewGuid():N}"[..32];
        var points = await app.WithDbAsync(async db =>
        {
            db.PointsIssuers.Add(new PointsIssuer { InitiativeId = initiativeId, Status = IssuerStatus.Approved, RequestedAt = DateTime.UtcNow, DecidedAt = DateTime.UtcNow });
            var rules = await db.CurrentAsync(default);
            var worth = rules.PointsFor(PointsAction.BuyingUsed);
            db.Rewards.Add(new Reward
            {
                InitiativeId = initiativeId, TitleNb = rewardTitle, TitleEn = rewardTitle, PointsPrice = worth, Stock = 1,
                CreatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
            return worth;
        });
        Assert.True(points > 0, "buying used earns points");
        var bike = $"Barnesykkel 16 tommer {Guid.NewGuid():N}"[..30];
        var itemId = await app.AddItemAsync(initiativeId, new Item { Title = bike, PriceNok = 300, Category = GoodsCategory.Bikes });

        // The actor, on a phone at the counter: "Solgt", then one tap for the points code.
        var actorPage = await PhonePageAsync(actorEmail);
        await actorPage.GotoAsync($"/portal/{slug}/varer");
        var row = actorPage.Locator("li, tr", new PageLocatorOptions { HasText = bike }).Last;
        await row.Locator("button.pi-sold").ClickAsync();
        await actorPage.Locator("#sold-points").ClickAsync();
        var claimUrl = new Uri(await actorPage.Locator(".points-url").InnerTextAsync());
        Assert.Contains("/poeng/", claimUrl.AbsolutePath, StringComparison.Ordinal);

        // The resident scans the QR code (it opens the claim page) and confirms.
        var residentPage = await PhonePageAsync(residentEmail);
        await residentPage.GotoAsync(claimUrl.PathAndQuery);
        Assert.Contains(points.ToString(CultureInfo.InvariantCulture), await residentPage.Locator("#what-heading").InnerTextAsync(), StringComparison.Ordinal);
        await residentPage.Locator("#claim-confirm").ClickAsync();
        await residentPage.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal(0, await residentPage.Locator("#claim-refusal").CountAsync());

        // "Mitt ombruk": the bike with its kg (the category's average, 15.1 kg) and CO2e (149.6 × 0.5 = 74.8 kg).
        await residentPage.GotoAsync("/konto/ombruk");
        var entry = residentPage.Locator("#impact-mine tbody tr").First;
        var entryText = await entry.InnerTextAsync();
        Assert.Contains(slug, await entry.Locator("a").First.GetAttributeAsync("href") ?? "", StringComparison.Ordinal);
        Assert.Contains("15,1", entryText, StringComparison.Ordinal);
        Assert.Contains("74,8", entryText, StringComparison.Ordinal);
        await residentPage.GotoAsync("/konto/poeng");
        Assert.Contains(points.ToString(CultureInfo.InvariantCulture), await residentPage.Locator("#points-balance").InnerTextAsync(), StringComparison.Ordinal);

        // The resident redeems the reward and gets a voucher.
        await residentPage.GotoAsync("/poeng/belonninger");
        var reward = residentPage.Locator("li.pi-card", new PageLocatorOptions { HasText = rewardTitle });
        await reward.Locator("button[type=submit]").ClickAsync();
        await residentPage.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal(0, await residentPage.Locator("#redeem-refusal").CountAsync());
        await residentPage.GotoAsync("/konto/poeng");
        var voucher = await residentPage.Locator("li.pi-card", new PageLocatorOptions { HasText = rewardTitle }).Locator(".voucher-code").InnerTextAsync();
        Assert.Contains("0 poeng", await residentPage.Locator("#points-balance").InnerTextAsync(), StringComparison.Ordinal);

        // The actor types the voucher at the counter, sees the reward and "Gyldig", and marks it used.
        await actorPage.GotoAsync($"/portal/{slug}/poeng/kupong");
        await actorPage.Locator("#kode").FillAsync(voucher);
        await actorPage.Locator("#kode").PressAsync("Enter");
        await actorPage.Locator("#voucher-state").WaitForAsync();
        Assert.Equal("Gyldig", (await actorPage.Locator("#voucher-state").InnerTextAsync()).Trim());
        Assert.Contains(rewardTitle, await actorPage.Locator("#voucher-heading").InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(residentEmail, await actorPage.ContentAsync(), StringComparison.OrdinalIgnoreCase);
        await actorPage.Locator("#voucher-use").ClickAsync();
        await actorPage.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal("Brukt", (await actorPage.Locator("#voucher-state").InnerTextAsync()).Trim());

        // The ledger holds the sale, linked to the resident through the claimed code.
        var act = await app.WithDbAsync(db => db.ReuseActs.AsNoTracking().SingleAsync(a => a.Source == ReuseSource.Item && a.SourceId == itemId));
        Assert.Equal(15_100, act.WeightGrams);
        Assert.Equal(74_800, act.Co2eGrams);
        Assert.True(await app.WithDbAsync(db => db.ReuseActLinks.AnyAsync(l => l.ReuseActId == act.Id && l.UserId == resident.Id)));

        // The start page's yearly figure is this year's ledger, bike included.
        var year = await app.WithDbAsync(async db =>
        {
            var from = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(-1);
            var acts = db.ReuseActs.AsNoTracking().Where(a => a.At >= from);
            return (Acts: await acts.SumAsync(a => a.ReversesId == null ? 1 : -1),
                Waste: await acts.Where(a => a.Channel != ReuseChannel.Lending).SumAsync(a => a.WeightGrams));
        });
        await app.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(DirectoryOutputCache.Tag, default);
        var home = await PhonePageAsync(null);
        await home.GotoAsync("/");
        var figure = await home.Locator("#municipal-impact").InnerTextAsync();
        Assert.Contains(year.Acts.ToString("N0", CultureInfo.GetCultureInfo("nb-NO")) + " ombrukshandlinger", figure, StringComparison.Ordinal);
        Assert.True(year.Waste >= act.WeightGrams);

        // The EU 2021/19 report for the year counts the bike under "other products" with the shop channel.
        var officer = $"saksbehandler-{Guid.NewGuid():N}@eksempel.no";
        await app.CreateAsync(officer, admin: true);
        var officerPage = await PhonePageAsync(officer);
        var response = await officerPage.APIRequest.GetAsync("/admin/effekt?handler=eu&ar=2026&format=json");
        Assert.True(response.Ok, $"EU report: {response.Status}");
        using var eu = JsonDocument.Parse(await response.TextAsync());
        var other = eu.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("euCategory").GetString() == Tokens.Of(Omigjen.Web.Features.Impact.Factors.EuReuseCategory.Other)
                        && c.GetProperty("channel").GetString() == Tokens.Of(ReuseChannel.Shop))
            .Sum(c => c.GetProperty("kg").GetDecimal());
        var expected = await app.WithDbAsync(async db =>
        {
            var from = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(-1);
            var to = new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(-1);
            var mapped = db.Factors.Where(f => f.EuCategory == Omigjen.Web.Features.Impact.Factors.EuReuseCategory.Other && f.Activity == ImpactActivity.Reuse);
            return await db.ReuseActs.AsNoTracking()
                .Where(a => a.At >= from && a.At < to && a.Channel == ReuseChannel.Shop
                            && mapped.Any(f => f.FactorSetVersion == a.FactorSetVersion && f.Category == a.Category))
                .SumAsync(a => a.WeightGrams);
        });
        Assert.True(expected >= act.WeightGrams);
        Assert.Equal(expected / 1000m, other);

        await actorPage.Context.CloseAsync();
        await residentPage.Context.CloseAsync();
        await home.Context.CloseAsync();
        await officerPage.Context.CloseAsync();
    }

    private async Task<IPage> PhonePageAsync(string? email)
    {
        var page = email is null ? await fixture.NewPageAsync() : await fixture.SignedInPageAsync(email);
        await page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        return page;
    }
}
