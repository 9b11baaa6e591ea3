using System.Net;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Items;

/// <summary>The item search's filters through <c>/api/v1/items</c>, on each database, with rows made by each test.</summary>
public abstract class SearchFilterTests(AppFactory factory)
{
    private readonly HttpClient _client = factory.NoRedirectClient();

    private Task<System.Text.Json.JsonElement> Get(string query) => _client.GetJsonAsync("/api/v1/items?" + query);

    [Fact]
    public async Task Category_price_free_and_size_filter()
    {
        var (id, slug) = await factory.NewInitiativeAsync();
        await factory.AddItemsAsync(id,
            (new Item { Title = "Sykkel", Category = GoodsCategory.Bikes, PriceNok = 500, Size = "M" }, 1),
            (new Item { Title = "Stol", Category = GoodsCategory.Furniture, PriceNok = 100, Size = "m" }, 2),
            (new Item { Title = "Bord", Category = GoodsCategory.Furniture, PriceNok = 0, Size = "L" }, 3));
        var scope = $"initiative={slug}";
        Assert.Equal(["Sykkel"], SearchTestData.Titles(await Get($"{scope}&category=bikes")));
        Assert.Equal(["Sykkel"], SearchTestData.Titles(await Get($"{scope}&category=sykler")));
        Assert.Equal(["Sykkel", "Stol", "Bord"], SearchTestData.Titles(await Get($"{scope}&category=bikes,furniture")));
        Assert.Equal(["Stol", "Bord"], SearchTestData.Titles(await Get($"{scope}&max_price=100")));
        Assert.Equal(["Bord"], SearchTestData.Titles(await Get($"{scope}&free=true")));
        Assert.Equal(["Sykkel", "Stol"], SearchTestData.Titles(await Get($"{scope}&size=M")));
        Assert.Equal(["Stol"], SearchTestData.Titles(await Get($"{scope}&size=m&category=furniture")));
    }

