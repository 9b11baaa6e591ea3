using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.ApiReference;

/// <summary>The API page lists every endpoint the app maps under /api/v1, with a summary in the page's language.</summary>
public abstract class ApiReferenceTests(AppFactory factory)
{
    /// <summary>Method and route of every /api/v1 endpoint in the app's route table.</summary>
    private List<string> Mapped() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true)
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Every_mapped_endpoint_is_listed_with_a_norwegian_and_an_english_summary()
    {
        var mapped = Mapped();
        Assert.True(mapped.Count >= 12, string.Join('\n', mapped));
        var nb = await factory.CreateClient().GetDocumentAsync("/api");
        var en = await factory.CreateClient().GetDocumentAsync("/api?lang=en");
        foreach (var doc in new[] { nb, en })
        {
            var listed = doc.QuerySelectorAll("li.api-endpoint").Select(li => $"{li.GetAttribute("data-method")} {li.GetAttribute("data-route")}")
                .Order(StringComparer.Ordinal).ToList();
            Assert.Equal(mapped, listed);
        }
        var summariesNb = nb.QuerySelectorAll("li.api-endpoint").Select(Summary).ToList();
        var summariesEn = en.QuerySelectorAll("li.api-endpoint").Select(Summary).ToList();
        Assert.All(summariesNb, s => Assert.False(string.IsNullOrWhiteSpace(s)));
        Assert.All(summariesEn, s => Assert.False(string.IsNullOrWhiteSpace(s)));
        // Each endpoint has its own Norwegian summary: none falls back to the English one.
        Assert.Empty(nb.QuerySelectorAll("li.api-endpoint .api-endpoint__summary[lang=en]"));
        Assert.Empty(summariesNb.Intersect(summariesEn));
        Assert.Contains(nb.QuerySelectorAll("li.api-endpoint code"), c => c.TextContent == "GET /api/v1/lending/types/{id}/availability");
        Assert.Contains(nb.QuerySelectorAll("li.api-endpoint code"), c => c.TextContent == "GET /api/v1/impact/summary");
        foreach (var path in new[] { "/api/v1/activities", "/api/v1/activities/{id}", "/api/v1/activities.geojson", "/api/v1/repair-services",
                     "/api/v1/repair-services.geojson", "/api/v1/repairs/ords.csv" })
            Assert.Contains(nb.QuerySelectorAll("li.api-endpoint code"), c => c.TextContent == "GET " + path);
        Assert.NotNull(nb.QuerySelector("a[href='/api/v1/openapi.json']"));
    }

    private static string Summary(AngleSharp.Dom.IElement li) => li.QuerySelector(".api-endpoint__summary")?.TextContent.Trim() ?? "";
}

public sealed class ApiReferenceTestsOnSqlite(SqliteAppFactory f) : ApiReferenceTests(f), IClassFixture<SqliteAppFactory>;

public sealed class ApiReferenceTestsOnPostgres(PostgresAppFactory f) : ApiReferenceTests(f), IClassFixture<PostgresAppFactory>;
