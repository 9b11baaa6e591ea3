using System.Net;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Initiatives;

/// <summary>The server-rendered start page and initiative page, as a browser without JavaScript gets them.</summary>
public abstract class DirectoryPageTests(AppFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task StartPageListsInitiativesAndAnnouncesTheCount()
    {
        var doc = await _client.GetDocumentAsync("/");
        Assert.Equal("nb", doc.DocumentElement.GetAttribute("lang"));
        var slugs = doc.ResultSlugs();
        Assert.Contains("bua-asker", slugs);
        var count = doc.QuerySelector("#result-count")!;
        Assert.Equal("polite", count.GetAttribute("aria-live"));
        Assert.Contains($"{slugs.Count} steder", count.TextContent, StringComparison.Ordinal);
        Assert.NotNull(doc.QuerySelector("a.ds-skip-link[href='#main']"));
        Assert.NotNull(doc.QuerySelector("main#main"));
    }

    [Fact]
    public async Task TheFilterFormSubmittedForSaturdayNoonShowsPlacesOpenThen()
    {
        factory.Clock.Now = TestClock.Default; // Wednesday noon: BUA is closed now
        var start = await _client.GetDocumentAsync("/");
        var form = start.QuerySelector("form#filters")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[name=open][value=at]"));
        Assert.NotNull(form.QuerySelector("input[name=day]"));
        var doc = await _client.GetDocumentAsync("/?open=at&day=2026-12-05&time=12:00");
        var slugs = doc.ResultSlugs();
        Assert.Contains("bua-asker", slugs);
        Assert.DoesNotContain("miljopatruljen-byggevareutsalg", slugs);
        Assert.True(doc.QuerySelector("#f-open-at")!.HasAttribute("checked"));
        // The card says when the place is open on Saturday, in the colour of open.
        var bua = doc.QuerySelector("#result-list li[data-slug='bua-asker'] .status")!;
        Assert.Equal("Åpen lørdag kl. 11.00–14.00", bua.TextContent);
        Assert.Contains("status--open", bua.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadFilterShowsAnErrorAndStillTheList()
    {
        var doc = await _client.GetDocumentAsync("/?category=nonsense");
        Assert.Contains("category", doc.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(doc.ResultSlugs());
    }

    [Fact]
    public async Task EnglishIsChosenByTheSwitchAndRemembered()
    {
        var nb = await _client.GetDocumentAsync("/");
        var switchLink = nb.QuerySelector("a.lang-switch")!.GetAttribute("href")!;
        Assert.Contains("lang=en", switchLink, StringComparison.Ordinal);
        using var response = await _client.GetAsync(switchLink);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("omigjen-lang=", StringComparison.Ordinal));
        var en = await _client.GetDocumentAsync(switchLink);
        Assert.Equal("en", en.DocumentElement.GetAttribute("lang"));
        Assert.Contains("places found", en.QuerySelector("#result-count")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitiativePageTellsWhenToGoAndHowToGetThere()
    {
        factory.Clock.Now = new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.FromHours(1));
        var doc = await _client.GetDocumentAsync("/initiativ/modus-jorgensloekka");
        Assert.Contains("Ombruksbutikken", doc.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("17", doc.QuerySelector(".big-status")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(7, doc.QuerySelectorAll("table.week tbody tr").Length);
        Assert.Contains("Demodata", doc.QuerySelector(".ds-alert")!.TextContent, StringComparison.Ordinal);
        var transit = doc.QuerySelectorAll(".directions a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains(transit, h => h.Contains("entur.no", StringComparison.Ordinal) && h.Contains("stopLat=59.8352", StringComparison.Ordinal));
        var jsonLd = doc.QuerySelector("script[type='application/ld+json']")!.TextContent;
        Assert.Contains("\"LocalBusiness\"", jsonLd, StringComparison.Ordinal);
        Assert.Contains("OpeningHoursSpecification", jsonLd, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnASundayTheHoursTableShowsTodayAndTheSixDaysAhead()
    {
        factory.Clock.Now = new DateTimeOffset(2026, 12, 6, 20, 0, 0, TimeSpan.FromHours(1)); // Sunday
        try
        {
            var doc = await _client.GetDocumentAsync("/initiativ/modus-jorgensloekka");
            var rows = doc.QuerySelectorAll("table.week tbody tr");
            Assert.Equal(7, rows.Length);
            Assert.Equal("date", rows[0].GetAttribute("aria-current"));
            Assert.StartsWith("Søndag 6.", rows[0].QuerySelector("th")!.TextContent, StringComparison.Ordinal);
            Assert.StartsWith("Lørdag 12.", rows[6].QuerySelector("th")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("De neste 7 dagene", doc.QuerySelector("#week-heading")!.TextContent);
        }
        finally
        {
            factory.Clock.Now = TestClock.Default;
        }
    }

    [Fact]
    public async Task HolidayClosuresAreListedAheadOfChristmas()
    {
        factory.Clock.Now = new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.FromHours(1));
        var doc = await _client.GetDocumentAsync("/initiativ/modus-jorgensloekka");
        var text = doc.QuerySelector("#week-heading")!.ParentElement!.TextContent;
        Assert.Contains("Første juledag", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownInitiativeIs404()
    {
        using var response = await _client.GetAsync("/initiativ/finnes-ikke");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ArchivedInitiativeSaysItClosedDown()
    {
        var doc = await _client.GetDocumentAsync("/initiativ/reparasjonskafe-norsk-folkehjelp");
        Assert.Contains("nedlagt", doc.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}

public sealed class DirectoryPageTestsOnSqlite(SqliteAppFactory f) : DirectoryPageTests(f), IClassFixture<SqliteAppFactory>;

public sealed class DirectoryPageTestsOnPostgres(PostgresAppFactory f) : DirectoryPageTests(f), IClassFixture<PostgresAppFactory>;
