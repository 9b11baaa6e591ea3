using System.Text.Json;
using System.Text.Json.Serialization;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Items.Search;

namespace Omigjen.Web.Tests.Features.Items;

/// <summary>The public Norwegian search relevance cases (items and queries), kept in <c>TestData/search-relevance.json</c>.</summary>
public static class AnalyzerRelevanceData
{
    public const string FileName = "search-relevance.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<RelevanceFile> Data = new(Load);

    public static IReadOnlyList<RelevanceItem> Items => Data.Value.Items;

    public static IReadOnlyList<RelevanceQuery> Queries => Data.Value.Queries;

    /// <summary>The queries as xunit theory data.</summary>
    public static TheoryData<string> QueryTexts()
    {
        var data = new TheoryData<string>();
        foreach (var q in Queries) data.Add(q.Q);
        return data;
    }

    /// <summary>An unsaved item with the case's text, its search terms set.</summary>
    public static Item ToItem(RelevanceItem source, int initiativeId = 0)
    {
        ArgumentNullException.ThrowIfNull(source);
        var item = new Item
        {
            InitiativeId = initiativeId,
            Title = source.Title,
            Description = source.Description,
            Category = ItemCategories.TryParse(source.Category, out var category) ? category : Web.Features.Initiatives.GoodsCategory.Other,
        };
        ItemIndexing.Apply(item);
        return item;
    }

    /// <summary>The copy in the test project (<c>TestData/</c>, copied next to the test binaries).</summary>
    public static string Locate()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", FileName);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{FileName} is missing from the test output", path);
    }

    private static RelevanceFile Load() =>
        JsonSerializer.Deserialize<RelevanceFile>(File.ReadAllText(Locate()), JsonOptions)
        ?? throw new InvalidDataException($"{FileName} is empty");

    public sealed record RelevanceFile(
        [property: JsonPropertyName("items")] List<RelevanceItem> Items,
        [property: JsonPropertyName("queries")] List<RelevanceQuery> Queries);

    public sealed record RelevanceItem(string Title, string Description, string Category);

    public sealed record RelevanceQuery(string Q, List<string> Top10, List<string> Never, string? Why, List<List<string>>? Before);
}
