using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Items;

/// <summary>Texts people entered in Norwegian carry lang="nb" on English pages, so a screen reader reads them as Norwegian.</summary>
public abstract class NorwegianTextTests(AppFactory factory)
{
    private async Task<(int ItemId, string Slug)> ItemAsync()
    {
        var (initiative, slug) = await factory.NewInitiativeAsync();
        await factory.WithDbAsync(async db =>
        {
            var i = await db.Initiatives.FindAsync(initiative);
            i!.ShortDescription = LocalizedText.Of("Vi selger brukte sykler.");
            i.LongDescription = LocalizedText.Of("Åpent for alle.", "Open to everyone.");
            return await db.SaveChangesAsync();
        });
        var id = await factory.AddItemAsync(initiative, new Item { Title = "Barnesykkel blå", Description = "Nye bremser." });
        return (id, slug);
    }

    [Fact]
    public async Task English_pages_mark_the_norwegian_item_and_place_texts()
    {
        var (id, slug) = await ItemAsync();
        var client = factory.NoRedirectClient();

        var item = await client.GetDocumentAsync($"/varer/{id}?lang=en");
        Assert.Equal("nb", item.QuerySelector("main h1")!.GetAttribute("lang"));
        Assert.Equal("nb", item.QuerySelector("main .item-description")!.GetAttribute("lang"));

        var search = await client.GetDocumentAsync($"/varer?initiative={slug}&lang=en");
        var title = search.QuerySelectorAll("main .item-result a").Single(a => a.TextContent == "Barnesykkel blå");
        Assert.Equal("nb", title.Closest("[lang]")!.GetAttribute("lang"));

        var place = await client.GetDocumentAsync($"/initiativ/{slug}?lang=en");
        Assert.Equal("nb", place.QuerySelector("main h1")!.GetAttribute("lang"));
        Assert.Equal("nb", place.QuerySelectorAll("main p").Single(p => p.TextContent == "Vi selger brukte sykler.").GetAttribute("lang"));
        // A text with its own English version is English like the page.
        Assert.Null(place.QuerySelectorAll("main p").Single(p => p.TextContent == "Open to everyone.").GetAttribute("lang"));
        var listed = place.QuerySelectorAll("main .item-result a").Single(a => a.TextContent == "Barnesykkel blå");
        Assert.Equal("nb", listed.Closest("[lang]")!.GetAttribute("lang"));

        var name = await factory.WithDbAsync(db => Task.FromResult(db.Initiatives.Single(i => i.Slug == slug).Name));
        var directory = await client.GetDocumentAsync($"/?q={Uri.EscapeDataString(name)}&lang=en");
        var card = directory.QuerySelector($"main a[href='/initiativ/{slug}']")!;
        Assert.Equal("nb", card.Closest("[lang]")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task Norwegian_pages_need_no_marks()
    {
        var (id, slug) = await ItemAsync();
        var client = factory.NoRedirectClient();
        foreach (var url in new[] { $"/varer/{id}", $"/varer?initiative={slug}", $"/initiativ/{slug}", "/" })
        {
            var doc = await client.GetDocumentAsync(url);
            Assert.Equal("nb", doc.DocumentElement.GetAttribute("lang"));
            Assert.Empty(doc.QuerySelectorAll("main [lang]"));
        }
    }
}

public sealed class NorwegianTextTestsOnSqlite(SqliteAppFactory f) : NorwegianTextTests(f), IClassFixture<SqliteAppFactory>;

public sealed class NorwegianTextTestsOnPostgres(PostgresAppFactory f) : NorwegianTextTests(f), IClassFixture<PostgresAppFactory>;
