using System.Net;
using System.Text.Json;
using Omigjen.Web.Tests.Features.Lending;
using Omigjen.Web.Tests.Features.Reservations;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Infrastructure.PortalTestData;

namespace Omigjen.Web.Tests.Security;

/// <summary>
/// Dates and times at and beyond the ends of the calendar, malformed ones and impossible ones, sent to every endpoint and
/// page that reads a date or a time: none gives a 5xx, and the API's refusals are problem details.
/// </summary>
public abstract class ExtremeDateTests(AppFactory factory)
{
    public static readonly string[] Dates =
        ["0001-01-01", "9999-12-31", "0001-01-01T00:00", "9999-12-31T23:59", "0001-01-01T00:00Z", "0001-01-01T00:00-14:00",
         "9999-12-31T23:59+14:00", "9999-12-31T23:59:59Z", "-1", "10000-01-01", "2026-02-30", "1999-12-31", "2101-01-01",
         "1.1.0001", "31.12.9999", "2026-W99", "2026-12-05"];

    public static readonly string[] Times = ["00:00", "23:59", "24:00", "99:99", "-1", "2400", "9999-12-31T23:59"];

    /// <summary>The parameter names that carry a date or time anywhere in the API, with what they need beside them.</summary>
    private static readonly string[] ApiParameters =
        ["open={0}", "open=at&at={0}", "open=at&day={0}&time=12:00", "open=at&day=2026-12-05&time={0}", "from={0}", "to={0}",
         "from={0}&to={0}", "when=dates&from={0}", "when=dates&from=2026-12-05&to={0}", "value=24/7&from={0}", "value=24/7&to={0}",
         "value=24/7&from={0}&to={0}", "days={0}"];

    [Fact]
    public async Task Every_api_endpoint_answers_extreme_dates_without_a_server_error_and_with_problem_details()
    {
        factory.Clock.Now = TestClock.Default;
        var client = factory.CreateClient();
        var place = await factory.LendingPlaceAsync();
        // The endpoints come from the OpenAPI document, so a new one is covered without being listed here.
        using var document = JsonDocument.Parse(await client.GetStringAsync("/api/v1/openapi.json"));
        var paths = document.RootElement.GetProperty("paths").EnumerateObject()
            .Where(p => p.Value.TryGetProperty("get", out _))
            .Select(p => p.Name.Replace("{id}", place.TypeId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{slug}", place.Slug, StringComparison.Ordinal).Replace("{token}", "ukjent", StringComparison.Ordinal))
            .ToList();
        Assert.Contains("/api/v1/opening-hours/evaluate", paths);
        Assert.Contains($"/api/v1/lending/types/{place.TypeId}/availability", paths);

        var failures = new List<string>();
        foreach (var path in paths)
            foreach (var parameter in ApiParameters)
                foreach (var value in parameter.Contains("time={0}", StringComparison.Ordinal) ? Times : Dates)
                {
                    var url = $"{path}?{string.Format(System.Globalization.CultureInfo.InvariantCulture, parameter, Uri.EscapeDataString(value))}";
                    using var response = await client.GetAsync(url);
                    var type = response.Content.Headers.ContentType?.MediaType;
                    if ((int)response.StatusCode >= 500) failures.Add($"{(int)response.StatusCode} {url}");
                    else if (!response.IsSuccessStatusCode && type != "application/problem+json") failures.Add($"{(int)response.StatusCode} {type} {url}");
                }
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(40)));
    }

