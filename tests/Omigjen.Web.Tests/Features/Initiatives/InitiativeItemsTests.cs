using Omigjen.Web.Features.Items;
using Omigjen.Web.Tests.Features.Items;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Initiatives;

/// <summary>An initiative's page shows its newest available items and links to the search limited to the place.</summary>
public abstract class InitiativeItemsTests(AppFactory factory)
{
    [Fact]
    public async Task The_page_shows_the_newest_six_items_and_links_to_all_of_them()
    {
        var (initiative, slug) = await factory.NewInitiativeAsync();
        var (other, _) = await factory.NewInitiativeAsync();
        var now = factory.Clock.Now.UtcDateTime;
        var items = Enumerable.Range(1, 8).Select(n => (new Item
        {
            Title = $"Vare nummer {n}", PriceNok = n * 10,
            Photos = n == 8 ? [new ItemPhoto { Key = Guid.NewGuid().ToString("N"), AltText = "Foto av vare 8", Width = 800, Height = 600, CreatedAt = now }] : [],
        }, 100 - n)).ToArray(); // item 8 is the newest
        var ids = await factory.AddItemsAsync(initiative, items);
        await factory.AddItemAsync(initiative, new Item { Title = "Solgt vare", Status = ItemStatus.Sold }, 0);
        await factory.AddItemAsync(other, new Item { Title = "Vare et annet sted" }, 0);

        var doc = await factory.CreateClient().GetDocumentAsync($"/initiativ/{slug}");
        var section = doc.QuerySelector("section[aria-labelledby=items-heading]");
        Assert.NotNull(section);
        var links = section.QuerySelectorAll(".item-result h3 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(ids.AsEnumerable().Reverse().Take(6).Select(id => $"/varer/{id}"), links);
        Assert.Equal("Foto av vare 8", section.QuerySelector(".item-result img")?.GetAttribute("alt"));
        Assert.Contains("80 kr", section.QuerySelector(".item-result .item-result__price")!.TextContent, StringComparison.Ordinal);
        var all = section.QuerySelectorAll("a").Single(a => a.TextContent.Contains("Se alle 8 varer", StringComparison.Ordinal));
        Assert.Equal($"/varer?initiative={slug}", all.GetAttribute("href"));

        var search = await factory.CreateClient().GetDocumentAsync(all.GetAttribute("href")!);
        var found = search.QuerySelectorAll("#result-list .item-result").Select(li => int.Parse(li.GetAttribute("data-id")!, System.Globalization.CultureInfo.InvariantCulture)).Order();
        Assert.Equal(ids.Order(), found);
    }

    [Fact]
    public async Task A_place_without_items_has_no_item_section()
    {
        var (_, slug) = await factory.NewInitiativeAsync();
        var doc = await factory.CreateClient().GetDocumentAsync($"/initiativ/{slug}?lang=en");
        Assert.Null(doc.QuerySelector("#items-heading"));
        Assert.DoesNotContain(doc.QuerySelectorAll("a"), a => a.GetAttribute("href")?.StartsWith("/varer?initiative=", StringComparison.Ordinal) == true);
    }
}

public sealed class InitiativeItemsTestsOnSqlite(SqliteAppFactory f) : InitiativeItemsTests(f), IClassFixture<SqliteAppFactory>;

public sealed class InitiativeItemsTestsOnPostgres(PostgresAppFactory f) : InitiativeItemsTests(f), IClassFixture<PostgresAppFactory>;
