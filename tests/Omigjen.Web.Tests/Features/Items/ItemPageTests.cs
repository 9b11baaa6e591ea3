using System.Net;
using System.Text.Json;
using AngleSharp;
using AngleSharp.Dom;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Items;

/// <summary>The item page <c>/varer/{id}</c> and the search page <c>/varer</c>, on each database.</summary>
public abstract class ItemPageTests(AppFactory factory)
{
    private readonly HttpClient _client = factory.NoRedirectClient();

    private static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(response.Content.ReadAsStream()));

    private async Task<(int Id, string Slug, string Key)> ItemWithPhotosAsync(Action<Item>? change = null)
    {
        var (initiative, slug) = await factory.NewInitiativeAsync(hours: "Mo-Fr 10:00-18:00");
        var key = Guid.NewGuid().ToString("N");
        var item = new Item
        {
            Title = "Barnesykkel 20 tommer", Description = "Blå, 6 gir.\nNye bremser.", Category = Web.Features.Initiatives.GoodsCategory.Bikes,
            Condition = ItemCondition.GentlyUsed, PriceNok = 450, Quantity = 2, Size = "20 tommer", Brand = "DBS",
            Photos =
            [
                new ItemPhoto { Key = key, AltText = "Blå barnesykkel sett fra siden", Width = 1600, Height = 1200, SortOrder = 0, CreatedAt = factory.Clock.Now.UtcDateTime },
                new ItemPhoto { Key = key + "b", AltText = "Styret", Width = 1000, Height = 1500, SortOrder = 1, CreatedAt = factory.Clock.Now.UtcDateTime },
            ],
        };
        change?.Invoke(item);
        var id = await factory.AddItemAsync(initiative, item);
        return (id, slug, key);
    }

    [Fact]
    public async Task The_item_page_has_price_place_hours_reserve_button_and_product_data()
    {
        factory.Clock.Now = TestClock.Default;
        var (id, slug, _) = await ItemWithPhotosAsync();
        using var response = await _client.GetAsync($"/varer/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await ParseAsync(response);
        Assert.Equal("Barnesykkel 20 tommer", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("450 kr", doc.QuerySelector("#price")!.TextContent.Trim());
        Assert.Contains("Pent brukt", doc.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2 stk.", doc.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(doc.QuerySelector($"a[href='/initiativ/{slug}']"));
        Assert.Contains("10.00–18.00", doc.QuerySelector("#today-hours")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Åpent", doc.QuerySelector("#place-status")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(doc.QuerySelector("a[href^='https://www.openstreetmap.org/directions']"));

        // The button leads to the hold page, where the pickup day is chosen and the hold confirmed.
        var form = doc.QuerySelector($"form[method=get][action='/varer/{id}/reserver']");
        Assert.NotNull(form);
        Assert.Equal("Reserver for henting", form.QuerySelector("button[type=submit]")!.TextContent.Trim());

        var ld = doc.QuerySelector("script[type='application/ld+json']");
        Assert.NotNull(ld);
        var json = JsonSerializer.Deserialize<JsonElement>(ld!.TextContent);
        Assert.Equal("Product", json.GetProperty("@type").GetString());
        Assert.Equal("Barnesykkel 20 tommer", json.GetProperty("name").GetString());
        var offer = json.GetProperty("offers");
        Assert.Equal("Offer", offer.GetProperty("@type").GetString());
        Assert.Equal(450, offer.GetProperty("price").GetInt32());
        Assert.Equal("NOK", offer.GetProperty("priceCurrency").GetString());
        Assert.Equal("https://schema.org/InStock", offer.GetProperty("availability").GetString());
        Assert.Equal("https://schema.org/UsedCondition", offer.GetProperty("itemCondition").GetString());
        Assert.StartsWith("Testbutikk", offer.GetProperty("seller").GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, json.GetProperty("image").GetArrayLength());
    }

    [Fact]
    public async Task Photos_are_responsive_lazy_and_described()
    {
        var (id, _, key) = await ItemWithPhotosAsync();
        using var response = await _client.GetAsync($"/varer/{id}");
        var doc = await ParseAsync(response);
        var pictures = doc.QuerySelectorAll(".item-photos picture");
        Assert.Equal(2, pictures.Length);
        var first = pictures[0];
        var webp = first.QuerySelector("source[type='image/webp']")!;
        Assert.Equal($"/bilder/{key}-320.webp 320w, /bilder/{key}-640.webp 640w, /bilder/{key}-1280.webp 1280w", webp.GetAttribute("srcset"));
        Assert.False(string.IsNullOrEmpty(webp.GetAttribute("sizes")));
        var img = first.QuerySelector("img")!;
        Assert.Equal($"/bilder/{key}-640.jpg", img.GetAttribute("src"));
        Assert.Equal($"/bilder/{key}-320.jpg 320w, /bilder/{key}-640.jpg 640w, /bilder/{key}-1280.jpg 1280w", img.GetAttribute("srcset"));
        Assert.Equal("Blå barnesykkel sett fra siden", img.GetAttribute("alt"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.Equal("640", img.GetAttribute("width"));
        Assert.Equal("480", img.GetAttribute("height"));
        Assert.Equal("960", pictures[1].QuerySelector("img")!.GetAttribute("height")); // portrait 1000 × 1500
    }

    [Fact]
    public async Task Removed_items_and_items_of_places_not_public_are_not_found()
    {
        var (removed, _, _) = await ItemWithPhotosAsync(i => i.Status = ItemStatus.Removed);
        var (pending, _) = await factory.NewInitiativeAsync(moderation: ModerationState.Pending);
        var hidden = await factory.AddItemAsync(pending, new Item { Title = "Venter på godkjenning" });
        foreach (var id in new[] { removed, hidden, int.MaxValue })
        {
            using var page = await _client.GetAsync($"/varer/{id}");
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
            using var api = await _client.GetAsync($"/api/v1/items/{id}");
            Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
            Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task A_sold_item_says_so_without_a_reserve_button()
    {
        var (id, _, _) = await ItemWithPhotosAsync(i => { i.Status = ItemStatus.Sold; i.Quantity = 0; });
        using var response = await _client.GetAsync($"/varer/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await ParseAsync(response);
        Assert.Null(doc.QuerySelector("form[action$='/reserver']"));
        Assert.Contains("solgt", doc.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var json = JsonSerializer.Deserialize<JsonElement>(doc.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("https://schema.org/SoldOut", json.GetProperty("offers").GetProperty("availability").GetString());
    }

    [Fact]
    public async Task The_page_speaks_english_when_asked()
    {
        var (id, _, _) = await ItemWithPhotosAsync();
        using var response = await _client.GetAsync($"/varer/{id}?lang=en");
        var doc = await ParseAsync(response);
        Assert.Equal("NOK 450", doc.QuerySelector("#price")!.TextContent.Trim());
        Assert.Equal("Hold for pickup", doc.QuerySelector("form[action$='/reserver'] button")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_search_page_lists_items_with_photo_price_place_and_status_without_javascript()
    {
        factory.Clock.Now = TestClock.Default;
        var (id, slug, key) = await ItemWithPhotosAsync();
        using var response = await _client.GetAsync($"/varer?q=sykkel&initiative={slug}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await ParseAsync(response);
        var form = doc.QuerySelector("form#filters")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/varer", form.GetAttribute("action"));
        foreach (var input in form.QuerySelectorAll("input:not([type=hidden]), select"))
            Assert.NotNull(doc.QuerySelector($"label[for='{input.Id}']"));
        Assert.Equal("sykkel", doc.QuerySelector("#f-q")!.GetAttribute("value"));
        Assert.Equal(slug, form.QuerySelector("input[name=initiative]")!.GetAttribute("value"));

        var row = doc.QuerySelector($"#result-list li[data-id='{id}']")!;
        Assert.NotNull(row.QuerySelector($"a[href='/varer/{id}']"));
        var img = row.QuerySelector("img")!;
        Assert.Equal($"/bilder/{key}-320.jpg", img.GetAttribute("src"));
        Assert.Equal("320", img.GetAttribute("width"));
        Assert.Equal("240", img.GetAttribute("height"));
        Assert.Equal($"/bilder/{key}-320.webp", row.QuerySelector("source[type='image/webp']")!.GetAttribute("srcset"));
        Assert.Contains("450 kr", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Testveien 1", row.QuerySelector(".place")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Åpent", row.QuerySelector(".status")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal($"/konto/lagrede-sok/ny?q=sykkel&initiative={slug}", doc.QuerySelector("#save-search")!.GetAttribute("href"));
        Assert.Equal("1 ting funnet", doc.QuerySelector("#result-count")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_search_page_shows_distance_pages_and_an_empty_state()
    {
        var (initiative, slug) = await factory.NewInitiativeAsync();
        await factory.AddItemsAsync(initiative, Enumerable.Range(1, 27).Select(n => (new Item { Title = $"Kopp {n:00}" }, n)).ToArray());
        var doc = await ParseAsync(await _client.GetAsync($"/varer?initiative={slug}&near=59.8336,10.4355"));
        Assert.Equal(25, doc.QuerySelectorAll("#result-list li").Length);
        Assert.All(doc.QuerySelectorAll("#result-list .distance"), d => Assert.Equal("0,0 km", d.TextContent.Trim()));
        var next = doc.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("side=2", next, StringComparison.Ordinal);
        var second = await ParseAsync(await _client.GetAsync(next));
        Assert.Equal(["Kopp 26", "Kopp 27"], second.QuerySelectorAll("#result-list h3").Select(h => h.TextContent.Trim()));

        var empty = await ParseAsync(await _client.GetAsync($"/varer?initiative={slug}&q={SearchTestData.Marker()}"));
        Assert.Empty(empty.QuerySelectorAll("#result-list li"));
        Assert.NotNull(empty.QuerySelector("#no-results"));
    }

    [Fact]
    public async Task Bad_filters_on_the_page_are_listed_and_point_at_their_fields()
    {
        using var response = await _client.GetAsync("/varer?category=dinosaurer&max_price=billig");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await ParseAsync(response);
        var links = doc.QuerySelectorAll("#feil a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#f-category", links);
        Assert.Contains("#f-max-price", links);
        Assert.Equal("true", doc.QuerySelector("#f-category")!.GetAttribute("aria-invalid"));
        Assert.Equal("true", doc.QuerySelector("#f-max-price")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task The_header_links_to_the_search()
    {
        var doc = await ParseAsync(await _client.GetAsync("/"));
        Assert.Equal("Finn brukt", doc.QuerySelector(".site-nav a[href='/varer']")!.TextContent.Trim());
    }
}

public sealed class ItemPageTestsOnSqlite(SqliteAppFactory f) : ItemPageTests(f), IClassFixture<SqliteAppFactory>;

public sealed class ItemPageTestsOnPostgres(PostgresAppFactory f) : ItemPageTests(f), IClassFixture<PostgresAppFactory>;