    [Theory]
    [InlineData("/api/v1/items?open=0001-01-01", "open")]
    [InlineData("/api/v1/items?open=at&at=9999-12-31T23:59", "at")]
    [InlineData("/api/v1/initiatives?open=0001-01-01", "open")]
    [InlineData("/api/v1/initiatives.geojson?open=0001-01-01T00:00", "open")]
    [InlineData("/api/v1/initiatives?open=at&day=0001-01-01&time=00:00", "day")]
    [InlineData("/api/v1/opening-hours/evaluate?value=24/7&from=9999-12-31", "from")]
    [InlineData("/api/v1/opening-hours/evaluate?value=24/7&to=0001-01-01", "to")]
    [InlineData("/api/v1/opening-hours/evaluate?value=24/7&from=9999-12-31T23:59%2B14:00", "from")]
    [InlineData("/api/v1/lending/types?from=9999-12-31", "from")]
    public async Task A_date_outside_the_years_2000_to_2100_is_a_bad_request_naming_the_parameter(string url, string parameter)
    {
        factory.Clock.Now = TestClock.Default;
        using var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var first = body.RootElement.GetProperty("errors")[0];
        Assert.Equal(parameter, first.GetProperty("parameter").GetString());
        Assert.Contains("2000", first.GetProperty("messageNb").GetString(), StringComparison.Ordinal);
        Assert.Contains("2000", first.GetProperty("messageEn").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_with_date_fields_show_their_error_instead_of_a_server_error()
    {
        factory.Clock.Now = TestClock.Default;
        var place = await factory.LendingPlaceAsync();
        var resident = ReservationTestData.NewEmail("ekstrem-dato");
        await factory.CreateAsync(resident);
        var anonymous = factory.NoRedirectClient();
        var signedIn = await factory.SignedInClientAsync(resident);
        var owner = await factory.SignedInClientAsync(place.OwnerEmail);
        var book = $"/utlan/{place.TypeId}/bestill";
        var failures = new List<string>();

        async Task CheckAsync(HttpResponseMessage response, string what)
        {
            using (response)
            {
                if ((int)response.StatusCode >= 500) failures.Add($"{(int)response.StatusCode} {what}");
                await Task.CompletedTask;
            }
        }

        foreach (var raw in Dates.Concat(Times))
        {
            var d = Uri.EscapeDataString(raw);
            foreach (var url in new[]
                     {
                         $"/?open={d}", $"/?open=at&day={d}&time=12:00", $"/?open=at&day=2026-12-05&time={d}", $"/varer?open={d}",
                         $"/varer?open=at&at={d}", $"/utlan?when=dates&from={d}", $"/utlan?when=dates&from=2026-12-05&to={d}",
                     })
                await CheckAsync(await anonymous.GetAsync(url), url);
            foreach (var url in new[] { $"{book}?fra={d}&til={d}", $"{book}?fra=2026-12-05&til={d}", $"/konto/lagrede-sok/ny?open={d}" })
                await CheckAsync(await signedIn.GetAsync(url), url);

            await CheckAsync(await signedIn.SubmitAsync($"{book}?storrelse=150%20cm&fra=2026-12-07&til=2026-12-08", Form(("fra", raw), ("til", raw)), "#step-details"), $"POST {book} {raw}");
            var exceptions = $"/portal/{place.Slug}/unntak";
            await CheckAsync(await owner.SubmitAsync(exceptions, Form(("Until", raw)), "#closed-until"), $"POST closed until {raw}");
            await CheckAsync(await owner.SubmitAsync(exceptions, Form(("From", raw), ("To", raw)), "#add-exception"), $"POST exception {raw}");
            await CheckAsync(await owner.SubmitAsync(exceptions, Form(("From", "2026-12-05"), ("Kind", "open"), ("OpenFrom", raw), ("OpenTo", raw)), "#add-exception"),
                $"POST exception hours {raw}");
            var desk = $"/portal/{place.Slug}/utlan/skranke";
            await CheckAsync(await owner.SubmitAsync(desk, Form(("WalkInName", "Kari"), ("WalkInDate", raw), ("WalkInTime", "12:00")), "#walkin-form"), $"POST walk-in date {raw}");
            await CheckAsync(await owner.SubmitAsync(desk, Form(("WalkInName", "Kari"), ("WalkInDate", "2026-12-05"), ("WalkInTime", raw)), "#walkin-form"), $"POST walk-in time {raw}");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures));
    }
}

public sealed class ExtremeDateTestsOnSqlite(SqliteAppFactory f) : ExtremeDateTests(f), IClassFixture<SqliteAppFactory>;

public sealed class ExtremeDateTestsOnPostgres(PostgresAppFactory f) : ExtremeDateTests(f), IClassFixture<PostgresAppFactory>;
