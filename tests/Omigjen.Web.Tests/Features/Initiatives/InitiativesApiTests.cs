using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Initiatives;

/// <summary>The directory API on the demo data; runs once on SQLite and once on PostgreSQL.</summary>
public abstract class InitiativesApiTests(AppFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> GetJson(string url)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<string> Slugs(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!).ToList();

    [Fact]
    public async Task ListShowsDemoInitiativesButNotArchivedOnes()
    {
        var page = await GetJson("/api/v1/initiatives?page_size=100");
        var slugs = Slugs(page);
        Assert.Contains("bua-asker", slugs);
        Assert.Contains("bokskap", slugs);
        Assert.DoesNotContain("reparasjonskafe-norsk-folkehjelp", slugs);
        Assert.Equal(slugs.Count, page.GetProperty("total").GetInt32());
        var withArchived = Slugs(await GetJson("/api/v1/initiatives?page_size=100&archived=true"));
        Assert.Contains("reparasjonskafe-norsk-folkehjelp", withArchived);
    }

    [Fact]
    public async Task OpenNowUsesTheClock()
    {
        // Wednesday 12:00: Modus (Tu-Fr 10-17) is open, BUA (Tu,Th 15-19; Sa) is not.
        factory.Clock.Now = new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.FromHours(1));
        var open = Slugs(await GetJson("/api/v1/initiatives?open=now&page_size=100"));
        Assert.Contains("modus-jorgensloekka", open);
        Assert.DoesNotContain("bua-asker", open);
        Assert.Contains("bokskap", open); // 24/7
    }

    [Fact]
    public async Task OpenAtAChosenTimeAndOnSaturday()
    {
        var saturday = Slugs(await GetJson("/api/v1/initiatives?open=2026-12-05T12:00&page_size=100"));
        Assert.Contains("bua-asker", saturday);
        Assert.Contains("modus-jorgensloekka", saturday);
        Assert.DoesNotContain("miljopatruljen-byggevareutsalg", saturday);
        // Christmas Day is a public holiday: PH off.
        var christmas = Slugs(await GetJson("/api/v1/initiatives?open=2026-12-25T12:00&page_size=100"));
        Assert.DoesNotContain("modus-jorgensloekka", christmas);
        Assert.Contains("bokskap", christmas);
    }

    [Fact]
    public async Task FiltersCombineByCategoryKindAndStepFree()
    {
        var sports = Slugs(await GetJson("/api/v1/initiatives?category=sports-outdoors&page_size=100"));
        Assert.Contains("bua-asker", sports);
        Assert.DoesNotContain("bokskap", sports);
        var lending = Slugs(await GetJson("/api/v1/initiatives?kind=lending"));
        Assert.Equal(["bua-asker"], lending);
        var stepFree = Slugs(await GetJson("/api/v1/initiatives?stepfree=true&page_size=100"));
        Assert.DoesNotContain("omattatt-kreativt-verksted", stepFree);
    }

    [Fact]
    public async Task NearSortsByDistanceAndRadiusLimits()
    {
        var page = await GetJson("/api/v1/initiatives?near=Tofte&page_size=100");
        var first = page.GetProperty("items")[0];
        Assert.Equal("bokskap", first.GetProperty("slug").GetString());
        Assert.True(first.GetProperty("distanceKm").GetDouble() < 1);
        var distances = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("distanceKm").GetDouble()).ToList();
        Assert.Equal(distances.Order().ToList(), distances);
        var within = Slugs(await GetJson("/api/v1/initiatives?near=59.679,10.526&radius_km=2"));
        Assert.Equal(["ombruksbutikk-saetre"], within);
    }

    [Fact]
    public async Task PagingSplitsTheList()
    {
        var all = Slugs(await GetJson("/api/v1/initiatives?page_size=100"));
        var first = await GetJson("/api/v1/initiatives?page_size=3&page=1");
        var second = await GetJson("/api/v1/initiatives?page_size=3&page=2");
        Assert.Equal(all.Take(3), Slugs(first));
        Assert.Equal(all.Skip(3).Take(3), Slugs(second));
        Assert.Equal((all.Count + 2) / 3, first.GetProperty("pageCount").GetInt32());
    }

    [Theory]
    [InlineData("category=spaceships", "category")]
    [InlineData("open=sometimes", "open")]
    [InlineData("near=999,999", "near")]
    [InlineData("bbox=1,2,3", "bbox")]
    [InlineData("page=0", "page")]
    [InlineData("page_size=1000", "page_size")]
    [InlineData("sort=distance", "sort")]
    [InlineData("radius_km=-1&near=59.8,10.4", "radius_km")]
    public async Task BadParametersGiveProblemDetailsNamingThem(string query, string parameter)
    {
        using var response = await _client.GetAsync("/api/v1/initiatives?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("parameter").GetString() == parameter);
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("messageNb").GetString())));
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("messageEn").GetString())));
    }

    [Fact]
    public async Task DetailHasHoursStatusAndLocations()
    {
        factory.Clock.Now = new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.FromHours(1));
        var d = await GetJson("/api/v1/initiatives/bokskap");
        Assert.Equal(4, d.GetProperty("locations").GetArrayLength());
        Assert.Equal("open", d.GetProperty("stateNow").GetString());
        var modus = await GetJson("/api/v1/initiatives/modus-jorgensloekka");
        Assert.Equal("Tu-Fr 10:00-17:00; Sa 10:00-15:00; PH off", modus.GetProperty("openingHours").GetString());
        // Next change after Wednesday 12:00 is closing at 17:00 local time, with the Oslo offset.
        Assert.StartsWith("2026-12-02T17:00:00+01:00", modus.GetProperty("nextChange").GetString(), StringComparison.Ordinal);
        Assert.True(modus.GetProperty("illustrative").GetBoolean());
    }

    [Fact]
    public async Task UnderATimeFilterTheStatusTextAndTheMapPinDescribeTheChosenTime()
    {
        // Wednesday 12:00: BUA (Tu,Th 15-19; Sa 11-14) is closed now and open on Saturday.
        factory.Clock.Now = new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.FromHours(1));
        var now = (await GetJson("/api/v1/initiatives?kind=lending")).GetProperty("items")[0];
        Assert.Equal("closed", now.GetProperty("stateNow").GetString());
        Assert.DoesNotContain("lørdag", now.GetProperty("statusText").GetString(), StringComparison.Ordinal);

        var weekend = (await GetJson("/api/v1/initiatives?kind=lending&open=weekend")).GetProperty("items")[0];
        Assert.Equal("closed", weekend.GetProperty("stateNow").GetString()); // the field says what its name says
        Assert.Equal("Åpen lørdag kl. 11.00–14.00", weekend.GetProperty("statusText").GetString());

        var pin = (await GetJson("/api/v1/initiatives.geojson?kind=lending&open=weekend")).GetProperty("features")[0].GetProperty("properties");
        Assert.Equal("open", pin.GetProperty("state").GetString());
        Assert.Equal("Åpen lørdag kl. 11.00–14.00", pin.GetProperty("status").GetString());
        var pinNow = (await GetJson("/api/v1/initiatives.geojson?kind=lending&open=now")).GetProperty("features");
        Assert.Equal(0, pinNow.GetArrayLength());
        var pinAny = (await GetJson("/api/v1/initiatives.geojson?kind=lending&category=sports-outdoors")).GetProperty("features")[0].GetProperty("properties");
        Assert.Equal("closed", pinAny.GetProperty("state").GetString());
        Assert.Equal(now.GetProperty("statusText").GetString(), pinAny.GetProperty("status").GetString());

        // In English too (a client of its own: ?lang=en is remembered in a cookie).
        var english = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/initiatives?kind=lending&open=2026-12-05T12:00&lang=en");
        Assert.Equal("Open Saturday 11:00–14:00", english.GetProperty("items")[0].GetProperty("statusText").GetString());
    }

    [Fact]
    public async Task UnknownSlugIsNotFoundAsProblem()
    {
        using var response = await _client.GetAsync("/api/v1/initiatives/finnes-ikke");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GeoJsonHasOnePointPerLocation()
    {
        using var response = await _client.GetAsync("/api/v1/initiatives.geojson");
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var geo = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("FeatureCollection", geo.GetProperty("type").GetString());
        var features = geo.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(4, features.Count(f => f.GetProperty("properties").GetProperty("slug").GetString() == "bokskap"));
        var tofte = features.Single(f => f.GetProperty("properties").GetProperty("name").GetString() == "Bokskap Tofte");
        var coordinates = tofte.GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(10.563, coordinates[0].GetDouble(), 3); // longitude first (RFC 7946)
        Assert.Equal(59.544, coordinates[1].GetDouble(), 3);
        var filtered = await GetJson("/api/v1/initiatives.geojson?kind=lending");
        Assert.Single(filtered.GetProperty("features").EnumerateArray());
    }
}

public sealed class InitiativesApiTestsOnSqlite(SqliteAppFactory f) : InitiativesApiTests(f), IClassFixture<SqliteAppFactory>;

public sealed class InitiativesApiTestsOnPostgres(PostgresAppFactory f) : InitiativesApiTests(f), IClassFixture<PostgresAppFactory>;
