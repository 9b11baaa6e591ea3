using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Items.Search;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Items;

/// <summary>
/// The public relevance cases through the API, on each database: every top-10 title among the first ten results, no
/// "never" title at all, every "before" pair in order, and the exact order the rule gives (titles with every word itself
/// or as a compound's head first, then titles with a word only as a compound's first part, then the rest; newest first
/// within each) — computed here in C# from the stored terms, so both databases must return the very same list.
/// </summary>
public abstract class SearchRelevanceTests(AppFactory factory)
{
    private readonly HttpClient _client = factory.NoRedirectClient();

    [Fact]
    public async Task Every_relevance_case_holds_and_the_order_is_title_matches_by_kind_then_newest()
    {
        var (id, slug) = await factory.NewInitiativeAsync();
        var cases = SearchTestData.Relevance;
        Assert.Equal(44, cases.Items.Count);
        // File order is newest first: the first item was listed a minute ago, the last 44 minutes ago.
        var itemIds = await factory.AddItemsAsync(id, cases.Items.Select((c, n) => (new Item
        {
            Title = c.Title, Description = c.Description,
            Category = ItemCategories.TryParse(c.Category, out var category) ? category : throw new InvalidDataException(c.Category),
        }, n + 1)).ToArray());
        var stored = await factory.WithDbAsync(db => db.Items.AsNoTracking().Where(i => i.InitiativeId == id)
            .Select(i => new { i.Id, i.Title, i.TitleTerms, i.BodyTerms, i.CreatedAt }).ToListAsync());
        Assert.Equal(itemIds.Order(), stored.Select(s => s.Id).Order());

        var failures = new List<string>();
        foreach (var c in cases.Queries)
        {
            var page = await _client.GetJsonAsync($"/api/v1/items?q={Uri.EscapeDataString(c.Q)}&initiative={slug}&page_size=100");
            var titles = SearchTestData.Titles(page);
            var top = titles.Take(10).ToList();
            foreach (var t in c.Top10.Where(t => !top.Contains(t))) failures.Add($"«{c.Q}»: «{t}» not in the top 10 ({string.Join(" | ", titles)})");
            foreach (var t in c.Never.Where(titles.Contains)) failures.Add($"«{c.Q}»: «{t}» must not be found");
            foreach (var pair in c.Before ?? [])
            {
                var (above, below) = (titles.IndexOf(pair[0]), titles.IndexOf(pair[1]));
                if (above < 0 || below < 0 || above > below) failures.Add($"«{c.Q}»: «{pair[0]}» must rank above «{pair[1]}» ({string.Join(" | ", titles)})");
            }

            var groups = await factory.WithDbAsync(db => QueryExpansion.ExpandAsync(db, c.Q, CancellationToken.None));
            var whole = ItemSearchText.WithoutFirstParts(groups);
            var expected = stored
                .Select(s => new
                {
                    s.Title, s.CreatedAt, s.Id,
                    Title_ = Set(s.TitleTerms),
                    All = Set(s.TitleTerms + " " + s.BodyTerms),
                })
                .Where(s => ItemSearchText.Matches(groups, s.All))
                .OrderByDescending(s => ItemSearchText.Matches(whole, s.Title_) ? 2 : ItemSearchText.Matches(groups, s.Title_) ? 1 : 0)
                .ThenByDescending(s => s.Id)
                .Select(s => s.Title).ToList();
            if (!expected.SequenceEqual(titles))
                failures.Add($"«{c.Q}»: expected [{string.Join(" | ", expected)}], got [{string.Join(" | ", titles)}]");
            Assert.Equal(titles.Count, page.GetProperty("total").GetInt32());
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task A_title_match_ranks_above_a_newer_description_match()
    {
        var (id, slug) = await factory.NewInitiativeAsync();
        var marker = SearchTestData.Marker();
        await factory.AddItemsAsync(id,
            (new Item { Title = "Lampe", Description = $"Passer til {marker}" }, 1),
            (new Item { Title = $"Gammel {marker}", Description = "Fin" }, 30),
            (new Item { Title = "Stol", Description = "Ingenting" }, 2));
        var page = await _client.GetJsonAsync($"/api/v1/items?q={marker}&initiative={slug}");
        Assert.Equal([$"Gammel {marker}", "Lampe"], SearchTestData.Titles(page));
        // Newest first when asked, whatever the title says.
        var newest = await _client.GetJsonAsync($"/api/v1/items?q={marker}&initiative={slug}&sort=newest");
        Assert.Equal(["Lampe", $"Gammel {marker}"], SearchTestData.Titles(newest));
    }

    [Fact]
    public async Task A_title_with_the_word_itself_or_as_head_ranks_above_a_newer_one_where_it_is_only_the_first_part()
    {
        var (id, slug) = await factory.NewInitiativeAsync();
        // Listed in this order (ids grow); the first part's item last, so it is the most recently listed.
        await factory.AddItemsAsync(id,
            (new Item { Title = "Telt", Description = "Fire personer" }, 30),
            (new Item { Title = "Kuppeltelt", Description = "To personer" }, 20),
            (new Item { Title = "Sovepose", Description = "Passer til teltpluggene" }, 3),
            (new Item { Title = "Sovepose", Description = "Passer i teltet" }, 2),
            (new Item { Title = "Teltplugger", Description = "Aluminium" }, 1));
        var titles = SearchTestData.Titles(await _client.GetJsonAsync($"/api/v1/items?q=telt&initiative={slug}"));
        // Title by word or head (most recently listed first), then title by first part, then the description.
        Assert.Equal(["Kuppeltelt", "Telt", "Teltplugger", "Sovepose", "Sovepose"], titles);
        // Page by page the same order: the stages meet at page boundaries.
        var second = SearchTestData.Titles(await _client.GetJsonAsync($"/api/v1/items?q=telt&initiative={slug}&page_size=2&page=2"));
        Assert.Equal(["Teltplugger", "Sovepose"], second);
        // "Newest" ignores how the title matches.
        var newest = SearchTestData.Titles(await _client.GetJsonAsync($"/api/v1/items?q=telt&initiative={slug}&sort=newest"));
        Assert.Equal(["Teltplugger", "Sovepose", "Sovepose", "Kuppeltelt", "Telt"], newest);
    }

    [Fact]
    public async Task Every_word_must_match_and_a_word_nothing_has_finds_nothing()
    {
        var (id, slug) = await factory.NewInitiativeAsync();
        var a = SearchTestData.Marker();
        var b = SearchTestData.Marker();
        await factory.AddItemsAsync(id,
            (new Item { Title = $"{a} {b}" }, 1),
            (new Item { Title = a }, 2),
            (new Item { Title = "Annet", Description = b }, 3));
        Assert.Equal([$"{a} {b}"], SearchTestData.Titles(await _client.GetJsonAsync($"/api/v1/items?q={a}+{b}&initiative={slug}")));
        Assert.Equal(2, (await _client.GetJsonAsync($"/api/v1/items?q={b}&initiative={slug}")).GetProperty("total").GetInt32());
        var none = await _client.GetJsonAsync($"/api/v1/items?q={a}+{SearchTestData.Marker()}&initiative={slug}");
        Assert.Equal(0, none.GetProperty("total").GetInt32());
        // Signs only: no words, so no text filter.
        Assert.Equal(3, (await _client.GetJsonAsync($"/api/v1/items?q=%21%3F&initiative={slug}")).GetProperty("total").GetInt32());
    }

    private static HashSet<string> Set(string terms) =>
        new(terms.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}

public sealed class SearchRelevanceTestsOnSqlite(SqliteAppFactory f) : SearchRelevanceTests(f), IClassFixture<SqliteAppFactory>;

public sealed class SearchRelevanceTestsOnPostgres(PostgresAppFactory f) : SearchRelevanceTests(f), IClassFixture<PostgresAppFactory>;
