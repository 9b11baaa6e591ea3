using System.Text.Json;
using System.Text.RegularExpressions;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Tests.Features.Items;
using Omigjen.Web.Tests.Features.Lending;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.ApiReference;

/// <summary>Every time of day the API returns carries its offset, so a client never reads a UTC instant as local time.</summary>
public abstract partial class ApiTimesTests(AppFactory factory)
{
    [Fact]
    public async Task Item_times_are_utc_with_an_offset()
    {
        var (initiative, slug) = await factory.NewInitiativeAsync();
        var id = await factory.AddItemAsync(initiative, new Item { Title = $"Tidsstempel {SearchTestData.Marker()}" }, minutesAgo: 30);
        var client = factory.CreateClient();
        var one = await client.GetJsonAsync($"/api/v1/items/{id}");
        var created = one.GetProperty("createdAt").GetString()!;
        Assert.Matches("(Z|\\+00:00)$", created);
        Assert.Equal(factory.Clock.Now.UtcDateTime.AddMinutes(-30), DateTimeOffset.Parse(created, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, TimeSpan.FromSeconds(1));
        Assert.Matches("(Z|\\+00:00)$", one.GetProperty("updatedAt").GetString()!);
        var page = await client.GetJsonAsync($"/api/v1/items?initiative={slug}");
        Assert.Matches("(Z|\\+00:00)$", page.GetProperty("items")[0].GetProperty("createdAt").GetString()!);
    }

    [Fact]
    public async Task No_time_in_the_item_initiative_or_lending_answers_lacks_an_offset()
    {
        var place = await factory.LendingPlaceAsync();
        await factory.AddItemAsync(place.InitiativeId, new Item { Title = "Lampe" });
        var client = factory.CreateClient();
        var answers = new List<JsonElement>
        {
            await client.GetJsonAsync($"/api/v1/items?initiative={place.Slug}"),
            await client.GetJsonAsync($"/api/v1/initiatives/{place.Slug}"),
            await client.GetJsonAsync($"/api/v1/initiatives?q={place.Slug}"),
            await client.GetJsonAsync($"/api/v1/lending/types/{place.TypeId}"),
            await client.GetJsonAsync($"/api/v1/lending/types/{place.TypeId}/availability?days=3"),
        };
        var times = answers.SelectMany(Strings).Where(s => DateTimeLike().IsMatch(s)).ToList();
        Assert.NotEmpty(times);
        Assert.All(times, t => Assert.Matches(WithOffset(), t));
    }

    private static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        JsonValueKind.String => [e.GetString()!],
        _ => [],
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")]
    private static partial Regex DateTimeLike();

    [GeneratedRegex(@"(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex WithOffset();
}

public sealed class ApiTimesTestsOnSqlite(SqliteAppFactory f) : ApiTimesTests(f), IClassFixture<SqliteAppFactory>;

public sealed class ApiTimesTestsOnPostgres(PostgresAppFactory f) : ApiTimesTests(f), IClassFixture<PostgresAppFactory>;
