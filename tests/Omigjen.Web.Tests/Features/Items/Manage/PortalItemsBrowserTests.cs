using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Tests.Browser;
using Omigjen.Web.Tests.Features.Items;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Items.Manage;

/// <summary>The actor's item pages on a phone-sized screen: photo, preview, one tap sold, and no accessibility violations.</summary>
public sealed class PortalItemsBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Slug = "bua-asker";

    [Fact]
    public async Task An_item_with_a_photo_is_added_from_a_phone_sold_in_one_tap_and_every_page_passes_axe()
    {
        var email = $"mobil-{Guid.NewGuid():N}@eksempel.no";
        var user = await fixture.App.CreateAsync(email);
        await fixture.App.WithDbAsync(async db =>
        {
            var id = await db.Initiatives.Where(i => i.Slug == Slug).Select(i => i.Id).SingleAsync();
            db.InitiativeMembers.Add(new InitiativeMember { InitiativeId = id, UserId = user.Id, Role = MemberRole.Editor, AddedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        var page = await fixture.SignedInPageAsync(email);
        await page.SetViewportSizeAsync(390, 844);
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") problems.Add(m.Text); };

        await page.GotoAsync($"/portal/{Slug}/varer/ny");
        await Axe(page);
        // The short form fits one phone screen: the save button is visible without the "Mer" fields.
        Assert.False(await page.Locator("#item-brand").IsVisibleAsync());
        var title = $"Barnesykkel {Guid.NewGuid():N}"[..20];
        await page.SetInputFilesAsync("#item-photo", new FilePayload
        {
            Name = "IMG_0042.jpg", MimeType = "image/jpeg", Buffer = PhotoTestImages.JpegWithExif(1200, 900, orientation: 6),
        });
        await page.Locator("#item-photo-preview").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        Assert.Equal("true", await page.GetAttributeAsync("#item-alt", "aria-required"));
        await page.FillAsync("#item-alt", "Blå barnesykkel");
        await page.FillAsync("#item-title", title);
        await page.CheckAsync("#item-free");
        Assert.Equal("0", await page.InputValueAsync("#item-price"));
        await page.FillAsync("#item-quantity", "2");
        await page.ClickAsync("#save-item");
        await page.WaitForURLAsync(url => url.Contains("lagt-til=", StringComparison.Ordinal));
        Assert.Contains(title, await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);

        var item = await fixture.App.WithDbAsync(db => db.Items.AsNoTracking().Include(i => i.Photos).SingleAsync(i => i.Title == title));
        Assert.Equal((2, 0), (item.Quantity, item.PriceNok));
        var photo = Assert.Single(item.Photos);
        Assert.Equal((900, 1200), (photo.Width, photo.Height));

        await page.GotoAsync($"/portal/{Slug}/varer");
        var card = page.Locator($"#vare-{item.Id}");
        // The photo loads (the content security policy allows it) at its small size.
        await card.Locator("img").ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync($"() => {{ const img = document.querySelector('#vare-{item.Id} img'); return img && img.complete && img.naturalWidth > 0; }}");
        Assert.EndsWith($"{photo.Key}-320.webp", await card.Locator("img").EvaluateAsync<string>("img => img.currentSrc"), StringComparison.Ordinal);
        await Axe(page);
        await card.Locator("button.pi-sold").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("melding=solgt", StringComparison.Ordinal));
        Assert.Contains("1 igjen", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync($"/portal/{Slug}/varer/{item.Id}");
        await Axe(page);
        // Leaves no files behind: deleting the photo deletes them.
        await page.Locator($"#delete-photo-{photo.Id} button").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("bilde-slettet", StringComparison.Ordinal));
        Assert.Empty(problems);
    }

    private static async Task Axe(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var result = await page.RunAxe();
        var report = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})"));
        Assert.True(result.Violations.Length == 0, page.Url + "\n" + report);
    }
}
