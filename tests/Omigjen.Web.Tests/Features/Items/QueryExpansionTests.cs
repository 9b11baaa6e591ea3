using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Items.Search;

namespace Omigjen.Web.Tests.Features.Items;

public sealed class QueryExpansionTests
{
    private static readonly List<Item> RelevanceItems = AnalyzerRelevanceData.Items.Select(i => AnalyzerRelevanceData.ToItem(i)).ToList();

    private static readonly List<string> Vocabulary = RelevanceItems.SelectMany(ItemIndexing.TermsOf).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Titles of the items that have, for every word of the query, one of the word's terms.</summary>
    private static List<string> Matches(string query)
    {
        var lists = QueryExpansion.Expand(Vocabulary, query);
        return RelevanceItems
            .Where(item =>
            {
                var terms = ItemIndexing.TermsOf(item).ToHashSet(StringComparer.Ordinal);
                return lists.Count > 0 && lists.All(list => list.Any(terms.Contains));
            })
            .Select(item => item.Title)
            .ToList();
    }

    [Fact]
    public void The_relevance_file_is_read() =>
        Assert.True(AnalyzerRelevanceData.Items.Count >= 38 && AnalyzerRelevanceData.Queries.Count >= 11,
            $"{AnalyzerRelevanceData.Items.Count} items, {AnalyzerRelevanceData.Queries.Count} queries");

    [Theory]
    [MemberData(nameof(AnalyzerRelevanceData.QueryTexts), MemberType = typeof(AnalyzerRelevanceData))]
    public void Relevance_case_finds_its_items_and_no_false_friends(string query)
    {
        var relevance = AnalyzerRelevanceData.Queries.Single(q => q.Q == query);
        var found = Matches(query);
        foreach (var title in relevance.Top10)
            Assert.True(found.Contains(title), $"\"{query}\" should find \"{title}\"; found: {string.Join(" | ", found)}");
        foreach (var title in relevance.Never)
            Assert.False(found.Contains(title), $"\"{query}\" must not find \"{title}\"");
    }

    [Fact]
    public void Each_word_lists_its_stem_then_compounds_then_typos()
    {
        var vocabulary = new[] { "barnesykl", "sykl", "herresykl", "sykkelhjelm", "boremaskin", "maskin", "ab" };
        var lists = QueryExpansion.Expand(vocabulary, "Sykler boremasin sykkel");
        Assert.Equal(2, lists.Count);
        Assert.Equal(["sykl", "barnesykl", "herresykl"], lists[0]);
        Assert.Equal(["boremasin", "boremaskin"], lists[1]);
    }

    [Fact]
    public void The_stem_comes_first_even_when_nobody_uses_it()
    {
        var lists = QueryExpansion.Expand(["vinterjakk"], "jakke");
        Assert.Equal(["jakk", "vinterjakk"], Assert.Single(lists));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData(" - , ")]
    public void An_empty_query_expands_to_nothing(string? query) =>
        Assert.Empty(QueryExpansion.Expand(Vocabulary, query));

    [Fact]
    public void Long_lists_keep_the_shortest_terms()
    {
        // 300 compounds of "stol" with prefixes of growing length, plus one typo variant of a long word.
        var vocabulary = Enumerable.Range(0, 300).Select(i => new string('k', 3 + (i / 10)) + (char)('a' + (i % 10)) + "stol").ToList();
        var lists = QueryExpansion.Expand(vocabulary, "stol");
        var list = Assert.Single(lists);
        Assert.Equal(QueryExpansion.MaxTermsPerWord, list.Count);
        Assert.Equal("stol", list[0]);
        var kept = list.Skip(1).ToList();
        var expected = vocabulary.OrderBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).Take(QueryExpansion.MaxTermsPerWord - 1);
        Assert.Equal(expected, kept);
    }

    [Fact]
    public void Typo_variants_outrank_compounds_when_the_list_is_cut()
    {
        var vocabulary = Enumerable.Range(0, 300).Select(i => $"{new string('x', 3 + (i / 26))}{(char)('a' + (i % 26))}boremaskin").ToList();
        vocabulary.Add("boremaskim");
        var list = Assert.Single(QueryExpansion.Expand(vocabulary, "boremaskin"));
        Assert.Equal(QueryExpansion.MaxTermsPerWord, list.Count);
        Assert.Equal("boremaskim", list[^1]);
    }
}
