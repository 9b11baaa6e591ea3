using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.OpeningHours;

public sealed class EvaluateApiTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ValidValueGivesStateNextChangeAndIntervalsInOsloTime()
    {
        var r = await _client.GetFromJsonAsync<JsonElement>(
            "/api/v1/opening-hours/evaluate?value=Mo-Fr%2010:00-17:00&from=2026-12-02T12:00&to=2026-12-04T00:00");
        Assert.True(r.GetProperty("valid").GetBoolean());
        Assert.Equal("open", r.GetProperty("state").GetString());
        Assert.Equal("2026-12-02T17:00:00+01:00", r.GetProperty("nextChange").GetString());
        var intervals = r.GetProperty("intervals").EnumerateArray().ToList();
        Assert.Equal("2026-12-02T12:00:00+01:00", intervals[0].GetProperty("from").GetString());
        Assert.Contains(intervals, i => i.GetProperty("state").GetString() == "open"
            && i.GetProperty("from").GetString() == "2026-12-03T10:00:00+01:00" && i.GetProperty("to").GetString() == "2026-12-03T17:00:00+01:00");
        Assert.Contains("10", r.GetProperty("textNb").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummerTimeUsesTheSummerOffset()
    {
        var r = await _client.GetFromJsonAsync<JsonElement>("/api/v1/opening-hours/evaluate?value=Mo-Su%2010:00-17:00&from=2026-06-10T12:00");
        Assert.Equal("2026-06-10T17:00:00+02:00", r.GetProperty("nextChange").GetString());
    }

    [Fact]
    public async Task LenientValueIsValidWithAWarningAndSuggestion()
    {
        var r = await _client.GetFromJsonAsync<JsonElement>("/api/v1/opening-hours/evaluate?value=Mo-Fr%2010-17");
        Assert.True(r.GetProperty("valid").GetBoolean());
        var warning = r.GetProperty("warnings")[0];
        Assert.Equal("Mo-Fr 10:00-17:00", warning.GetProperty("suggestedValue").GetString());
    }

    [Fact]
    public async Task InvalidValueIsProblemWithPosition()
    {
        using var response = await _client.GetAsync("/api/v1/opening-hours/evaluate?value=Mo-Fr%2010:00-1x:00");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var p = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("value", p.GetProperty("parameter").GetString());
        Assert.True(p.GetProperty("position").GetInt32() >= 12);
        Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("messageNb").GetString()));
    }

    [Theory]
    [InlineData("", "value")]
    [InlineData("value=24/7&from=yesterday", "from")]
    [InlineData("value=24/7&from=2026-01-01T00:00&to=2026-06-01T00:00", "to")]
    [InlineData("value=24/7&lat=91&lon=10", "lat")]
    public async Task BadParametersAreNamed(string query, string parameter)
    {
        using var response = await _client.GetAsync("/api/v1/opening-hours/evaluate?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var p = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(p.GetProperty("errors").EnumerateArray(), e => e.GetProperty("parameter").GetString() == parameter);
    }
}
