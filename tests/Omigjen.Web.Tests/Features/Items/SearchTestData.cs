using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Items;

/// <summary>Initiatives and items made for one search test, so no test depends on the demo data or on another test's rows.</summary>
public static class SearchTestData
{
    public static readonly (double Lat, double Lon) AskerSentrum = (59.8336, 10.4355);
    public static readonly (double Lat, double Lon) Tofte = (59.5440, 10.5630);

    /// <summary>A new initiative with one location; approved and active unless told otherwise. The directory is refreshed.</summary>
    public static async Task<(int Id, string Slug)> NewInitiativeAsync(this AppFactory factory, string hours = "24/7",
        (double Lat, double Lon)? at = null, ModerationState moderation = ModerationState.Approved,
        InitiativeStatus status = InitiativeStatus.Active)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var (lat, lon) = at ?? AskerSentrum;
        var result = await factory.WithDbAsync(async db =>
        {
            var now = factory.Clock.Now.UtcDateTime;
            var slug = $"sok-{Guid.NewGuid():N}"[..20];
            var initiative = new Initiative
            {
                Slug = slug, Name = $"Testbutikk {slug[4..10]}", Moderation = moderation, Status = status, OpeningHours = hours,
                Kinds = [InitiativeKind.ReuseShop], CreatedAt = now, UpdatedAt = now, Version = 1,
                Locations = [new InitiativeLocation { Address = "Testveien 1", PostalCode = "1384", City = "Asker", Latitude = lat, Longitude = lon }],
            };
            db.Initiatives.Add(initiative);
            await db.SaveChangesAsync();
            return (initiative.Id, slug);
        });
        await factory.Services.GetRequiredService<DirectoryCache>().InvalidateAsync();
        return result;
    }

    /// <summary>
    /// Adds items to an initiative at its first location. <paramref name="minutesAgo"/> sets CreatedAt relative to the test
    /// clock, so "newest" is decided by the test, not by timing.
    /// </summary>
    public static Task<List<int>> AddItemsAsync(this AppFactory factory, int initiativeId, params (Item Item, int MinutesAgo)[] items)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.WithDbAsync(async db =>
        {
            var location = db.InitiativeLocations.Where(l => l.InitiativeId == initiativeId).OrderBy(l => l.Id).First();
            var now = factory.Clock.Now.UtcDateTime;
            foreach (var (item, minutesAgo) in items)
            {
                item.InitiativeId = initiativeId;
                item.Latitude = item.Latitude == 0 ? location.Latitude : item.Latitude;
                item.Longitude = item.Longitude == 0 ? location.Longitude : item.Longitude;
                item.CreatedAt = now.AddMinutes(-minutesAgo);
                item.UpdatedAt = item.CreatedAt;
                item.Available = item.Status == ItemStatus.Available ? item.Quantity : 0;
                db.Items.Add(item);
            }
            await db.SaveChangesAsync();
            return items.Select(x => x.Item.Id).ToList();
        });
    }

    public static async Task<int> AddItemAsync(this AppFactory factory, int initiativeId, Item item, int minutesAgo = 0) =>
        (await factory.AddItemsAsync(initiativeId, (item, minutesAgo)))[0];

    /// <summary>A word no other row has, for a query that finds only this test's items: consonants only, so no rule changes it.</summary>
    public static string Marker()
    {
        const string letters = "bcdfghjklmnpqrstvwxz";
        var bytes = Guid.NewGuid().ToByteArray();
        return "qx" + string.Concat(bytes.Take(10).Select(b => letters[b % letters.Length]));
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url} gave {(int)response.StatusCode}, expected {(int)expected}: {body[..Math.Min(body.Length, 500)]}");
        return JsonSerializer.Deserialize<JsonElement>(body);
    }

    public static List<string> Titles(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();

    public static List<int> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();

    /// <summary>The parameters a 400 problem names.</summary>
    public static List<string> ProblemParameters(JsonElement problem) =>
        problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("parameter").GetString()!).ToList();

    /// <summary>The public relevance cases: items and queries with the titles that must (not) be found.</summary>
    public static RelevanceFile Relevance => LazyRelevance.Value;

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<RelevanceFile> LazyRelevance = new(() =>
        JsonSerializer.Deserialize<RelevanceFile>(File.ReadAllText(AnalyzerRelevanceData.Locate()), WebJson)
        ?? throw new InvalidDataException(AnalyzerRelevanceData.Locate()));

    public sealed record RelevanceFile(
        [property: JsonPropertyName("items")] List<RelevanceItem> Items,
        [property: JsonPropertyName("queries")] List<RelevanceQuery> Queries);

    public sealed record RelevanceItem(string Title, string Description, string Category);

    /// <summary>A query case; <see cref="Before"/> (version 2) lists pairs [a, b] where a must rank above b.</summary>
    public sealed record RelevanceQuery(string Q, List<string> Top10, List<string> Never, List<List<string>>? Before);
}
