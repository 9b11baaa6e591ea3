using Omigjen.Web.Features.Items;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Items;

/// <summary>"I helgen" on a Sunday evening means the coming weekend, through the search page a resident uses.</summary>
public abstract class WeekendSearchTests(AppFactory factory)
{
    [Fact]
    public async Task On_sunday_evening_the_weekend_filter_finds_a_bike_at_a_place_open_on_saturday()
    {
        var marker = SearchTestData.Marker();
        var (saturdays, _) = await factory.NewInitiativeAsync("Sa 10:00-15:00", SearchTestData.Tofte);
        var (weekdays, _) = await factory.NewInitiativeAsync("Mo-Fr 10:00-16:00", SearchTestData.Tofte);
        await factory.AddItemAsync(saturdays, new Item { Title = $"Barnesykkel {marker} lørdag", PriceNok = 350 });
        await factory.AddItemAsync(weekdays, new Item { Title = $"Barnesykkel {marker} hverdag", PriceNok = 200 });
        factory.Clock.Now = new DateTimeOffset(2026, 12, 6, 20, 0, 0, TimeSpan.FromHours(1)); // Sunday evening
        try
        {
            var doc = await factory.CreateClient().GetDocumentAsync($"/varer?q=barnesykkel+{marker}&open=weekend");
            var titles = doc.QuerySelectorAll("a[href^='/varer/']").Select(a => a.TextContent.Trim()).ToList();
            Assert.Contains(titles, t => t.Contains($"{marker} lørdag", StringComparison.Ordinal));
            Assert.DoesNotContain(titles, t => t.Contains($"{marker} hverdag", StringComparison.Ordinal));
            // The card says when it is open in the weekend, not that it is closed now.
            var card = doc.QuerySelectorAll("li[data-id]").Single(li => li.TextContent.Contains($"{marker} lørdag", StringComparison.Ordinal));
            Assert.Contains("Åpen lørdag kl. 10.00–15.00", card.TextContent, StringComparison.Ordinal);
            // ...and its colour says open too, though the place is closed on Sunday evening.
            Assert.Contains("status--open", card.QuerySelector(".status")!.ClassName, StringComparison.Ordinal);
            var now = await factory.CreateClient().GetDocumentAsync($"/varer?q=barnesykkel+{marker}");
            var closedNow = now.QuerySelectorAll("li[data-id]").Single(li => li.TextContent.Contains($"{marker} lørdag", StringComparison.Ordinal));
            Assert.Contains("status--closed", closedNow.QuerySelector(".status")!.ClassName, StringComparison.Ordinal);
            Assert.NotNull(doc.QuerySelectorAll("#f-open option").SingleOrDefault(o => o.TextContent == "I helgen (lør. 12.–søn. 13. des.)"));
        }
        finally
        {
            factory.Clock.Now = TestClock.Default;
        }
    }
}

public sealed class WeekendSearchTestsOnSqlite(SqliteAppFactory f) : WeekendSearchTests(f), IClassFixture<SqliteAppFactory>;

public sealed class WeekendSearchTestsOnPostgres(PostgresAppFactory f) : WeekendSearchTests(f), IClassFixture<PostgresAppFactory>;
