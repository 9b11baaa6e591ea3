using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Tests.Features.Intake;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Browser;

/// <summary>
/// The allocation's pages in a browser: a partner claims an extra lot by its button, the station confirms the pickup,
/// and axe finds nothing on the station's, the partner's, the administrator's and the public pages.
/// </summary>
public sealed class AllocationBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static async Task NoAxeViolationsAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        var result = await page.RunAxe();
        var report = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})"));
        Assert.True(result.Violations.Length == 0, $"{path}:\n{report}");
    }

    [Fact]
    public async Task A_partner_claims_by_the_button_the_station_confirms_and_every_page_passes_axe()
    {
        var app = fixture.App;
        var (stationId, slug) = await app.StationAsync("Axe gjenvinningsstasjon");
        var (_, staffEmail) = await app.StaffMemberAsync(stationId);
        var partner = await app.PartnerAsync("Barneklærne", [IntakeCategory.Textiles, IntakeCategory.ChildrenToys]);
        var lot = await app.LotAsync(stationId, IntakeCategory.Textiles, kg: 9m, count: 3);

        var staff = await fixture.SignedInPageAsync(staffEmail);
        await staff.SetViewportSizeAsync(800, 1280);
        await NoAxeViolationsAsync(staff, $"/stasjon/{slug}/fordeling");
        await staff.Locator($"form[action*='handler=announce']:has(input[value='{lot}']) button").ClickAsync();
        await Assertions.Expect(staff.Locator("[role=status]")).ToContainTextAsync("Partiet er lyst ut");

        var member = await fixture.SignedInPageAsync(partner.OwnerEmail);
        await NoAxeViolationsAsync(member, $"/portal/{partner.Slug}/hentinger");
        await member.Locator($"form[action*='handler=claim']:has(input[value='{lot}']) button").ClickAsync();
        await Assertions.Expect(member.Locator("[role=status]")).ToContainTextAsync("Interessen er registrert");

        app.Clock.Now += TimeSpan.FromHours(25);
        await app.RunIntakeJobAsync();
        await staff.GotoAsync($"/stasjon/{slug}/fordeling");
        await staff.Locator($"form[action*='handler=confirm']:has(input[value='{lot}']) button").ClickAsync();
        await Assertions.Expect(staff.Locator("[role=status]")).ToContainTextAsync("Hentingen er bekreftet");

        var admin = $"admin-{Guid.NewGuid():N}@eksempel.no";
        await app.CreateAsync(admin, admin: true);
        var adminPage = await fixture.SignedInPageAsync(admin);
        await NoAxeViolationsAsync(adminPage, "/admin/stasjoner/partnere");
        await NoAxeViolationsAsync(adminPage, $"/admin/stasjoner/partnere/{partner.PartnerId}");
        await NoAxeViolationsAsync(adminPage, "/admin/stasjoner/partnere/ny");
        await NoAxeViolationsAsync(adminPage, "/admin/stasjoner/fordeling");

        var visitor = await fixture.NewPageAsync();
        await NoAxeViolationsAsync(visitor, "/ombruk-fra-stasjonene");
        await Assertions.Expect(visitor.Locator($"#parti-{lot}")).ToContainTextAsync("Barneklærne");
        await NoAxeViolationsAsync(visitor, $"/gis-bort/{slug}");
    }
}
