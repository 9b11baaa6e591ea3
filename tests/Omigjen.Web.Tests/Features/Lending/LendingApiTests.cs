using System.Net;
using System.Text.Json;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Tests.Features.Items;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Lending;

/// <summary>The shape of <c>/api/v1/lending/types</c>, one type and its availability; problem details for bad parameters.</summary>
public abstract class LendingApiTests(AppFactory factory)
{
    private readonly HttpClient _client = factory.NoRedirectClient();

    [Fact]
    public async Task The_search_finds_skis_of_a_size_free_next_weekend_near_a_point()
    {
        factory.Clock.Now = TestClock.Default;
        var (lat, lon) = CatalogueTestData.FarPoint();
        var place = await factory.LendingPlaceAsync(labels: ["150 cm", "150 cm", "160 cm"], at: (lat, lon));
        await factory.CatalogueTypeChangeAsync(place.TypeId, t => { t.PriceKind = LendingPriceKind.PerWeek; t.PriceNok = 300; t.DepositNok = 200; });
        await factory.CatalogueBookingAsync(place.TypeId, place.UnitIds[0], LendingTestData.Oslo(2026, 12, 5, 10), LendingTestData.Oslo(2026, 12, 6, 12));
        var near = $"{CatalogueTestData.Invariant(lat + 0.01)},{CatalogueTestData.Invariant(lon)}";

        var page = await _client.GetJsonAsync($"/api/v1/lending/types?q=ski&size=150%20cm&when=next-weekend&near={near}&radius_km=10");
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Equal("2026-12-05", page.GetProperty("from").GetString());
        Assert.Equal("2026-12-06", page.GetProperty("to").GetString());
        Assert.Equal("150 cm", page.GetProperty("size").GetString());
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(place.TypeId, item.GetProperty("id").GetInt32());
        Assert.Equal("Langrennski, klassisk", item.GetProperty("name").GetString());
        Assert.Equal("sports-outdoors", item.GetProperty("category").GetString());
        Assert.Equal(place.Slug, item.GetProperty("initiative").GetProperty("slug").GetString());
        Assert.InRange(item.GetProperty("distanceKm").GetDouble(), 1.0, 1.2);
        Assert.Equal("per-week", item.GetProperty("price").GetProperty("kind").GetString());
        Assert.Equal(300, item.GetProperty("price").GetProperty("nok").GetInt32());
        Assert.Equal("300 kr per uke", item.GetProperty("price").GetProperty("text").GetString());
        Assert.Equal(200, item.GetProperty("price").GetProperty("depositNok").GetInt32());
        Assert.Equal(1, item.GetProperty("freeUnits").GetInt32());
        Assert.Equal(2, item.GetProperty("totalUnits").GetInt32());
        Assert.Equal(["150 cm", "160 cm"], item.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal($"https://localhost/utlan/{place.TypeId}", item.GetProperty("url").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("photo").ValueKind);

        // Both 150 cm units taken on Saturday: nothing left of that size.
        await factory.CatalogueBookingAsync(place.TypeId, place.UnitIds[1], LendingTestData.Oslo(2026, 12, 4, 10), LendingTestData.Oslo(2026, 12, 5, 11));
        var none = await _client.GetJsonAsync($"/api/v1/lending/types?q=ski&size=150cm&when=next-weekend&near={near}");
        Assert.Equal(0, none.GetProperty("total").GetInt32());
        var dates = await _client.GetJsonAsync($"/api/v1/lending/types?size=160cm&from=2026-12-05&to=2026-12-06&near={near}&page_size=5");
        Assert.Equal(1, dates.GetProperty("total").GetInt32());
        Assert.Equal(5, dates.GetProperty("pageSize").GetInt32());
    }

    [Fact]
    public async Task One_type_has_its_terms_sizes_and_units_and_no_personal_data()
    {
        factory.Clock.Now = TestClock.Default;
        var place = await factory.LendingPlaceAsync(labels: ["160 cm", "150 cm", "150 cm"], staffedHours: "Tu,Th 17:00-19:00");
        await factory.CatalogueTypeChangeAsync(place.TypeId, t => { t.MaxDays = 4; t.LeadTimeHours = 12; t.SelfService = true; });
        await factory.CatalogueUnitStateAsync(place.UnitIds[1], LendingUnitState.Maintenance);
        await factory.CatalogueBookingAsync(place.TypeId, place.UnitIds[0], LendingTestData.Oslo(2026, 12, 3, 17), LendingTestData.Oslo(2026, 12, 8, 18),
            borrowerName: "Kari Hemmelig");

        using var response = await _client.GetAsync($"/api/v1/lending/types/{place.TypeId}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Kari", body, StringComparison.Ordinal);
        Assert.DoesNotContain(place.OwnerEmail, body, StringComparison.Ordinal);
        var type = JsonSerializer.Deserialize<JsonElement>(body);
        Assert.Equal(place.TypeId, type.GetProperty("id").GetInt32());
        Assert.Equal("Til utlån.", type.GetProperty("description").GetString());
        var terms = type.GetProperty("terms");
        Assert.Equal(4, terms.GetProperty("maxDays").GetInt32());
        Assert.Equal(12, terms.GetProperty("leadTimeHours").GetInt32());
        Assert.True(terms.GetProperty("selfService").GetBoolean());
        Assert.True(terms.GetProperty("pickupHoursAreStaffedSlots").GetBoolean());
        Assert.Equal("Tu,Th 17:00-19:00", terms.GetProperty("pickupHours").GetString());
        Assert.Equal("free", terms.GetProperty("price").GetProperty("kind").GetString());
        Assert.Equal("Gratis", terms.GetProperty("price").GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, terms.GetProperty("price").GetProperty("depositNok").ValueKind);
        var sizes = type.GetProperty("sizes").EnumerateArray().ToList();
        Assert.Equal(["150 cm", "160 cm"], sizes.Select(s => s.GetProperty("label").GetString()));
        Assert.Equal("150cm", sizes[0].GetProperty("key").GetString());
        Assert.Equal((2, 1), (sizes[0].GetProperty("units").GetInt32(), sizes[0].GetProperty("available").GetInt32()));
        var units = type.GetProperty("units").EnumerateArray().Select(u => (u.GetProperty("label").GetString(), u.GetProperty("state").GetString())).ToList();
        Assert.Equal(3, units.Count);
        Assert.Contains(("150 cm", "maintenance"), units);
        Assert.Contains(("150 cm", "available"), units);
        Assert.Contains(("160 cm", "available"), units);
        Assert.EndsWith($"/api/v1/lending/types/{place.TypeId}/availability", type.GetProperty("availabilityUrl").GetString(), StringComparison.Ordinal);

        await _client.GetJsonAsync("/api/v1/lending/types/987654321", HttpStatusCode.NotFound);
        await _client.GetJsonAsync("/api/v1/lending/types/987654321/availability", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_availability_gives_free_units_per_day_with_hours_and_closed_reasons()
    {
        factory.Clock.Now = TestClock.Default;
        var place = await factory.LendingPlaceAsync(labels: ["150 cm", "160 cm"], hours: "Mo-Sa 10:00-18:00; PH off");
        await factory.CatalogueBookingAsync(place.TypeId, place.UnitIds[0], LendingTestData.Oslo(2026, 12, 5, 10), LendingTestData.Oslo(2026, 12, 5, 18),
            borrowerName: "Ola Hemmelig");

        using var response = await _client.GetAsync($"/api/v1/lending/types/{place.TypeId}/availability");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Ola", body, StringComparison.Ordinal);
        var all = JsonSerializer.Deserialize<JsonElement>(body);
        Assert.Equal("2026-12-02", all.GetProperty("from").GetString());
        Assert.True(all.GetProperty("hoursKnown").GetBoolean());
        var days = all.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(56, days.Count);
        JsonElement Day(List<JsonElement> list, string date) => list.Single(d => d.GetProperty("date").GetString() == date);
        var saturday = Day(days, "2026-12-05");
        Assert.Equal((1, 2), (saturday.GetProperty("free").GetInt32(), saturday.GetProperty("total").GetInt32()));
        Assert.True(saturday.GetProperty("open").GetBoolean());
        Assert.True(saturday.GetProperty("bookable").GetBoolean());
        Assert.Equal("10:00–18:00", Assert.Single(saturday.GetProperty("hours").EnumerateArray()).GetString());
        Assert.Equal(JsonValueKind.Null, saturday.GetProperty("closedReasonNb").ValueKind);
        var christmas = Day(days, "2026-12-25");
        Assert.False(christmas.GetProperty("open").GetBoolean());
        Assert.False(christmas.GetProperty("bookable").GetBoolean());
        Assert.Empty(christmas.GetProperty("hours").EnumerateArray());
        Assert.Equal("Stengt 25. desember (Første juledag).", christmas.GetProperty("closedReasonNb").GetString());
        Assert.Equal("Closed on 25 December (Christmas Day).", christmas.GetProperty("closedReasonEn").GetString());

        var sized = await _client.GetJsonAsync($"/api/v1/lending/types/{place.TypeId}/availability?size=150%20CM&from=2026-12-05&days=2");
        Assert.Equal("150 CM", sized.GetProperty("size").GetString());
        var two = sized.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(2, two.Count);
        Assert.Equal(0, Day(two, "2026-12-05").GetProperty("free").GetInt32());
        Assert.False(Day(two, "2026-12-05").GetProperty("bookable").GetBoolean());
        Assert.Equal(1, Day(two, "2026-12-06").GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/lending/types?category=dinosaurer", "category")]
    [InlineData("/api/v1/lending/types?from=2026-13-01", "from")]
    [InlineData("/api/v1/lending/types?from=2026-12-01", "from")]
    [InlineData("/api/v1/lending/types?from=2027-06-01", "from")]
    [InlineData("/api/v1/lending/types?from=2026-12-10&to=2026-12-09", "to")]
    [InlineData("/api/v1/lending/types?to=2026-12-09", "from")]
    [InlineData("/api/v1/lending/types?when=tomorrow", "when")]
    [InlineData("/api/v1/lending/types?when=next-weekend&from=2026-12-05", "when")]
    [InlineData("/api/v1/lending/types?near=nowhere-at-all", "near")]
    [InlineData("/api/v1/lending/types?radius_km=5", "radius_km")]
    [InlineData("/api/v1/lending/types?near=59.8,10.4&radius_km=500", "radius_km")]
    [InlineData("/api/v1/lending/types?page_size=1000", "page_size")]
    [InlineData("/api/v1/lending/types?page=0", "page")]
    [InlineData("/api/v1/lending/types/1/availability?days=57", "days")]
    [InlineData("/api/v1/lending/types/1/availability?days=0", "days")]
    [InlineData("/api/v1/lending/types/1/availability?from=2026-12-01", "from")]
    [InlineData("/api/v1/lending/types/1/availability?from=01.12.2026", "from")]
    public async Task Bad_parameters_give_a_problem_naming_the_parameter_in_both_languages(string url, string parameter)
    {
        factory.Clock.Now = TestClock.Default;
        using var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        var error = problem.GetProperty("errors").EnumerateArray().First(e => e.GetProperty("parameter").GetString() == parameter);
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("messageNb").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("messageEn").GetString()));
        Assert.Contains(" / ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_three_endpoints()
    {
        using var response = await _client.GetAsync("/api/v1/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"/api/v1/lending/types\"", doc, StringComparison.Ordinal);
        Assert.Contains("\"/api/v1/lending/types/{id}\"", doc, StringComparison.Ordinal);
        Assert.Contains("\"/api/v1/lending/types/{id}/availability\"", doc, StringComparison.Ordinal);
        Assert.Contains("ListLendingTypes", doc, StringComparison.Ordinal);
    }
}

public sealed class LendingApiTestsOnSqlite(SqliteAppFactory f) : LendingApiTests(f), IClassFixture<SqliteAppFactory>;

public sealed class LendingApiTestsOnPostgres(PostgresAppFactory f) : LendingApiTests(f), IClassFixture<PostgresAppFactory>;
