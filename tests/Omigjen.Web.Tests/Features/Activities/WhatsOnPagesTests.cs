using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Activities;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Tests.Features.Items;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Activities;

/// <summary>The map layer of "Hva skjer" and the coming occasions on the start page and an initiative's page.</summary>
public abstract class WhatsOnPagesTests(AppFactory factory)
{
    [Fact]
    public async Task The_geojson_has_the_page_the_list_has_with_title_time_and_link_and_bad_parameters_are_bilingual_problems()
    {
        var (initiativeId, _) = await factory.NewInitiativeAsync(at: (60.9, 8.2)); // far from the demo data
        var series = await factory.CreateSeriesAsync(initiativeId);
        var coming = (await factory.OccasionsAsync(series.Id)).Where(o => o.StartUtc > factory.Clock.Now.UtcDateTime).ToList();
        using var client = factory.CreateClient();
        const string filters = "near=60.9,8.2&radius_km=1&kind=repair-cafe";

        using var response = await client.GetAsync($"/api/v1/activities.geojson?{filters}&page_size=3&page=2");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var geo = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        Assert.Equal("FeatureCollection", geo.GetProperty("type").GetString());
        Assert.Equal(coming.Count, geo.GetProperty("total").GetInt32());
        var features = geo.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(coming.Skip(3).Take(3).Select(o => o.Id), features.Select(f => f.GetProperty("id").GetInt64()));
        var first = features[0];
        Assert.Equal([8.2, 60.9], first.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        var p = first.GetProperty("properties");
        Assert.Equal("Reparasjonskafé", p.GetProperty("title").GetString());
        Assert.Equal("2027-01-28T17:00:00+01:00", p.GetProperty("start").GetString());
        Assert.Equal("torsdag 28. januar kl. 17.00", p.GetProperty("when").GetString());
        Assert.Equal("Thursday 28 January at 17:00", p.GetProperty("whenEn").GetString());
        Assert.EndsWith($"/aktiviteter/{coming[3].Id}", p.GetProperty("url").GetString(), StringComparison.Ordinal);

        // The JSON list with the same filters has the same occasions in the same order.
        var list = await client.GetJsonAsync($"/api/v1/activities?{filters}&page_size=3&page=2");
        Assert.Equal(features.Select(f => f.GetProperty("id").GetInt64()),
            list.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("id").GetInt64()));

        var bad = await client.GetJsonAsync("/api/v1/activities.geojson?when=someday&page_size=1000", HttpStatusCode.BadRequest);
        var errors = bad.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(["page_size", "when"], errors.Select(e => e.GetProperty("parameter").GetString()).Order(StringComparer.Ordinal));
        Assert.All(errors, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("messageNb").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("messageEn").GetString()));
        });
    }

    [Fact]
    public async Task The_hva_skjer_page_points_its_map_at_the_same_filters_and_page()
    {
        using var client = factory.CreateClient();
        var doc = await client.GetDocumentAsync("/hva-skjer?type=repair-cafe&side=2&page_size=7");
        var map = doc.QuerySelector("#whats-on-map")!;
        Assert.True(map.HasAttribute("hidden")); // shown by the script; the list is the page without it
        var url = map.GetAttribute("data-geojson")!;
        Assert.StartsWith("/api/v1/activities.geojson?", url, StringComparison.Ordinal);
        Assert.Contains("type=repair-cafe", url, StringComparison.Ordinal);
        Assert.Contains("side=2", url, StringComparison.Ordinal);
        Assert.Contains("page_size=25", url, StringComparison.Ordinal);
        Assert.DoesNotContain("page_size=7", url, StringComparison.Ordinal);
        Assert.NotNull(doc.QuerySelector("script[src^='/js/whats-on-map.js']"));
    }

    [Fact]
    public async Task The_start_page_shows_the_next_occasions_and_not_cancelled_ones()
    {
        using var client = factory.CreateClient();
        var before = await StartPageOccasionsAsync(client);
        Assert.Equal(await NextAsync(4), before);
        var doc = await client.GetDocumentAsync("/");
        Assert.Equal("/hva-skjer", doc.QuerySelector("#kommende-aktiviteter #upcoming-all")!.GetAttribute("href"));

        var cancelled = before[0];
        var owner = await factory.WithDbAsync(db => db.ActivityOccasions.Where(o => o.Id == cancelled).Select(o => o.InitiativeId).FirstAsync());
        await using (var a = factory.Activities()) await a.Occasions.CancelAsync(owner, cancelled);
        var after = await StartPageOccasionsAsync(client);
        Assert.DoesNotContain(cancelled, after);
        Assert.Equal(await NextAsync(4), after);
        Assert.Equal(before.Skip(1), after.Take(3));
    }

    [Fact]
    public async Task The_initiative_page_shows_its_own_next_occasions_without_cancelled_ones()
    {
        var (initiativeId, slug) = await factory.NewInitiativeAsync(at: (60.8, 8.1));
        var series = await factory.CreateSeriesAsync(initiativeId);
        var occasions = await factory.OccasionsAsync(series.Id);
        await using (var a = factory.Activities()) await a.Occasions.CancelAsync(initiativeId, occasions[1].Id);
        using var client = factory.CreateClient();

        var doc = await client.GetDocumentAsync($"/initiativ/{slug}");
        var section = doc.QuerySelector("#kommende-aktiviteter")!;
        var shown = section.QuerySelectorAll("li[data-occasion]").Select(li => long.Parse(li.GetAttribute("data-occasion")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(new[] { occasions[0], occasions[2], occasions[3], occasions[4], occasions[5] }.Select(o => o.Id), shown);
        Assert.Contains("Reparasjonskafé", section.QuerySelector("li a")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/aktiviteter/{occasions[0].Id}", section.QuerySelector("li a")!.GetAttribute("href"));
        Assert.Contains("torsdag 7. januar kl. 17.00", section.QuerySelector("li")!.TextContent, StringComparison.Ordinal);

        var (quiet, quietSlug) = await factory.NewInitiativeAsync(at: (60.7, 8.0));
        Assert.True(quiet > 0);
        Assert.Null((await client.GetDocumentAsync($"/initiativ/{quietSlug}")).QuerySelector("#kommende-aktiviteter"));
    }

    private static async Task<List<long>> StartPageOccasionsAsync(HttpClient client) =>
        [.. (await client.GetDocumentAsync("/")).QuerySelectorAll("#kommende-aktiviteter li[data-occasion]")
            .Select(li => long.Parse(li.GetAttribute("data-occasion")!, System.Globalization.CultureInfo.InvariantCulture))];

    private Task<List<long>> NextAsync(int count)
    {
        var now = factory.Clock.Now.UtcDateTime;
        return factory.WithDbAsync(db => db.ActivityOccasions
            .Where(o => o.StartUtc > now && o.Status != OccasionStatus.Cancelled && db.Initiatives.Public().Any(i => i.Id == o.InitiativeId))
            .OrderBy(o => o.StartUtc).ThenBy(o => o.Id).Select(o => o.Id).Take(count).ToListAsync());
    }
}

public sealed class WhatsOnPagesTestsOnSqlite(SqliteAppFactory f) : WhatsOnPagesTests(f), IClassFixture<SqliteAppFactory>;

public sealed class WhatsOnPagesTestsOnPostgres(PostgresAppFactory f) : WhatsOnPagesTests(f), IClassFixture<PostgresAppFactory>;
