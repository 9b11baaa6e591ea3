using Microsoft.Extensions.Primitives;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Tests.Features.Initiatives;

public sealed class InitiativeQueryParserTests
{
    private static (InitiativeQuery, List<QueryError>) Parse(params (string, string)[] pairs)
    {
        var errors = new List<QueryError>();
        var q = InitiativeQueryParser.Parse(pairs.Select(p => new KeyValuePair<string, StringValues>(p.Item1, p.Item2)), errors);
        return (q, errors);
    }

    [Fact]
    public void PlaceNameBecomesAPointAndDistanceSort()
    {
        var (q, errors) = Parse(("near", "heggedal"));
        Assert.Empty(errors);
        Assert.Equal("Heggedal", q.NearLabel);
        Assert.Equal(InitiativeSort.Distance, q.Sort);
    }

    [Fact]
    public void ListsAcceptCommasAndTokensAreCaseInsensitive()
    {
        var (q, errors) = Parse(("category", "Children,bikes"), ("kind", "reuse-shop"));
        Assert.Empty(errors);
        Assert.Equal([GoodsCategory.Children, GoodsCategory.Bikes], q.Categories);
        Assert.Equal([InitiativeKind.ReuseShop], q.Kinds);
    }

    [Fact]
    public void OpenAtTakesLocalTimeOrAnInstantWithOffset()
    {
        var (local, e1) = Parse(("open", "2026-12-05T12:00"));
        Assert.Empty(e1);
        Assert.Equal(DateTimeKind.Unspecified, local.At!.Value.Kind);
        var (instant, e2) = Parse(("open", "2026-12-05T11:00:00Z"));
        Assert.Empty(e2);
        Assert.Equal(DateTimeKind.Utc, instant.At!.Value.Kind);
        var (form, e3) = Parse(("open", "at"), ("day", "2026-12-05"), ("time", "18:30"));
        Assert.Empty(e3);
        Assert.Equal(new DateTime(2026, 12, 5, 18, 30, 0), form.At);
    }

    [Fact]
    public void EveryBadParameterIsReportedNotJustTheFirst()
    {
        var (_, errors) = Parse(("kind", "x"), ("page", "-1"), ("stepfree", "maybe"));
        Assert.Equal(["kind", "page", "stepfree"], errors.Select(e => e.Parameter).Order().ToList());
    }
}
