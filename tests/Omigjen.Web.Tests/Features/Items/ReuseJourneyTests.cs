using System.Net;
using System.Text;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Items;

/// <summary>
/// The "done when": an actor imports a spreadsheet as Excel in Norway writes it; a resident finds
/// "barnesykkel" at a shop that is open on Saturday, holds it and gets the code; the actor sees the hold.
/// </summary>
public abstract class ReuseJourneyTests(AppFactory factory)
{
    [Fact]
    public async Task A_resident_finds_a_childs_bike_open_on_Saturday_holds_it_and_the_actor_sees_the_hold()
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        // Two shops near Tofte: one open on Saturdays, one closed at weekends; both have a child's bike.
        var (openId, openSlug) = await factory.NewInitiativeAsync("Tu-Sa 10:00-16:00", SearchTestData.Tofte);
        var (closedId, closedSlug) = await factory.NewInitiativeAsync("Mo-Fr 10:00-16:00", SearchTestData.Tofte);
        var actorEmail = $"aktor-{Guid.NewGuid():N}@eksempel.no";
        var actor = await factory.CreateAsync(actorEmail);
        await factory.AddMemberAsync(openId, actor.Id, MemberRole.Owner);
        var actorClient = await factory.SignedInClientAsync(actorEmail);

        // The actor's spreadsheet: Windows-1252, semicolons, Norwegian headers, as saved by Excel.
        var csv = "tittel;beskrivelse;kategori;tilstand;pris;antall;størrelse;merke\r\n" +
                  "Barnesykkel 20 tommer;Blå, med støttehjul – passer 5–7 år.;Sykler;pent brukt;350;1;20 tommer;DBS\r\n" +
                  "Sykkelhjelm barn;Str. S, lite brukt.;Sport;som ny;100;2;S;\r\n";
        var (imported, importPage) = await actorClient.UploadAsync(openSlug, Encoding.GetEncoding(1252).GetBytes(csv));
        Assert.True(imported.IsSuccessStatusCode, $"import gave {(int)imported.StatusCode}");
        Assert.Empty(ImportTestSupport.Report(importPage));
        await factory.AddItemAsync(closedId, new Web.Features.Items.Item { Title = "Barnesykkel 16 tommer", PriceNok = 200 });

        // The resident searches near Tofte for a shop open on Saturday 5 December at noon.
        var resident = $"beboer-{Guid.NewGuid():N}@eksempel.no";
        await factory.CreateAsync(resident);
        var client = await factory.SignedInClientAsync(resident);
        var search = $"/varer?q=barnesykkel&near={SearchTestData.Tofte.Lat.ToString(System.Globalization.CultureInfo.InvariantCulture)}," +
                     $"{SearchTestData.Tofte.Lon.ToString(System.Globalization.CultureInfo.InvariantCulture)}&radius_km=2&open=2026-12-05T12:00";
        using var results = await client.GetAsync(search);
        var page = await Forms.ParseAsync(results, search);
        var links = page.QuerySelectorAll("a[href^='/varer/']").Select(a => (a.TextContent.Trim(), a.GetAttribute("href")!)).ToList();
        var bike = Assert.Single(links, l => l.Item1.Contains("Barnesykkel 20 tommer", StringComparison.Ordinal));
        Assert.DoesNotContain(links, l => l.Item1.Contains("Barnesykkel 16 tommer", StringComparison.Ordinal));
        Assert.Contains("350", page.Body!.TextContent, StringComparison.Ordinal);

        // The item page: the hold button, and schema.org data.
        using var itemPage = await client.GetAsync(bike.Item2);
        var item = await Forms.ParseAsync(itemPage, bike.Item2);
        Assert.Contains("\"Product\"", item.QuerySelector("script[type='application/ld+json']")!.TextContent, StringComparison.Ordinal);
        // "Reserver for henting" opens the reservation step, where the pickup day is chosen (the first is preselected).
        var reserve = item.QuerySelector("form[action$='/reserver']")!.GetAttribute("action")!;
        using var held = await client.SubmitAsync(reserve);
        Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
        var mine = held.Headers.Location!.OriginalString;
        using var minePage = await client.GetAsync(mine);
        var code = (await Forms.ParseAsync(minePage, mine)).QuerySelector("#new-code")!.TextContent.Trim();
        Assert.Matches("^[A-Z2-9]{6}$", code);
        Assert.Contains(code, (await factory.Mail.LatestToAsync(resident)).TextBody, StringComparison.Ordinal);

        // The actor sees the hold with the code; the shop closed on Saturdays was never offered.
        using var holds = await actorClient.GetAsync($"/portal/{openSlug}/reservasjoner");
        var holdCodes = (await Forms.ParseAsync(holds, "/")).QuerySelectorAll(".hold-code").Select(c => c.TextContent.Trim());
        Assert.Contains(code, holdCodes);
        Assert.NotEqual(openSlug, closedSlug);
    }
}

public sealed class ReuseJourneyTestsOnSqlite(SqliteAppFactory f) : ReuseJourneyTests(f), IClassFixture<SqliteAppFactory>;

public sealed class ReuseJourneyTestsOnPostgres(PostgresAppFactory f) : ReuseJourneyTests(f), IClassFixture<PostgresAppFactory>;
