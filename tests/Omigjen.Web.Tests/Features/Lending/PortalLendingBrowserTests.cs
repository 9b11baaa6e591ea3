using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Tests.Browser;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Features.Lending.LendingTestData;

namespace Omigjen.Web.Tests.Features.Lending;

/// <summary>The staff's lending pages on a phone-sized screen: a type made and edited, a booking handed out at the desk, and no accessibility violations.</summary>
public sealed class PortalLendingBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_type_editor_and_the_desk_work_on_a_phone_and_pass_axe()
    {
        var place = await fixture.App.LendingPlaceAsync();
        var booking = await fixture.App.StaffBookAsync(place.TypeId, Oslo(2026, 12, 2, 14), Oslo(2026, 12, 4, 12), "150 cm", "Ola", 9);
        var page = await fixture.SignedInPageAsync(place.OwnerEmail);
        await page.SetViewportSizeAsync(390, 844);
        var problems = new List<string>();
        // A refused form answers 400, which the browser reports as a failed load; anything else is a problem.
        page.Console += (_, m) => { if (m.Type == "error" && !m.Text.Contains("status of 400", StringComparison.Ordinal)) problems.Add(m.Text); };

        await page.GotoAsync($"/portal/{place.Slug}/utlan");
        await Axe(page);
        await page.ClickAsync("#new-type");
        await page.WaitForURLAsync(url => url.EndsWith("/utlan/ny", StringComparison.Ordinal));
        await Axe(page);
        // A refused form: the summary and the fields marked, still without violations.
        await page.ClickAsync("#save-type");
        await page.Locator("#feil").WaitForAsync();
        await Axe(page);
        var name = $"Sparkesykkel {Guid.NewGuid():N}"[..20];
        await page.FillAsync("#type-name", name);
        await page.CheckAsync("#type-price-kind-perday");
        await page.FillAsync("#type-price", "30");
        await page.FillAsync("#type-units", "Liten, Liten, Stor");
        await page.ClickAsync("#save-type");
        await page.WaitForURLAsync(url => url.Contains("lagret=ny", StringComparison.Ordinal));
        Assert.Contains("Typen er lagret", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(3, await page.Locator("form[id^=unit-form-]").CountAsync());
        await Axe(page);

        // The first unit to maintenance from the phone.
        var firstUnit = page.Locator("form[id^=unit-form-]").First;
        await firstUnit.Locator("select").SelectOptionAsync(nameof(LendingUnitState.Maintenance));
        await firstUnit.Locator("input[name=note]").FillAsync("Løst hjul");
        await firstUnit.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("lagret=enhet", StringComparison.Ordinal));
        Assert.Contains("Enheten er lagret", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        await Axe(page);

        await page.GotoAsync($"/portal/{place.Slug}/utlan/skranke");
        await Axe(page);
        await page.FillAsync("#code", booking.Code.ToLowerInvariant());
        await page.Locator("#find-form button[type=submit]").ClickAsync();
        await page.Locator("#found").WaitForAsync();
        Assert.Contains("for Ola, 9 år", await page.Locator("#found").InnerTextAsync(), StringComparison.Ordinal);
        await Axe(page);
        // The hand-out button is large enough to hit on a phone.
        var box = await page.Locator("#checkout-found button").BoundingBoxAsync();
        Assert.True(box is { Height: >= 40 }, $"button height {box?.Height}");
        await page.Locator("#checkout-found button").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("levert=", StringComparison.Ordinal));
        Assert.Contains(booking.Code, await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(BookingStatus.CheckedOut, (await fixture.App.StaffBookingAsync(booking.Id)).Status);

        await page.GotoAsync($"/portal/{place.Slug}/utlan/utlant");
        await Axe(page);
        await page.GotoAsync($"/portal/{place.Slug}/utlan/statistikk");
        await Axe(page);
        Assert.Empty(problems);
    }

    private static async Task Axe(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var result = await page.RunAxe();
        var report = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})"));
        Assert.True(result.Violations.Length == 0, page.Url + "\n" + report);
        // Nothing is wider than the phone's screen.
        var wide = await page.EvaluateAsync<string>(
            "() => document.documentElement.scrollWidth <= window.innerWidth + 1 ? '' : [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ')");
        Assert.True(wide.Length == 0, page.Url + " scrolls sideways: " + wide);
    }
}