    [Fact]
    public async Task Near_and_radius_keep_the_circle_and_distance_sorts_nearest_first()
    {
        var marker = SearchTestData.Marker();
        var (asker, _) = await factory.NewInitiativeAsync(at: SearchTestData.AskerSentrum);
        var (tofte, _) = await factory.NewInitiativeAsync(at: SearchTestData.Tofte);
        await factory.AddItemsAsync(asker, (new Item { Title = $"{marker} nær" }, 5));
        await factory.AddItemsAsync(asker, (new Item { Title = $"{marker} litt unna", Latitude = 59.8336 + 0.036, Longitude = 10.4355 }, 6)); // about 4 km north
        await factory.AddItemsAsync(tofte, (new Item { Title = $"{marker} langt unna" }, 1));

        var near = "near=59.8336,10.4355";
        Assert.Equal([$"{marker} nær"], SearchTestData.Titles(await Get($"q={marker}&{near}&radius_km=2")));
        var five = await Get($"q={marker}&{near}&radius_km=5&sort=distance");
        Assert.Equal([$"{marker} nær", $"{marker} litt unna"], SearchTestData.Titles(five));
        var km = five.GetProperty("items")[1].GetProperty("distanceKm").GetDouble();
        Assert.InRange(km, 3.8, 4.2);
        // Default radius 10 km leaves Tofte (about 33 km) out; 50 km takes it in, and distance puts it last.
        Assert.Equal(2, (await Get($"q={marker}&{near}")).GetProperty("total").GetInt32());
        var all = await Get($"q={marker}&{near}&radius_km=50&sort=distance");
        Assert.Equal([$"{marker} nær", $"{marker} litt unna", $"{marker} langt unna"], SearchTestData.Titles(all));
        var distances = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("distanceKm").GetDouble()).ToList();
        Assert.Equal(distances.Order(), distances);
        Assert.InRange(distances[2], 30, 36);
        // A place name works as well.
        Assert.Equal(2, (await Get($"q={marker}&near=Asker%20sentrum")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Open_now_weekend_and_at_a_time_follow_the_places_hours()
    {
        factory.Clock.Now = TestClock.Default; // Wednesday 2 December 2026, 12:00
        var marker = SearchTestData.Marker();
        var (weekdays, _) = await factory.NewInitiativeAsync(hours: "Mo-Fr 10:00-18:00");
        var (saturdays, _) = await factory.NewInitiativeAsync(hours: "Sa 10:00-16:00");
        var (unknown, _) = await factory.NewInitiativeAsync(hours: "");
        await factory.AddItemsAsync(weekdays, (new Item { Title = $"{marker} hverdag" }, 1));
        await factory.AddItemsAsync(saturdays, (new Item { Title = $"{marker} lørdag" }, 2));
        await factory.AddItemsAsync(unknown, (new Item { Title = $"{marker} ukjent" }, 3));

        Assert.Equal(3, (await Get($"q={marker}")).GetProperty("total").GetInt32());
        Assert.Equal([$"{marker} hverdag"], SearchTestData.Titles(await Get($"q={marker}&open=now")));
        Assert.Equal([$"{marker} lørdag"], SearchTestData.Titles(await Get($"q={marker}&open=weekend")));
        Assert.Equal([$"{marker} hverdag"], SearchTestData.Titles(await Get($"q={marker}&open=after17")));
        Assert.Equal([$"{marker} lørdag"], SearchTestData.Titles(await Get($"q={marker}&open=2026-12-05T12:00")));
        Assert.Empty(SearchTestData.Titles(await Get($"q={marker}&open=2026-12-05T17:00")));
        // The list says whether the place is open now.
        var now = await Get($"q={marker}&open=now");
        Assert.Equal("open", now.GetProperty("items")[0].GetProperty("stateNow").GetString());
    }

    [Fact]
    public async Task Only_available_items_of_approved_initiatives_still_running_are_found()
    {
        var marker = SearchTestData.Marker();
        var (open, _) = await factory.NewInitiativeAsync();
        var (pending, _) = await factory.NewInitiativeAsync(moderation: ModerationState.Pending);
        var (archived, _) = await factory.NewInitiativeAsync(status: InitiativeStatus.Archived);
        await factory.AddItemsAsync(open,
            (new Item { Title = $"{marker} ledig" }, 1),
            (new Item { Title = $"{marker} holdt av", Status = ItemStatus.Reserved }, 2),
            (new Item { Title = $"{marker} solgt", Status = ItemStatus.Sold }, 3),
            (new Item { Title = $"{marker} fjernet", Status = ItemStatus.Removed }, 4));
        await factory.AddItemsAsync(pending, (new Item { Title = $"{marker} venter" }, 5));
        await factory.AddItemsAsync(archived, (new Item { Title = $"{marker} nedlagt" }, 6));
        Assert.Equal([$"{marker} ledig"], SearchTestData.Titles(await Get($"q={marker}")));
    }

    [Fact]
    public async Task Initiative_limits_to_one_place_and_an_unknown_one_finds_nothing()
    {
        var marker = SearchTestData.Marker();
        var (a, slugA) = await factory.NewInitiativeAsync();
        var (b, _) = await factory.NewInitiativeAsync();
        await factory.AddItemsAsync(a, (new Item { Title = $"{marker} A" }, 1));
        await factory.AddItemsAsync(b, (new Item { Title = $"{marker} B" }, 2));
        Assert.Equal([$"{marker} A", $"{marker} B"], SearchTestData.Titles(await Get($"q={marker}")).Order(StringComparer.Ordinal));
        var onlyA = await Get($"q={marker}&initiative={slugA}");
        Assert.Equal([$"{marker} A"], SearchTestData.Titles(onlyA));
        Assert.Equal(slugA, onlyA.GetProperty("items")[0].GetProperty("place").GetProperty("initiativeSlug").GetString());
        Assert.Equal(0, (await Get($"q={marker}&initiative=finnes-ikke")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Pages_are_newest_first_without_gaps_or_repeats()
    {
        var (id, slug) = await factory.NewInitiativeAsync();
        await factory.AddItemsAsync(id, Enumerable.Range(1, 30).Select(n => (new Item { Title = $"Ting {n:00}" }, n)).ToArray());
        var first = await Get($"initiative={slug}");
        Assert.Equal(30, first.GetProperty("total").GetInt32());
        Assert.Equal(25, first.GetProperty("pageSize").GetInt32());
        Assert.Equal(2, first.GetProperty("pageCount").GetInt32());
        var second = await Get($"initiative={slug}&page=2");
        var titles = SearchTestData.Titles(first).Concat(SearchTestData.Titles(second)).ToList();
        Assert.Equal(Enumerable.Range(1, 30).Select(n => $"Ting {n:00}"), titles);
        var small = await Get($"initiative={slug}&page=3&page_size=10");
        Assert.Equal(Enumerable.Range(21, 10).Select(n => $"Ting {n:00}"), SearchTestData.Titles(small));
        Assert.Empty(SearchTestData.Titles(await Get($"initiative={slug}&page=9")));
    }

    [Theory]
    [InlineData("category=dinosaurer", "category")]
    [InlineData("near=ingensteds", "near")]
    [InlineData("near=91,10", "near")]
    [InlineData("near=59.8,10.4&radius_km=500", "radius_km")]
    [InlineData("near=59.8,10.4&radius_km=0", "radius_km")]
    [InlineData("radius_km=5", "radius_km")]
    [InlineData("open=snart", "open")]
    [InlineData("open=at", "at")]
    [InlineData("max_price=-1", "max_price")]
    [InlineData("max_price=tjue", "max_price")]
    [InlineData("free=kanskje", "free")]
    [InlineData("sort=distance", "sort")]
    [InlineData("sort=pris", "sort")]
    [InlineData("initiative=Store%20bokstaver", "initiative")]
    [InlineData("page=0", "page")]
    [InlineData("page_size=101", "page_size")]
    public async Task Bad_values_give_400_naming_the_parameter_in_both_languages(string query, string parameter)
    {
        using var response = await _client.GetAsync("/api/v1/items?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = System.Text.Json.JsonSerializer.Deserialize<System.Text.Json.JsonElement>(await response.Content.ReadAsStringAsync());
        Assert.Contains(parameter, SearchTestData.ProblemParameters(problem));
        var error = problem.GetProperty("errors").EnumerateArray().First(e => e.GetProperty("parameter").GetString() == parameter);
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("messageNb").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("messageEn").GetString()));
        Assert.StartsWith(parameter + ":", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

public sealed class SearchFilterTestsOnSqlite(SqliteAppFactory f) : SearchFilterTests(f), IClassFixture<SqliteAppFactory>;

public sealed class SearchFilterTestsOnPostgres(PostgresAppFactory f) : SearchFilterTests(f), IClassFixture<PostgresAppFactory>;
