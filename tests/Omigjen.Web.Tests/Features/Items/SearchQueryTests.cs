using Microsoft.AspNetCore.WebUtilities;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items.Search;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Tests.Features.Items;

/// <summary>The item query's parser, its canonical form and the full-text expressions, without a database.</summary>
public sealed class SearchQueryTests
{
    private static ItemQuery Parse(string queryString, List<QueryError>? errors = null) =>
        ItemQueryParser.Parse(QueryHelpers.ParseQuery(queryString), errors ?? []);

    [Fact]
    public void Defaults_sort_by_relevance_with_text_and_by_newest_without()
    {
        Assert.Equal(ItemSort.Relevance, Parse("q=sykkel").EffectiveSort);
        Assert.Equal(ItemSort.Newest, Parse("category=bikes").EffectiveSort);
        Assert.Equal(ItemSort.Newest, Parse("sort=relevance").EffectiveSort);
        Assert.Equal(ItemSort.Distance, Parse("near=59.8,10.4&sort=distance").EffectiveSort);
        var q = Parse("near=59.8,10.4");
        Assert.Equal(10, q.RadiusKm);
        Assert.Equal(25, q.PageSize);
        Assert.Equal(1, q.Page);
    }

    [Fact]
    public void The_canonical_form_is_ordered_minimal_and_parses_back_to_the_same_query()
    {
        var errors = new List<QueryError>();
        var q = Parse("sort=newest&size=M&free=false&max_price=200&open=weekend&radius_km=5&near=59.83360,10.4355&category=furniture,sykler&q=%20barnesykkel%20r%C3%B8d%20&side=3", errors);
        Assert.Empty(errors);
        var canonical = q.ToQueryString();
        Assert.Equal("q=barnesykkel%20r%C3%B8d&category=bikes%2Cfurniture&near=59.8336%2C10.4355&radius_km=5&open=weekend&max_price=200&size=M&sort=newest", canonical);
        Assert.Equal(canonical, Parse(canonical).ToQueryString());
        Assert.Equal("", Parse("radius_km=&q=&sort=&side=2").ToQueryString());
        Assert.Equal("near=Heggedal&open=2026-12-05T12%3A00&free=true", Parse("near=heggedal&open=at&at=2026-12-05T12:00&free=true&max_price=50&radius_km=10").ToQueryString());
        Assert.Equal("q=sykkel&sort=newest", Parse("q=sykkel&sort=newest").ToQueryString());
        Assert.Equal("q=sykkel", Parse("q=sykkel&sort=relevance").ToQueryString());
    }

    [Fact]
    public void The_page_comes_from_page_or_side()
    {
        Assert.Equal(3, Parse("page=3").Page);
        Assert.Equal(4, Parse("side=4").Page);
        var errors = new List<QueryError>();
        Parse("side=x", errors);
        Assert.Equal("side", Assert.Single(errors).Parameter);
    }

    [Fact]
    public void Full_text_expressions_quote_every_term_and_keep_and_between_words()
    {
        IReadOnlyList<IReadOnlyList<string>> groups = [["sykkel", "barnesykkel"], ["rød"]];
        Assert.Equal("(\"sykkel\" OR \"barnesykkel\") AND (\"rød\")", ItemSearchText.Fts5Match(groups, titleOnly: false));
        Assert.Equal("{TitleTerms} : ((\"sykkel\" OR \"barnesykkel\") AND (\"rød\"))", ItemSearchText.Fts5Match(groups, titleOnly: true));
        Assert.Equal("('sykkel' | 'barnesykkel') & ('rød')", ItemSearchText.TsQuery(groups));
        Assert.Equal("(\"a\"\"b\")", ItemSearchText.Fts5Match([["a\"b"]], titleOnly: false));
        Assert.Equal("('a\\'b')", ItemSearchText.TsQuery([["a'b"]]));
    }

    [Fact]
    public void Matching_in_csharp_needs_every_word()
    {
        IReadOnlyList<IReadOnlyList<string>> groups = [["sykkel", "barnesykkel"], ["rød"]];
        Assert.True(ItemSearchText.Matches(groups, new HashSet<string> { "barnesykkel", "rød", "16" }));
        Assert.False(ItemSearchText.Matches(groups, new HashSet<string> { "barnesykkel" }));
        Assert.False(ItemSearchText.Matches([], new HashSet<string> { "x" }));
    }
}
