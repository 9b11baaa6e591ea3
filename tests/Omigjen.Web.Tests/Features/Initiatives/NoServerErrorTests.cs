using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Initiatives;

/// <summary>Nothing a client sends yields a 5xx: random and mutated parameters against every public endpoint.</summary>
public sealed class NoServerErrorTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    private static readonly string[] Keys =
        ["q", "kind", "category", "service", "open", "day", "time", "near", "radius_km", "stepfree", "bbox", "archived", "sort",
         "page", "page_size", "lang", "value", "from", "to", "lat", "lon"];

    private static readonly string[] Values =
        ["", "now", "at", "weekend", "after17", "2026-13-45T25:61", "2026-12-05T12:00", "2026-12-05T12:00+14:00", "-1", "0",
         "99999999999999999999", "1e308", "NaN", "Infinity", "59.8,10.4", "91,181", ",,,", "1,2,3,4", "10,59,11,60", "true",
         "children,bikes", "reuse-shop", "%", "%00", "<script>", "'; DROP TABLE x;--", "Mo-Fr 10:00-17:00", "24/7",
         "Mo-Fr 10-17; PH off", "sunrise-sunset", "ææøøåå", new string('9', 5000), "Tofte", "distance", "name"];

    private static readonly string[] Paths =
        ["/", "/api/v1/initiatives", "/api/v1/initiatives.geojson", "/api/v1/opening-hours/evaluate", "/initiativ/bokskap"];

    [Fact]
    public async Task RandomParametersNeverGiveAServerError()
    {
        var client = factory.CreateClient();
        var random = new Random(20261127);
        var failures = new List<string>();
        for (var i = 0; i < 400; i++)
        {
            var pairs = Enumerable.Range(0, random.Next(1, 5))
                .Select(_ => $"{Keys[random.Next(Keys.Length)]}={Uri.EscapeDataString(Values[random.Next(Values.Length)])}");
            var url = $"{Paths[random.Next(Paths.Length)]}?{string.Join('&', pairs)}";
            using var response = await client.GetAsync(url);
            if ((int)response.StatusCode >= 500) failures.Add($"{(int)response.StatusCode} {url}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
