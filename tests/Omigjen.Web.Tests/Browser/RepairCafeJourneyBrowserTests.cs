using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsvHelper;
using Deque.AxeCore.Playwright;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MimeKit;
using Omigjen.Web.Features.Activities;
using Omigjen.Web.Features.Activities.SignUps;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Tests.Features.Activities;
using Omigjen.Web.Tests.Infrastructure;
using Xunit.Abstractions;
using Calendar = Ical.Net.Calendar;

namespace Omigjen.Web.Tests.Browser;

/// <summary>
/// Issue 16's "done when" as one journey on the demo data: a parent finds next Thursday's repair café near Asker sentrum
/// on "Hva skjer", signs up with one child, gets the .ics and subscribes to the initiative's feed; the organiser moves
/// the occasion an hour and the feed (read by Ical.Net, not by the app's writer) shows the new time under the same UID
/// with a higher SEQUENCE; at the café a volunteer logs three repairs on a phone and the ORDS export has those three rows.
/// </summary>
public sealed class RepairCafeJourneyBrowserTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const int PhoneWidth = 390;
    private const int PhoneHeight = 844;

    /// <summary>The header of Open Repair Data Standard v0.3, written out here rather than read from the app.</summary>
    private const string OrdsHeader = "id,data_provider,country,partner_product_category,product_category,product_category_id,brand,"
                                      + "year_of_manufacture,product_age,repair_status,repair_barrier_if_end_of_life,problem,group_identifier,event_date,record_date";

    // Wednesday 2 December 2026 is the test clock's day; "next week" is 7–13 December, so the café is Thursday 10 December.
    private static readonly DateTime CafeStartUtc = new(2026, 12, 10, 16, 0, 0, DateTimeKind.Utc); // 17:00 in Oslo
    private static readonly DateTime MovedStartUtc = new(2026, 12, 10, 17, 0, 0, DateTimeKind.Utc); // 18:00 in Oslo

    private readonly List<(IPage Page, string Url)> _visited = [];

    /// <summary>Every page's axe violations, asserted at the end so one run names them all.</summary>
    private readonly List<string> _axeFindings = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        fixture.App.Clock.Now = TestClock.Default;
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_parent_signs_up_for_the_repair_cafe_the_organiser_moves_it_and_three_repairs_reach_the_ords_export()
    {
        var watch = Stopwatch.StartNew();
        var app = fixture.App;
        app.Clock.Now = TestClock.Default;
        var demo = await app.WithDbAsync(db => db.ActivitySeries.AsNoTracking()
            .Where(s => s.Title == "Reparasjonskafé" && s.Initiative!.IsIllustrative)
            .Select(s => new { s.Id, s.InitiativeId, s.Initiative!.Slug }).SingleAsync());
        // The demo café is weekly on Thursdays at 17:00, from its first date on.
        var oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
        Assert.All(await app.OccasionsAsync(demo.Id), o => Assert.Equal((DayOfWeek.Thursday, 17),
            (TimeZoneInfo.ConvertTimeFromUtc(o.OriginalStartUtc, oslo).DayOfWeek, TimeZoneInfo.ConvertTimeFromUtc(o.OriginalStartUtc, oslo).Hour)));
        var parent = await app.ResidentAsync("forelder");
        var organiser = await app.ResidentAsync("arrangor");
        var volunteer = await app.ResidentAsync("frivillig");
        await app.AddMemberAsync(demo.InitiativeId, organiser.UserId, MemberRole.Owner);
        await app.AddMemberAsync(demo.InitiativeId, volunteer.UserId, MemberRole.Editor);

        // The parent, signed in, filters "Hva skjer" to next week near Asker sentrum and opens Thursday's repair café.
        var parentPage = await fixture.SignedInPageAsync(parent.Email);
        await parentPage.GotoAsync("/hva-skjer");
        await AxeAsync(parentPage);
        await parentPage.SelectOptionAsync("#wo-when", "neste-uke");
        await parentPage.FillAsync("#wo-near", "Asker sentrum");
        await parentPage.Locator("#whats-on-filters button[type=submit]").ClickAsync();
        await parentPage.WaitForURLAsync(url => url.Contains("uke=neste-uke", StringComparison.Ordinal) && url.Contains("naer=Asker", StringComparison.Ordinal));
        await AxeAsync(parentPage);
        var card = parentPage.Locator("li.pi-card", new PageLocatorOptions { HasText = "Reparasjonskafé" })
            .Filter(new LocatorFilterOptions { HasText = "torsdag 10. desember kl. 17.00" });
        Assert.Equal(1, await card.CountAsync());
        await card.Locator("h2 a").ClickAsync();
        await parentPage.WaitForURLAsync(url => url.Contains("/aktiviteter/", StringComparison.Ordinal));
        var occasionId = long.Parse(parentPage.Url.Split('/')[^1].Split('?')[0], CultureInfo.InvariantCulture);
        var occasion = await app.OccasionRowAsync(occasionId);
        Assert.Equal((demo.Id, CafeStartUtc, 0), (occasion.SeriesId, occasion.StartUtc, occasion.Sequence));
        Assert.Contains("torsdag 10. desember kl. 17.00", await parentPage.Locator("#occasion-when").InnerTextAsync(), StringComparison.Ordinal);
        await AxeAsync(parentPage);

        // One child: one guest, two places.
        await parentPage.FillAsync("#signup-guests", "1");
        await parentPage.Locator("#signup-form button[type=submit]").ClickAsync();
        await parentPage.WaitForURLAsync(url => url.Contains("status=pameldt", StringComparison.Ordinal));
        await AxeAsync(parentPage);
        var signUp = Assert.Single(await app.SignUpsAsync(occasionId));
        Assert.Equal((parent.UserId, 1, SignUpStatus.Confirmed, SignUpRole.Visitor), (signUp.UserId, signUp.Guests, signUp.Status, signUp.Role));
        Assert.Equal(occasion.Taken + 2, (await app.OccasionRowAsync(occasionId)).Taken);

        // The confirmation e-mail's .ics and the page's download describe the same event at 17:00 in Oslo.
        var uid = $"occasion-{demo.Id}-20261210T160000Z@localhost";
        var confirmation = await MailAsync(parent.Email, "Påmeldt: Reparasjonskafé");
        var mailed = Assert.Single(Parse(SignUpServiceTests.IcsOf(confirmation)).Events);
        AssertEvent(mailed, uid, CafeStartUtc, 17, sequence: 0);
        await parentPage.GotoAsync($"/aktiviteter/{occasionId}");
        var download = await parentPage.RunAndWaitForDownloadAsync(() => parentPage.ClickAsync("#ics-download"));
        var downloaded = Assert.Single(Parse(await File.ReadAllTextAsync(await download.PathAsync(), Encoding.UTF8)).Events);
        AssertEvent(downloaded, uid, CafeStartUtc, 17, sequence: 0);

        // The parent subscribes to the initiative's feed: a calendar app fetches the webcal link over HTTP(S).
        var webcal = await parentPage.Locator("#webcal-link").GetAttributeAsync("href") ?? "";
        Assert.StartsWith("webcal://", webcal, StringComparison.Ordinal);
        Assert.EndsWith($"/aktiviteter/kalender/{demo.Slug}.ics", webcal, StringComparison.Ordinal);
        // The app on loopback speaks plain HTTP; in production the same link is fetched as https://.
        var feedUrl = new Uri(fixture.BaseUrl).Scheme + "://" + webcal["webcal://".Length..];
        using var calendarApp = new HttpClient();
        var before = FindByUid(await FeedAsync(calendarApp, feedUrl), uid);
        AssertEvent(before, uid, CafeStartUtc, 17, sequence: 0);

        // The organiser moves the occasion an hour, from the portal, in the browser.
        var organiserPage = await fixture.SignedInPageAsync(organiser.Email);
        await organiserPage.GotoAsync($"/portal/{demo.Slug}");
        await organiserPage.ClickAsync("#activities-link");
        await organiserPage.WaitForURLAsync(url => url.EndsWith($"/portal/{demo.Slug}/aktiviteter", StringComparison.Ordinal));
        await AxeAsync(organiserPage);
        await organiserPage.Locator($"#serie-{demo.Id} .pi-card__actions a", new PageLocatorOptions { HasText = "Datoer" }).ClickAsync();
        await organiserPage.WaitForURLAsync(url => url.Contains($"/portal/{demo.Slug}/aktiviteter/{demo.Id}/datoer", StringComparison.Ordinal));
        await AxeAsync(organiserPage);
        var row = organiserPage.Locator($"#dato-{occasionId}");
        await row.Locator("details.move > summary").ClickAsync();
        Assert.Equal("2026-12-10", await organiserPage.InputValueAsync($"#move-date-{occasionId}"));
        await organiserPage.FillAsync($"#move-time-{occasionId}", "18:00");
        await row.Locator($"#move-{occasionId} button[type=submit]").ClickAsync();
        await organiserPage.WaitForURLAsync(url => url.Contains("melding=flyttet", StringComparison.Ordinal));
        Assert.Contains("10. desember 2026 kl. 18.00", await organiserPage.Locator($"#dato-{occasionId}").InnerTextAsync(), StringComparison.Ordinal);
        await AxeAsync(organiserPage);

        // The subscribed calendar fetches the feed again: same UID, new time, higher SEQUENCE.
        var after = FindByUid(await FeedAsync(calendarApp, feedUrl), uid);
        AssertEvent(after, uid, MovedStartUtc, 18, sequence: null);
        Assert.True(after.Sequence > before.Sequence, $"SEQUENCE {after.Sequence} after the move, {before.Sequence} before");
        var moved = await app.OccasionRowAsync(occasionId);
        Assert.Equal((MovedStartUtc, OccasionStatus.Moved, CafeStartUtc), (moved.StartUtc, moved.Status, moved.PreviousStartUtc));
        // And the parent is told by e-mail, with an updated invitation for the same event.
        var notice = await MailAsync(parent.Email, "Flyttet: Reparasjonskafé");
        var update = Assert.Single(Parse(SignUpServiceTests.IcsOf(notice)).Events);
        AssertEvent(update, uid, MovedStartUtc, 18, sequence: after.Sequence);

        // At the café (Thursday 18:30), a volunteer logs three repairs on a phone.
        app.Clock.Now = new DateTimeOffset(2026, 12, 10, 18, 30, 0, TimeSpan.FromHours(1));
        var phone = await fixture.SignedInPageAsync(volunteer.Email);
        await phone.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        await phone.GotoAsync($"/portal/{demo.Slug}");
        await phone.ClickAsync("#repair-log-link");
        await phone.WaitForURLAsync(url => url.Contains($"/portal/{demo.Slug}/reparasjoner/logg", StringComparison.Ordinal));
        await AxeAsync(phone);
        await LogRepairAsync(phone, "Bikes", "Punktering bak, ny slange", "fixed");
        await LogRepairAsync(phone, "ClothesShoes", "Glidelås i jakke, eier: ring 912 34 567", "repairable");
        await LogRepairAsync(phone, "ords-19", "Mobil lader ikke, ladeporten er ødelagt", "endoflife", barrier: "2");
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the log fits a phone's width");
        await AxeAsync(phone);

        // The initiative's ORDS export: the standard's header and exactly the three repairs, no phone number.
        await phone.GotoAsync($"/portal/{demo.Slug}/reparasjoner/statistikk");
        await AxeAsync(phone);
        var csvDownload = await phone.RunAndWaitForDownloadAsync(() => phone.Locator("a[href*='handler=ords']").ClickAsync());
        var csv = await File.ReadAllTextAsync(await csvDownload.PathAsync(), Encoding.UTF8);
        Assert.Equal(OrdsHeader, csv.Split("\r\n")[0]);
        var rows = ReadCsv(csv);
        Assert.Equal(OrdsHeader.Split(','), rows[0]);
        var repairs = rows.Skip(1).ToList();
        Assert.Equal(3, repairs.Count);
        Assert.Equal(["1", "2", "3"], repairs.Select(r => r[9]).ToArray());
        Assert.Equal(["", "", "2"], repairs.Select(r => r[10]).ToArray());
        Assert.All(repairs, r => Assert.Equal(("NOR", "2026-12-10", "2026-12-10"), (r[2], r[13], r[14])));
        Assert.Equal("19", repairs[2][5]);
        Assert.DoesNotContain("912 34 567", csv, StringComparison.Ordinal);
        // The municipality's open export has the same three rows under this café's group code.
        var group = repairs[0][12];
        var open = await phone.APIRequest.GetAsync("/api/v1/repairs/ords.csv");
        Assert.True(open.Ok, $"ORDS export: {open.Status}");
        var openText = await open.TextAsync();
        Assert.Equal(OrdsHeader, openText.Split("\r\n")[0]);
        Assert.Equal(repairs.Select(r => r[0]), ReadCsv(openText).Skip(1).Where(r => r[12] == group).Select(r => r[0]));

        // The same pages pass axe in English too.
        foreach (var (page, url) in _visited.DistinctBy(v => v.Url.Split('?')[0]).ToList())
        {
            await page.GotoAsync(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=en");
            await AxeAsync(page, record: false);
        }

        Assert.True(_axeFindings.Count == 0, string.Join("\n\n", _axeFindings));

        await parentPage.Context.CloseAsync();
        await organiserPage.Context.CloseAsync();
        await phone.Context.CloseAsync();
        output.WriteLine($"Journey took {watch.Elapsed.TotalSeconds:0.0} s");
    }

    private static async Task LogRepairAsync(IPage page, string category, string problem, string outcome, string? barrier = null)
    {
        await page.SelectOptionAsync("#repair-category", category);
        await page.FillAsync("#repair-problem", problem);
        await page.CheckAsync($"#repair-outcome-{outcome}");
        if (barrier is not null) await page.CheckAsync($"#repair-barrier-{barrier}");
        var save = page.Locator("#save-repair");
        await save.ScrollIntoViewIfNeededAsync();
        var box = await save.BoundingBoxAsync();
        Assert.True(box is { Width: <= PhoneWidth, Height: >= 44 }, "the save button is a big target inside the phone's width");
        await save.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("lagret=", StringComparison.Ordinal));
        Assert.Contains("Lagret", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("", await page.InputValueAsync("#repair-problem"));
    }

    private async Task AxeAsync(IPage page, bool record = true)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var result = await page.RunAxe();
        var report = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})"));
        if (result.Violations.Length > 0) _axeFindings.Add(page.Url + "\n" + report);
        if (record) _visited.Add((page, new Uri(page.Url).PathAndQuery));
    }

    private async Task<MimeMessage> MailAsync(string to, string subjectStart)
    {
        for (var i = 0; i < 100; i++)
        {
            var found = fixture.App.Mail.To(to).LastOrDefault(m => (m.Subject ?? "").StartsWith(subjectStart, StringComparison.Ordinal));
            if (found is not null) return found;
            await Task.Delay(50);
        }
        throw new Xunit.Sdk.XunitException($"No e-mail «{subjectStart}» to {to}");
    }

    private static Calendar Parse(string ics) => Calendar.Load(ics) ?? throw new Xunit.Sdk.XunitException("Not a calendar");

    private static async Task<Calendar> FeedAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url));
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        return Parse(await response.Content.ReadAsStringAsync());
    }

    private static CalendarEvent FindByUid(Calendar calendar, string uid) => Assert.Single(calendar.Events, e => e.Uid == uid);

    private static void AssertEvent(CalendarEvent e, string uid, DateTime startUtc, int localHour, int? sequence)
    {
        Assert.Equal(uid, e.Uid);
        Assert.Equal(startUtc, e.DtStart!.AsUtc);
        Assert.Equal("Europe/Oslo", e.DtStart.TzId);
        Assert.Equal(localHour, e.DtStart.Value.Hour);
        Assert.Equal(startUtc.AddHours(3), e.DtEnd!.AsUtc);
        Assert.Equal("Reparasjonskafé", e.Summary);
        if (sequence is { } s) Assert.Equal(s, e.Sequence);
    }

    private static List<string[]> ReadCsv(string text)
    {
        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (parser.Read()) rows.Add(parser.Record!);
        return rows;
    }
}
