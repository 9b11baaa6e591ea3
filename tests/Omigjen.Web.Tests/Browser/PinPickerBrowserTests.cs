using System.Globalization;
using Microsoft.Playwright;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Browser;

/// <summary>The place form's small map: a tap sets the pin and fills the coordinate fields.</summary>
public sealed class PinPickerBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Tapping_the_map_fills_the_coordinate_fields_and_says_the_pin_is_set()
    {
        var email = $"kart-{Guid.NewGuid():N}@eksempel.no";
        await fixture.App.CreateAsync(email);
        var page = await fixture.SignedInPageAsync(email);
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/portal/registrer");
        var map = page.Locator(".pin-picker.leaflet-container");
        await map.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        Assert.Equal("", await page.InputValueAsync("#f-Latitude"));

        var box = (await map.BoundingBoxAsync())!;
        Assert.True(box.Width <= 390 && box.Height >= 150, $"map {box.Width}×{box.Height}");
        await map.ClickAsync(new LocatorClickOptions { Position = new Position { X = box.Width / 3, Y = box.Height / 3 } });

        var lat = double.Parse(await page.InputValueAsync("#f-Latitude"), CultureInfo.InvariantCulture);
        var lon = double.Parse(await page.InputValueAsync("#f-Longitude"), CultureInfo.InvariantCulture);
        Assert.InRange(lat, 58, 61);
        Assert.InRange(lon, 9, 12);
        Assert.Equal(1, await page.Locator(".pin-picker .leaflet-marker-icon").CountAsync());
        Assert.Contains("Nålen er satt", await page.TextContentAsync("#pin-status") ?? "", StringComparison.Ordinal);

        // A second tap moves the one pin.
        await map.ClickAsync(new LocatorClickOptions { Position = new Position { X = box.Width * 2 / 3, Y = box.Height * 2 / 3 } });
        Assert.NotEqual(lat, double.Parse(await page.InputValueAsync("#f-Latitude"), CultureInfo.InvariantCulture));
        Assert.Equal(1, await page.Locator(".pin-picker .leaflet-marker-icon").CountAsync());
    }
}
