using System.Net;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Items;

/// <summary>The shape of <c>/api/v1/items</c> and <c>/api/v1/items/{id}</c>, and their place in the OpenAPI document.</summary>
public abstract class ItemsApiTests(AppFactory factory)
{
    private readonly HttpClient _client = factory.NoRedirectClient();

    [Fact]
    public async Task A_search_hit_shows_the_items_first_photo()
    {
        var (initiative, slug) = await factory.NewInitiativeAsync();
        var marker = SearchTestData.Marker();
        var (first, second) = (Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"));
        var now = factory.Clock.Now.UtcDateTime;
        await factory.AddItemsAsync(initiative,
            (new Item
            {
                Title = $"Lampe {marker}",
                Photos = [new ItemPhoto { Key = second, AltText = "Bak", SortOrder = 1, CreatedAt = now }, new ItemPhoto { Key = first, AltText = "Foran", SortOrder = 0, CreatedAt = now }],
            }, 1),
            (new Item { Title = $"Stol {marker}" }, 2));
        var page = await _client.GetJsonAsync($"/api/v1/items?q={marker}&initiative={slug}&sort=newest");
        var items = page.GetProperty("items");
        Assert.Equal(first, items[0].GetProperty("photo").GetProperty("key").GetString());
        Assert.Equal("Foran", items[0].GetProperty("photo").GetProperty("altText").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, items[1].GetProperty("photo").ValueKind);
    }

    [Fact]
    public async Task One_item_has_its_text_photos_place_and_state()
    {
        factory.Clock.Now = TestClock.Default;
        var (initiative, slug) = await factory.NewInitiativeAsync(hours: "Mo-Fr 10:00-18:00");
        var key = Guid.NewGuid().ToString("N");
        var id = await factory.AddItemAsync(initiative, new Item
        {
            Title = "Kommode", Description = "Tre skuffer.", Category = GoodsCategory.Furniture, Condition = ItemCondition.NeedsRepair,
            PriceNok = 0, Quantity = 3, Colour = "Hvit",
            Photos = [new ItemPhoto { Key = key, AltText = "Hvit kommode", Width = 800, Height = 600, CreatedAt = factory.Clock.Now.UtcDateTime }],
        });
        var item = await _client.GetJsonAsync($"/api/v1/items/{id}");
        Assert.Equal(id, item.GetProperty("id").GetInt32());
        Assert.Equal("Kommode", item.GetProperty("title").GetString());
        Assert.Equal("Tre skuffer.", item.GetProperty("description").GetString());
        Assert.Equal("furniture", item.GetProperty("category").GetString());
        Assert.Equal("needs-repair", item.GetProperty("condition").GetString());
        Assert.Equal("Må repareres", item.GetProperty("conditionText").GetString());
        Assert.Equal(0, item.GetProperty("priceNok").GetInt32());
        Assert.Equal("Gratis", item.GetProperty("price").GetString());
        Assert.Equal(3, item.GetProperty("available").GetInt32());
        Assert.Equal("available", item.GetProperty("status").GetString());
        Assert.Equal("Hvit", item.GetProperty("colour").GetString());
        Assert.Equal($"https://localhost/bilder/{key}-640.jpg", item.GetProperty("photos")[0].GetProperty("url").GetString());
        Assert.Equal("Hvit kommode", item.GetProperty("photos")[0].GetProperty("altText").GetString());
        Assert.Equal(slug, item.GetProperty("place").GetProperty("initiativeSlug").GetString());
        Assert.Equal("Testveien 1", item.GetProperty("place").GetProperty("address").GetString());
        Assert.Equal("open", item.GetProperty("stateNow").GetString());
        Assert.Equal($"https://localhost/varer/{id}", item.GetProperty("url").GetString());

        var english = await _client.GetJsonAsync($"/api/v1/items/{id}?lang=en");
        Assert.Equal("Free", english.GetProperty("price").GetString());
        Assert.Equal("Needs repair", english.GetProperty("conditionText").GetString());
    }

    [Fact]
    public async Task A_sold_item_is_still_shown_by_id_but_not_listed()
    {
        var (initiative, slug) = await factory.NewInitiativeAsync();
        var id = await factory.AddItemAsync(initiative, new Item { Title = "Solgt lampe", Status = ItemStatus.Sold });
        Assert.Equal("sold", (await _client.GetJsonAsync($"/api/v1/items/{id}")).GetProperty("status").GetString());
        Assert.Equal(0, (await _client.GetJsonAsync($"/api/v1/items?initiative={slug}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_listed_item_has_photo_place_distance_and_status_text()
    {
        factory.Clock.Now = TestClock.Default;
        var (initiative, slug) = await factory.NewInitiativeAsync(hours: "Mo-Fr 10:00-18:00");
        var key = Guid.NewGuid().ToString("N");
        await factory.AddItemAsync(initiative, new Item
        {
            Title = "Bokhylle", PriceNok = 1250,
            Photos = [new ItemPhoto { Key = key, AltText = "Bokhylle", Width = 600, Height = 800, CreatedAt = factory.Clock.Now.UtcDateTime }],
        });
        var page = await _client.GetJsonAsync($"/api/v1/items?initiative={slug}&near=59.8336,10.4355");
        var row = page.GetProperty("items")[0];
        Assert.Equal(1250, row.GetProperty("priceNok").GetInt32());
        Assert.Equal("1\u00a0250 kr", row.GetProperty("price").GetString());
        Assert.Equal(key, row.GetProperty("photo").GetProperty("key").GetString());
        Assert.Equal(0, row.GetProperty("distanceKm").GetDouble());
        Assert.StartsWith("Åpent nå", row.GetProperty("statusText").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Testbutikk", row.GetProperty("place").GetProperty("initiativeName").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKindNull, row.GetProperty("size").ValueKind);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    [Fact]
    public async Task The_openapi_document_describes_both_endpoints()
    {
        using var response = await _client.GetAsync("/api/v1/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"/api/v1/items\"", doc, StringComparison.Ordinal);
        Assert.Contains("\"/api/v1/items/{id}\"", doc, StringComparison.Ordinal);
        Assert.Contains("ListItems", doc, StringComparison.Ordinal);
        Assert.Contains("GetItem", doc, StringComparison.Ordinal);
    }
}

public sealed class ItemsApiTestsOnSqlite(SqliteAppFactory f) : ItemsApiTests(f), IClassFixture<SqliteAppFactory>;

public sealed class ItemsApiTestsOnPostgres(PostgresAppFactory f) : ItemsApiTests(f), IClassFixture<PostgresAppFactory>;
