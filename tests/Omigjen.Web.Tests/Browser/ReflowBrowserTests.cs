using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Items.Photos;
using Omigjen.Web.Tests.Features.Activities;
using Omigjen.Web.Tests.Features.Intake;
using Omigjen.Web.Tests.Features.Items;
using Omigjen.Web.Tests.Features.Lending;
using Omigjen.Web.Tests.Features.Repair;
using Omigjen.Web.Tests.Features.Reservations;
using Omigjen.Web.Tests.Infrastructure;
using SkiaSharp;

namespace Omigjen.Web.Tests.Browser;

/// <summary>
/// WCAG 1.4.10 (reflow): every page, opened by someone allowed to see it, fits a 320 CSS px wide screen without
/// scrolling sideways. The page list must name every Razor page the app has, so a new page is checked too.
/// </summary>
public sealed class ReflowBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    public enum Who { Anonymous, Resident, Member, Admin, StationStaff }

    /// <summary>Page route → who opens it (the authorization matrix's GET pages).</summary>
    private static readonly Dictionary<string, Who> Pages = new(StringComparer.Ordinal)
    {
        [""] = Who.Anonymous,
        ["reparasjon"] = Who.Anonymous,
        ["initiativ/{slug}"] = Who.Anonymous,
        ["feil"] = Who.Anonymous,
        ["api"] = Who.Anonymous,
        ["personvern"] = Who.Anonymous,
        ["tilgjengelighet"] = Who.Anonymous,
        ["om-tallene"] = Who.Anonymous,
        ["for-aktorer"] = Who.Anonymous,
        ["konto/logg-inn"] = Who.Anonymous,
        ["konto/logg-ut"] = Who.Anonymous,
        ["konto/registrer"] = Who.Anonymous,
        ["konto/glemt-passord"] = Who.Anonymous,
        ["konto/nytt-passord"] = Who.Anonymous,
        ["konto/bekreft-epost"] = Who.Anonymous,
        ["konto/engangslenke"] = Who.Anonymous,
        ["konto/ingen-tilgang"] = Who.Anonymous,
        ["portal/bekreft"] = Who.Anonymous,
        ["varer"] = Who.Anonymous,
        ["varer/{id:int}"] = Who.Anonymous,
        ["avmeld/{token}"] = Who.Anonymous,
        ["utlan"] = Who.Anonymous,
        ["utlan/{id:int}"] = Who.Anonymous,
        ["hva-skjer"] = Who.Anonymous,
        ["aktiviteter/{id:long}"] = Who.Anonymous,
        ["portal/{slug}/aktiviteter"] = Who.Member,
        ["portal/{slug}/aktiviteter/ny"] = Who.Member,
        ["portal/{slug}/aktiviteter/{id:long}"] = Who.Member,
        ["portal/{slug}/aktiviteter/{id:long}/datoer"] = Who.Member,
        ["varer/{id:int}/reserver"] = Who.Resident,
        ["konto/reservasjoner"] = Who.Resident,
        ["konto/ombruk"] = Who.Resident,
        ["konto/lagrede-sok"] = Who.Resident,
        ["konto/lagrede-sok/ny"] = Who.Resident,
        ["utlan/{id:int}/bestill"] = Who.Resident,
        ["konto/utlan"] = Who.Resident,
        ["konto/utlan/{id:int}"] = Who.Resident,
        ["konto"] = Who.Resident,
        ["konto/passnokler"] = Who.Resident,
        ["portal"] = Who.Resident,
        ["portal/registrer"] = Who.Resident,
        ["portal/overta/{slug?}"] = Who.Resident,
        ["portal/invitasjon"] = Who.Resident,
        ["portal/{slug}"] = Who.Member,
        ["portal/{slug}/rediger"] = Who.Member,
        ["portal/{slug}/historikk"] = Who.Member,
        ["portal/{slug}/medlemmer"] = Who.Member,
        ["portal/{slug}/apningstider"] = Who.Member,
        ["portal/{slug}/unntak"] = Who.Member,
        ["portal/{slug}/statistikk"] = Who.Member,
        ["portal/{slug}/reservasjoner"] = Who.Member,
        ["portal/{slug}/varer"] = Who.Member,
        ["portal/{slug}/varer/ny"] = Who.Member,
        ["portal/{slug}/varer/{id:int}"] = Who.Member,
        ["portal/{slug}/varer/import"] = Who.Member,
        ["portal/{slug}/varer/eksport"] = Who.Member,
        ["portal/{slug}/reparasjon"] = Who.Member,
        ["portal/{slug}/reparasjon/ny"] = Who.Member,
        ["portal/{slug}/reparasjon/{id:int}"] = Who.Member,
        ["portal/{slug}/reparasjon/import"] = Who.Member,
        ["portal/{slug}/reparasjon/eksport"] = Who.Member,
        ["portal/{slug}/utlan"] = Who.Member,
        ["portal/{slug}/utlan/ny"] = Who.Member,
        ["portal/{slug}/utlan/{id:int}"] = Who.Member,
        ["portal/{slug}/utlan/skranke"] = Who.Member,
        ["portal/{slug}/utlan/utlant"] = Who.Member,
        ["portal/{slug}/utlan/statistikk"] = Who.Member,
        ["portal/{slug}/effekt"] = Who.Member,
        ["portal/{slug}/reparasjoner/logg"] = Who.Member,
        ["portal/{slug}/reparasjoner/logg/{id:int}"] = Who.Member,
        ["portal/{slug}/reparasjoner/statistikk"] = Who.Member,
        ["admin/reparasjoner"] = Who.Admin,
        ["aktiviteter/pamelding/gang/{occasionId:long}"] = Who.Anonymous,
        ["aktiviteter/pamelding/lenke/{token}"] = Who.Anonymous,
        ["konto/aktiviteter"] = Who.Resident,
        ["portal/{slug}/aktiviteter/gang/{occasionId:long}/pameldte"] = Who.Member,
        ["admin"] = Who.Admin,
        ["admin/initiativ"] = Who.Admin,
        ["admin/brukere"] = Who.Admin,
        ["admin/logg"] = Who.Admin,
        ["admin/innstillinger"] = Who.Admin,
        ["admin/utdaterte"] = Who.Admin,
        ["admin/kategorier"] = Who.Admin,
        ["admin/varsler"] = Who.Admin,
        ["admin/effekt"] = Who.Admin,
        ["admin/stasjoner"] = Who.Admin,
        ["admin/stasjoner/ny"] = Who.Admin,
        ["admin/stasjoner/{id:int}"] = Who.Admin,
        ["stasjon/{slug}"] = Who.Admin,
        ["stasjon/{slug}/arbeidstrening"] = Who.StationStaff,
        ["stasjon/{slug}/arbeidstrening/{id:int}"] = Who.StationStaff,
        ["konto/arbeidstrening"] = Who.Resident,
        ["stasjon/{slug}/fordeling"] = Who.Admin,
        ["admin/stasjoner/partnere"] = Who.Admin,
        ["admin/stasjoner/partnere/ny"] = Who.Admin,
        ["admin/stasjoner/partnere/{id:int}"] = Who.Admin,
        ["admin/stasjoner/fordeling"] = Who.Admin,
        ["portal/{slug}/hentinger"] = Who.Member,
        ["ombruk-fra-stasjonene"] = Who.Anonymous,
        ["gis-bort/{slug}"] = Who.Anonymous,
        ["poeng/{code?}"] = Who.Resident,
        ["poeng/belonninger"] = Who.Resident,
        ["konto/poeng"] = Who.Resident,
        ["portal/{slug}/poeng"] = Who.Member,
        ["portal/{slug}/poeng/belonninger"] = Who.Member,
        ["portal/{slug}/poeng/kupong"] = Who.Member,
        ["admin/poeng"] = Who.Admin,
        ["admin/poeng/utstedere"] = Who.Admin,
        ["admin/poeng/belonninger"] = Who.Admin,
        ["admin/poeng/misbruk"] = Who.Admin,
    };

    /// <summary>Routes that answer with a file, not a page.</summary>
    private static readonly HashSet<string> Downloads = ["portal/{slug}/varer/eksport", "portal/{slug}/reparasjon/eksport"];

    private LendingPlaceData _place = null!;
    private int _itemId;
    private int _repairId;
    private int _repairServiceId;
    private long _occasionId;
    private (int Id, string Slug) _station;
    private string _staffEmail = "";
    private int _participationId;
    private int _partnerId;
    private string _photoKey = "";

    public async Task InitializeAsync()
    {
        _place = await fixture.App.LendingPlaceAsync(labels: ["150 cm", "160 cm"], hours: "Mo-Sa 10:00-18:00; PH off");
        _occasionId = (await fixture.App.OccasionAsync(initiativeId: _place.InitiativeId)).OccasionId;
        _station = await fixture.App.StationAsync();
        (var staffId, _staffEmail) = await fixture.App.StaffMemberAsync(_station.Id);
        var participant = await fixture.App.CreateAsync(NewEmail("deltaker-med-en-ganske-lang-adresse"));
        _participationId = await fixture.App.WithDbAsync(async db =>
        {
            var p = new Omigjen.Web.Features.WorkTraining.Participation
            {
                StationId = _station.Id, UserId = participant.Id, CreatedAt = DateTime.UtcNow, CreatedById = staffId, ConsentedAt = DateTime.UtcNow,
                Progress = [new() { Task = Omigjen.Web.Features.WorkTraining.TrainingTask.RegisterIntake, DoneOn = new DateOnly(2026, 12, 1), UpdatedAt = DateTime.UtcNow }],
            };
            db.TrainingParticipations.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });
        _partnerId = await fixture.App.ApprovePartnerAsync(_place.InitiativeId, [Omigjen.Web.Features.Intake.Lots.IntakeCategory.Textiles]);
        var lot = await fixture.App.LotAsync(_station.Id, Omigjen.Web.Features.Intake.Lots.IntakeCategory.Textiles);
        await fixture.App.AnnounceAsync(lot);
        await fixture.App.CatalogueBookingAsync(_place.TypeId, _place.UnitIds[0], LendingTestData.Oslo(2026, 12, 5, 10), LendingTestData.Oslo(2026, 12, 5, 18));
        _repairId = await fixture.App.WithDbAsync(async db =>
        {
            var entry = new Omigjen.Web.Features.Repair.Log.RepairEntry
            {
                InitiativeId = _place.InitiativeId, EventDate = new DateOnly(2026, 12, 2), OrdsCategoryId = 37, Brand = "Kenwood Chef Titanium XL",
                Problem = "Bollen låser seg ikke, og motoren går i rykk ved høy hastighet.", Outcome = Omigjen.Web.Features.Repair.Log.RepairOutcome.Repairable,
                CreatedAt = DateTime.UtcNow, RecordedAt = DateTime.UtcNow,
            };
            db.RepairEntries.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        });
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            using var bitmap = PhotoTestImages.TwoColours(1600, 1200);
            using var jpeg = new MemoryStream(PhotoTestImages.Encode(bitmap, SKEncodedImageFormat.Jpeg));
            var (photo, rejection) = await scope.ServiceProvider.GetRequiredService<PhotoUploads>().StoreAsync(jpeg);
            Assert.True(photo is not null, rejection?.Nb);
            _photoKey = photo.Key;
            _itemId = await fixture.App.AddItemAsync(_place.InitiativeId, new Item
            {
                Title = "Barnesykkel 16 tommer med støttehjul og ringeklokke", Description = "Rød, med støttehjul.", PriceNok = 300,
                Size = "16", Quantity = 2, Category = Omigjen.Web.Features.Initiatives.GoodsCategory.Other,
                Photos = [new ItemPhoto { Key = photo.Key, AltText = "Rød barnesykkel", Width = photo.Width, Height = photo.Height, CreatedAt = DateTime.UtcNow }],
            });
        }
        _repairServiceId = await fixture.App.WithDbAsync(async db =>
        {
            var service = RepairTestData.Service(_place.InitiativeId, "Glidelås i vinterjakke med lang tekst", promise: true);
            db.RepairServices.Add(service);
            await db.SaveChangesAsync();
            return service.Id;
        });
    }

    public async Task DisposeAsync()
    {
        if (_photoKey.Length == 0) return;
        await using var scope = fixture.App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PhotoUploads>().DeleteAsync(_photoKey);
    }

    [Fact]
    public void Every_page_is_in_the_list()
    {
        var missing = fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => e.RoutePattern.RawText ?? "")
            .Where(p => !p.EndsWith("/Index", StringComparison.Ordinal) && p != "Index" && !Pages.ContainsKey(p))
            .Distinct().ToList();
        Assert.True(missing.Count == 0, "Add these pages to the reflow test: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData(Who.Anonymous)]
    [InlineData(Who.Resident)]
    [InlineData(Who.Member)]
    [InlineData(Who.Admin)]
    [InlineData(Who.StationStaff)]
    public async Task Every_page_fits_a_320_px_screen_without_scrolling_sideways(Who who)
    {
        var page = who switch
        {
            Who.Anonymous => await fixture.NewPageAsync(),
            Who.Resident => await fixture.SignedInPageAsync((await ResidentAsync()).Email),
            Who.Member => await fixture.SignedInPageAsync(_place.OwnerEmail),
            Who.StationStaff => await fixture.SignedInPageAsync(_staffEmail),
            _ => await fixture.SignedInPageAsync(await AdminAsync()),
        };
        if (who == Who.Member) await HoldAsync();
        await page.SetViewportSizeAsync(320, 640);
        var failures = new StringBuilder();
        var paths = Pages.Where(p => p.Value == who && !Downloads.Contains(p.Key)).Select(p => PathOf(p.Key)).ToList();
        if (who == Who.Anonymous) paths.AddRange([$"/varer?initiative={_place.Slug}", "/reparasjon?q=glidel%C3%A5s+jakke", "/utlan/" + Id(_place.TypeId) + "?storrelse=150+cm"]);
        foreach (var path in paths)
        {
            var response = await page.GotoAsync(path);
            if (response is null || response.Status >= 500)
            {
                failures.AppendLine($"  {path}: {response?.Status}");
                continue;
            }
            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.Load);
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            if (widths[0] > widths[1])
            {
                var culprits = await page.EvaluateAsync<string[]>(WidestElements);
                failures.AppendLine($"  {path}: {widths[0]} px wide in {widths[1]} px ({string.Join("; ", culprits)})");
            }
        }
        Assert.True(failures.Length == 0, $"{who}: pages wider than the screen:\n{failures}");
        await page.Context.CloseAsync();
    }

    /// <summary>The innermost elements that reach past the right edge, to say where to look.</summary>
    private const string WidestElements = """
        () => {
          const w = document.documentElement.clientWidth;
          const over = [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > w + 0.5);
          return over.filter(e => ![...e.children].some(c => over.includes(c))).slice(0, 4).map(e =>
            e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '')
            + ' ' + Math.round(e.getBoundingClientRect().right) + 'px');
        }
        """;

    private string PathOf(string pattern)
    {
        var id = pattern switch
        {
            "varer/{id:int}" or "varer/{id:int}/reserver" or "portal/{slug}/varer/{id:int}" => Id(_itemId),
            "utlan/{id:int}" or "utlan/{id:int}/bestill" or "portal/{slug}/utlan/{id:int}" => Id(_place.TypeId),
            "portal/{slug}/reparasjoner/logg/{id:int}" => Id(_repairId),
            "portal/{slug}/reparasjon/{id:int}" => Id(_repairServiceId),
            "admin/stasjoner/{id:int}" => Id(_station.Id),
            "stasjon/{slug}/arbeidstrening/{id:int}" => Id(_participationId),
            "admin/stasjoner/partnere/{id:int}" => Id(_partnerId),
            _ => "999999",
        };
        if (pattern == "gis-bort/{slug}") return "/gis-bort/" + _station.Slug;
        if (pattern.StartsWith("stasjon/{slug}", StringComparison.Ordinal)) return "/" + pattern.Replace("{slug}", _station.Slug, StringComparison.Ordinal).Replace("{id:int}", id, StringComparison.Ordinal);
        return "/" + pattern.Replace("{slug?}", _place.Slug, StringComparison.Ordinal).Replace("{slug}", _place.Slug, StringComparison.Ordinal)
            .Replace("{id:int}", id, StringComparison.Ordinal).Replace("{id:long}", id, StringComparison.Ordinal)
            .Replace("{occasionId:long}", _occasionId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("{code?}", "ABCDEFGH", StringComparison.Ordinal).Replace("{token}", new string('a', 32), StringComparison.Ordinal);
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string NewEmail(string prefix) => $"{prefix}-{Guid.NewGuid():N}@eksempel.no";

    private async Task<(string Email, string Id)> ResidentAsync()
    {
        var email = NewEmail("beboer-med-en-ganske-lang-adresse");
        var user = await fixture.App.CreateAsync(email);
        return (email, user.Id);
    }

    private async Task<string> AdminAsync()
    {
        var email = NewEmail("admin");
        await fixture.App.CreateAsync(email, admin: true);
        return email;
    }

    /// <summary>A resident holds the item, so the desk's holds list has a row with its buttons.</summary>
    private async Task HoldAsync()
    {
        var page = await fixture.SignedInPageAsync((await ResidentAsync()).Email);
        await page.GotoAsync($"/varer/{Id(_itemId)}");
        await page.Locator("form[action$='/reserver'] button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("/reserver", StringComparison.Ordinal));
        await page.Locator("main form[method=post] button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("/konto/reservasjoner", StringComparison.Ordinal));
        await page.Context.CloseAsync();
        Assert.NotEmpty(await fixture.App.HoldsOnAsync(_itemId));
    }
}
