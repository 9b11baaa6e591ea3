using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Lending.Bookings;
using Omigjen.Web.Tests.Browser;
using Omigjen.Web.Tests.Features.Reservations;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Lending;

/// <summary>The booking form in a browser with the keyboard alone (Tab, typing, arrows, Space, Enter), with visible focus and no axe violations.</summary>
public sealed class BookingKeyboardBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static Task<string?> ActiveId(IPage page) => page.EvaluateAsync<string?>("() => document.activeElement && document.activeElement.id");

    /// <summary>Presses Tab until the element with <paramref name="id"/> has focus; fails when it is not in the tab order.</summary>
    private static async Task TabToAsync(IPage page, string id, int max = 80)
    {
        for (var i = 0; i < max && await ActiveId(page) != id; i++) await page.Keyboard.PressAsync("Tab");
        Assert.True(await ActiveId(page) == id, $"#{id} was not reached with Tab");
        // The focus is visible: the site's outline for keyboard focus.
        var outline = await page.EvaluateAsync<string>(
            "() => { const s = getComputedStyle(document.activeElement); return document.activeElement.matches(':focus-visible') + ' ' + s.outlineStyle + ' ' + s.outlineWidth; }");
        Assert.True(outline.StartsWith("true solid", StringComparison.Ordinal) && !outline.EndsWith(" 0px", StringComparison.Ordinal), $"#{id}: focus not visible ({outline})");
    }

    private static Task<string> ValueOf(IPage page, string id) => page.EvaluateAsync<string>($"() => document.getElementById('{id}').value");

    /// <summary>
    /// Types a date into a focused date input. The order of its fields (day or month first) follows the browser's own
    /// language, so the first try is day first; when the value shows month first, Shift+Tab goes back to the first
    /// field and the date is typed again the other way.
    /// </summary>
    private static async Task TypeDateAsync(IPage page, string id, DateOnly date)
    {
        var dd = date.Day.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        var mm = date.Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        var yyyy = date.Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture);
        await page.Keyboard.TypeAsync(dd + mm + yyyy);
        if (await ValueOf(page, id) != BookingTestSupport.Day(date))
        {
            await page.Keyboard.PressAsync("Shift+Tab");
            await page.Keyboard.PressAsync("Shift+Tab");
            await page.Keyboard.TypeAsync(mm + dd + yyyy);
        }
        Assert.Equal(BookingTestSupport.Day(date), await ValueOf(page, id));
    }

    private static async Task AssertNoAxeViolations(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var result = await page.RunAxe();
        var report = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})"));
        Assert.True(result.Violations.Length == 0, $"{page.Url}\n{report}");
    }

    [Fact]
    public async Task A_booking_is_made_with_the_keyboard_alone()
    {
        var place = await fixture.App.LendingPlaceAsync(hours: "Mo-Su 10:00-18:00", labels: ["150 cm", "160 cm"]);
        var email = ReservationTestData.NewEmail("tastatur");
        var user = await fixture.App.CreateAsync(email);
        var page = await fixture.SignedInPageAsync(email);
        var blocked = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) blocked.Add(m.Text); };

        await page.GotoAsync($"/utlan/{place.TypeId}/bestill");
        await AssertNoAxeViolations(page);

        // Step 1: size with the arrow keys, dates typed, "Vis tider" with Enter.
        await TabToAsync(page, "storrelse");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("150 cm", await ValueOf(page, "storrelse"));
        await TabToAsync(page, "fra", 3);
        await TypeDateAsync(page, "fra", new DateOnly(2026, 12, 5));
        await TabToAsync(page, "til", 6);
        await TypeDateAsync(page, "til", new DateOnly(2026, 12, 6));
        await TabToAsync(page, "show-times", 6);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("fra=2026-12-05", StringComparison.Ordinal) && url.Contains("til=2026-12-06", StringComparison.Ordinal));
        await AssertNoAxeViolations(page);
        Assert.Equal(0, await page.Locator("#feil").CountAsync());

        // Step 2: times with the arrow keys, the co-borrower with Space and typing, the mobile number, Enter to book.
        await TabToAsync(page, "hentetid");
        Assert.Equal("10:00", await ValueOf(page, "hentetid"));
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("11:00", await ValueOf(page, "hentetid"));
        await TabToAsync(page, "leveringstid", 3);
        Assert.Equal("18:00", await ValueOf(page, "leveringstid"));
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("17:30", await ValueOf(page, "leveringstid"));
        await TabToAsync(page, "medlaaner", 3);
        // With the script the name and age appear only when the box is ticked.
        Assert.False(await page.IsVisibleAsync("#medlaaner-navn"));
        await page.Keyboard.PressAsync("Space");
        Assert.True(await page.IsCheckedAsync("#medlaaner"));
        await TabToAsync(page, "medlaaner-navn", 3);
        await page.Keyboard.TypeAsync("Ola");
        await TabToAsync(page, "medlaaner-alder", 3);
        await page.Keyboard.TypeAsync("9");
        await TabToAsync(page, "mobil", 3);
        await page.Keyboard.TypeAsync("412 34 567");
        await TabToAsync(page, "book", 3);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("/konto/utlan/", StringComparison.Ordinal) && url.EndsWith("?ny=1", StringComparison.Ordinal));

        var code = (await page.TextContentAsync("#code"))?.Trim();
        Assert.Matches("^[2-9A-Z]{6}$", code);
        var row = await fixture.App.WithDbAsync(db => db.Bookings.AsNoTracking().SingleAsync(b => b.UserId == user.Id));
        Assert.Equal(code, row.Code);
        Assert.Equal(place.UnitIds[0], row.UnitId);
        Assert.Equal(LendingTestData.Oslo(2026, 12, 5, 11).UtcDateTime, row.PickupAt);
        Assert.Equal(LendingTestData.Oslo(2026, 12, 6, 17, 30).UtcDateTime, row.ReturnBy);
        Assert.Equal(("Ola", (int?)9, "+4741234567"), (row.CoBorrowerName, row.CoBorrowerAge, row.Phone));
        Assert.Equal(BookingStatus.Booked, row.Status);
        await AssertNoAxeViolations(page);

        await page.GotoAsync("/konto/utlan");
        await AssertNoAxeViolations(page);
        Assert.True(blocked.Count == 0, string.Join("\n", blocked));
    }

    [Fact]
    public async Task Errors_and_the_conflict_page_have_no_axe_violations()
    {
        var place = await fixture.App.LendingPlaceAsync(hours: "Mo-Sa 10:00-18:00; PH off", labels: ["150 cm"]);
        var email = ReservationTestData.NewEmail("tastatur");
        await fixture.App.CreateAsync(email);
        var page = await fixture.SignedInPageAsync(email);

        await page.GotoAsync(BookingTestSupport.BookUrl(place.TypeId, "150 cm", new(2026, 12, 25), new(2026, 12, 28)));
        Assert.Contains("Stengt 25. desember (Første juledag)", await page.TextContentAsync("#fra-error") ?? "", StringComparison.Ordinal);
        await AssertNoAxeViolations(page);

        var other = ReservationTestData.NewEmail("annen");
        var otherUser = await fixture.App.CreateAsync(other);
        var taken = await fixture.App.BookDirectAsync(otherUser.Id, place.TypeId, null, LendingTestData.Oslo(2026, 12, 4, 10), LendingTestData.Oslo(2026, 12, 5, 18));
        Assert.Equal(BookingOutcome.Done, taken.Outcome);
        await page.GotoAsync(BookingTestSupport.BookUrl(place.TypeId, "150 cm", new(2026, 12, 4), new(2026, 12, 5)));
        await page.Keyboard.PressAsync("Tab");
        await TabToAsync(page, "book");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#booking-problem");
        Assert.NotNull(await page.QuerySelectorAsync("#waitlist-form"));
        await AssertNoAxeViolations(page);
    }
}
