using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Moderation;
using Omigjen.Web.Tests.Browser;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Admin;

/// <summary>The administration pages in a browser: no accessibility violations, with content and with errors showing.</summary>
public sealed class AdminBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> SignedInAdminAsync()
    {
        var email = $"admin-nettleser-{Guid.NewGuid():N}@eksempel.no";
        var admin = await fixture.App.CreateAsync(email, admin: true);
        await fixture.App.WithDbAsync(async db =>
        {
            var now = fixture.App.Clock.Now.UtcDateTime;
            var initiative = new Initiative
            {
                Slug = $"nettleser-{Guid.NewGuid():N}", Name = "Bytteboden på skolen", Moderation = ModerationState.Pending, CreatedAt = now, UpdatedAt = now, Version = 1,
            };
            db.Initiatives.Add(initiative);
            await db.SaveChangesAsync();
            db.ModerationRequests.Add(new ModerationRequest
            {
                Kind = ModerationKind.Registration, InitiativeId = initiative.Id, UserId = admin.Id, Message = "Vi bytter klær hver måned.",
                State = ModerationState.Pending, CreatedAt = now,
            });
            return await db.SaveChangesAsync();
        });
        var page = await fixture.SignedInPageAsync(email);
        return page;
    }

    private static async Task AssertNoViolationsAsync(IPage page, string what)
    {
        var result = await page.RunAxe(new AxeRunContext { Include = [new AxeSelector("main")] });
        var report = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})"));
        Assert.True(result.Violations.Length == 0, what + "\n" + report);
    }

    [Fact]
    public async Task Axe_finds_no_violations_on_the_admin_pages()
    {
        var page = await SignedInAdminAsync();
        foreach (var url in new[]
                 {
                     "/admin", "/admin?lang=en", "/admin/initiativ", "/admin/brukere", "/admin/logg", "/admin/innstillinger", "/admin/utdaterte",
                     "/admin/kategorier", "/admin/kategorier?lang=nb", "/admin/varsler", "/admin/varsler?vis=ventende",
                 })
        {
            var response = await page.GotoAsync(url);
            Assert.Equal(200, response!.Status);
            await AssertNoViolationsAsync(page, url);
        }
    }

    [Fact]
    public async Task Errors_on_the_queue_and_the_settings_are_accessible_and_lead_to_the_field()
    {
        var page = await SignedInAdminAsync();
        await page.GotoAsync("/admin");
        var reject = page.Locator("main form[data-action=reject]").First;
        // The browser's own check would stop an empty reason; the server's answer is what is tested here.
        await reject.EvaluateAsync("f => f.noValidate = true");
        await reject.Locator("button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("#feil");
        await AssertNoViolationsAsync(page, "queue with an error");
        await page.Locator("#feil a").First.ClickAsync();
        var focused = await page.EvaluateAsync<string?>("() => document.activeElement && document.activeElement.id");
        Assert.StartsWith("reject-message-", focused, StringComparison.Ordinal);

        await page.GotoAsync("/admin/innstillinger");
        await page.FillAsync("#contact-email", "ikke-en-adresse");
        await page.FillAsync("#zoom", "99");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("#feil");
        await AssertNoViolationsAsync(page, "settings with errors");
        Assert.Equal("true", await page.GetAttributeAsync("#contact-email", "aria-invalid"));
    }
}
