using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Browser;

/// <summary>The opening-hours editor in a browser: keyboard only, live preview and errors, saving, "Stengt i dag".</summary>
public sealed class HoursEditorBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    // Open Monday to Friday 09:00-15:00, so open at the test clock's Wednesday noon.
    private const string Slug = "miljopatruljen-byggevareutsalg";

    private async Task<IPage> SignedInMemberAsync(string slug)
    {
        var email = $"nettleser-{Guid.NewGuid():N}@eksempel.no";
        var user = await fixture.App.CreateAsync(email);
        await fixture.App.WithDbAsync(async db =>
        {
            var id = await db.Initiatives.Where(i => i.Slug == slug).Select(i => i.Id).SingleAsync();
            db.InitiativeMembers.Add(new InitiativeMember { InitiativeId = id, UserId = user.Id, Role = MemberRole.Editor, AddedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        var page = await fixture.SignedInPageAsync(email);
        return page;
    }

    private static Task<string?> ActiveId(IPage page) => page.EvaluateAsync<string?>("() => document.activeElement && document.activeElement.id");

    [Fact]
    public async Task Hours_are_set_with_the_keyboard_previewed_live_saved_and_closed_today_shows_on_the_map_list()
    {
        var page = await SignedInMemberAsync(Slug);
        await page.GotoAsync($"/portal/{Slug}/apningstider");
        await page.EvaluateAsync("() => { window.__noReload = true; }");

        // Tab to Monday's first "Fra" field and type the times.
        for (var i = 0; i < 80 && await ActiveId(page) != "d0-p0-from"; i++) await page.Keyboard.PressAsync("Tab");
        Assert.Equal("d0-p0-from", await ActiveId(page));
        await page.Keyboard.TypeAsync("1000");
        for (var i = 0; i < 5 && await ActiveId(page) != "d0-p0-to"; i++) await page.Keyboard.PressAsync("Tab");
        Assert.Equal("d0-p0-to", await ActiveId(page));
        await page.Keyboard.TypeAsync("1400");

        // The preview (Monday 7 December) and the text field follow without a page load.
        await page.WaitForFunctionAsync("() => document.querySelector('#hours-preview tr[data-date=\"2026-12-07\"] td').textContent.trim() === '10.00–14.00'");
        await page.WaitForFunctionAsync("() => document.getElementById('raw').value === 'Mo 10:00-14:00; Tu-Fr 09:00-15:00; PH off'");
        Assert.Equal("09.00–15.00", (await page.TextContentAsync("#hours-preview tr[data-date='2026-12-08'] td"))?.Trim());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__noReload === true"));

        // With the script, a day shows only its periods; "Legg til periode" adds a row and "Fjern" takes it away.
        Assert.Equal(1, await page.Locator("#d1 .hours-period").CountAsync());
        await page.ClickAsync("#d1 .hours-add");
        Assert.Equal(2, await page.Locator("#d1 .hours-period").CountAsync());
        Assert.Equal("d1-p1-from", await ActiveId(page));
        await page.ClickAsync("#d1 .hours-period:nth-child(2) .hours-remove");
        Assert.Equal(1, await page.Locator("#d1 .hours-period").CountAsync());

        // An invalid value under "Avansert" is explained while typing.
        await page.ClickAsync("#advanced > summary");
        await page.FillAsync("#raw", "");
        await page.Locator("#raw").PressSequentiallyAsync("Mo-Fr 10:00-17:00; Xy 10:00");
        await page.WaitForFunctionAsync("() => document.querySelector('#raw-error .ds-validation-message') !== null");
        var error = await page.TextContentAsync("#raw-error") ?? "";
        Assert.Contains("Feilen står her: «Xy 10:00»", error, StringComparison.Ordinal);
        Assert.Equal("true", await page.GetAttributeAsync("#raw", "aria-invalid"));
        Assert.True(await page.IsCheckedAsync("#mode-advanced"));
        Assert.True(await page.EvaluateAsync<bool>("() => window.__noReload === true"));

        // Corrected, the error goes away; saving stores the value.
        await page.FillAsync("#raw", "Mo 10:00-14:00; Tu-Fr 09:00-15:00; PH off");
        await page.WaitForFunctionAsync("() => document.querySelector('#raw-error .ds-validation-message') === null");
        await page.ClickAsync("#hours-form button[type=submit]");
        await page.WaitForURLAsync("**/apningstider?lagret=1");
        Assert.Contains("lagret", await page.TextContentAsync("main [role=status]") ?? "", StringComparison.Ordinal);
        Assert.Equal("Mo 10:00-14:00; Tu-Fr 09:00-15:00; PH off", await page.InputValueAsync("#raw"));
        Assert.Equal("10:00", await page.InputValueAsync("#d0-p0-from"));
        var stored = await fixture.App.WithDbAsync(db => db.Initiatives.Where(i => i.Slug == Slug).Select(i => i.OpeningHours).SingleAsync());
        Assert.Equal("Mo 10:00-14:00; Tu-Fr 09:00-15:00; PH off", stored);

        // "Stengt i dag" on the exceptions page: the front page shows the place closed at once.
        await page.GotoAsync($"/portal/{Slug}/unntak");
        await page.FillAsync("#reason", "Sykdom");
        await page.ClickAsync("#closed-today button[type=submit]");
        await page.WaitForURLAsync("**/unntak?melding=stengt");
        Assert.Contains("Stengt i dag: Sykdom", await page.TextContentAsync(".special-today") ?? "", StringComparison.Ordinal);

        await page.GotoAsync("/");
        var card = page.Locator($"#result-list li[data-slug='{Slug}'] .status");
        Assert.Contains("status--closed", await card.GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        var mapState = await page.EvaluateAsync<string>(
            $"() => fetch('/api/v1/initiatives.geojson').then(r => r.json()).then(d => d.features.find(f => f.properties.slug === '{Slug}').properties.state)");
        Assert.Equal("closed", mapState);
    }

    [Fact]
    public async Task AxeFindsNoViolationsOnTheEditorAndTheExceptionsPage()
    {
        const string slug = "modus-jorgensloekka";
        var page = await SignedInMemberAsync(slug);
        foreach (var url in new[] { $"/portal/{slug}/apningstider", $"/portal/{slug}/apningstider?lang=en", $"/portal/{slug}/unntak" })
        {
            await page.GotoAsync(url);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            if (url.Contains("apningstider", StringComparison.Ordinal)) await page.ClickAsync("#advanced > summary");
            var result = await page.RunAxe();
            var report = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})"));
            Assert.True(result.Violations.Length == 0, url + "\n" + report);
        }
    }
}
