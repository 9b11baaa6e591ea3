using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Tests.Features.Intake;

namespace Omigjen.Web.Tests.Browser;

/// <summary>
/// The station screen on a tablet (800 × 1280): a sofa and three boxes of children's clothes, one box while the
/// network is down, counted in taps; every target at least 48 × 48 px; axe finds nothing.
/// </summary>
public sealed class StationScreenBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_participant_registers_a_sofa_and_three_boxes_of_clothes_one_while_offline()
    {
        var (stationId, slug) = await fixture.App.StationAsync("Nord gjenvinningsstasjon");
        var (_, email) = await fixture.App.StaffMemberAsync(stationId);
        var page = await fixture.SignedInPageAsync(email);
        await page.SetViewportSizeAsync(800, 1280);
        await page.GotoAsync($"/stasjon/{slug}");
        await page.Locator("#numpad").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });

        // The first registration warms the server up (a shared, busy test machine): the checks wait up to 30 s, not 5.
        var text = new LocatorAssertionsToContainTextOptions { Timeout = 30_000 };
        var taps = 0;
        async Task TapAsync(ILocator target)
        {
            await target.ClickAsync();
            taps++;
        }
        var status = page.Locator("#station-status");
        var sofa = page.Locator("label.tile", new PageLocatorOptions { HasText = "Store møbler" });
        var clothes = page.Locator("label.tile", new PageLocatorOptions { HasText = "Klær og tekstil" });
        var go = page.Locator("#station-go");

        // The sofa: what it is, then register. No typing.
        await TapAsync(sofa);
        await TapAsync(go);
        var tapsForSofa = taps;
        await Assertions.Expect(status).ToContainTextAsync("Registrert: 1 × Store møbler, cirka 40 kg.", text);

        // The first box, weighed: the kilos field, two digits on the pad.
        await TapAsync(clothes);
        await TapAsync(page.Locator("#lot-kg"));
        await TapAsync(page.Locator(".numpad__key[data-key='9']"));
        await TapAsync(go);
        await Assertions.Expect(status).ToContainTextAsync("Registrert: 1 × Klær og tekstil, 9 kg.", text);

        // The second box while the network is down: kept on the tablet, and the screen says so.
        await page.Context.SetOfflineAsync(true);
        await TapAsync(clothes);
        await TapAsync(go);
        var queue = page.Locator("#station-queue");
        await Assertions.Expect(queue).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 });
        await Assertions.Expect(queue).ToContainTextAsync("Venter på nett", text);
        await Assertions.Expect(queue).ToContainTextAsync("1", text);
        Assert.Equal(2, await CountAsync(stationId));

        // The third box: queued behind the second one; both go when the network is back, each once.
        await TapAsync(clothes);
        await TapAsync(go);
        await Assertions.Expect(queue).ToContainTextAsync("2", text);
        await page.Context.SetOfflineAsync(false);
        await Assertions.Expect(queue).ToBeHiddenAsync(new LocatorAssertionsToBeHiddenOptions { Timeout = 30_000 });

        var lots = await fixture.App.WithDbAsync(db => db.IntakeLots.AsNoTracking().Where(l => l.StationId == stationId).OrderBy(l => l.Id).ToListAsync());
        Assert.Equal(4, lots.Count);
        Assert.Equal(IntakeCategory.LargeFurniture, lots[0].Category);
        Assert.All(lots.Skip(1), l => Assert.Equal(IntakeCategory.Textiles, l.Category));
        Assert.Equal(WeightSource.Weighed, lots[1].WeightSource);
        Assert.Equal(9m, lots[1].WeightKg);
        Assert.Equal(4, lots.Select(l => l.IdempotencyKey).Distinct().Count());
        // A registration in the common case takes two taps; the report states the count.
        Assert.Equal(2, tapsForSofa);
        Console.WriteLine($"Station screen: {tapsForSofa} taps for a sofa, {taps} taps for the whole journey (4 registrations).");

        // The undo names the last one.
        await Assertions.Expect(page.Locator("#undo-form")).ToContainTextAsync("Klær og tekstil", text);

        // Every target is at least 48 × 48 CSS px.
        var small = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('#station-form label.tile, #station-form summary, #station-form button, #station-form input.station-number, #undo-form button')]
              .map(e => [e, e.getBoundingClientRect()]).filter(([e, r]) => r.width < 48 || r.height < 48)
              .map(([e, r]) => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(r.width)}x${Math.round(r.height)}`)
            """);
        Assert.True(small.Length == 0, "Targets smaller than 48 px: " + string.Join("; ", small));

        var result = await page.RunAxe();
        var report = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})"));
        Assert.True(result.Violations.Length == 0, report);
        await page.Context.CloseAsync();
    }

    private Task<int> CountAsync(int stationId) => fixture.App.WithDbAsync(db => db.IntakeLots.CountAsync(l => l.StationId == stationId));
}
