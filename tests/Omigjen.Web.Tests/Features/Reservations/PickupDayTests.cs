using System.Net;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.Reservations;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Reservations;

/// <summary>The resident chooses the pickup day among the place's next opening days, as many as the initiative allows.</summary>
public abstract class PickupDayTests(AppFactory factory)
{
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);

    // Wednesday 2 December 2026 by the test clock: the next three opening days are Thursday, Friday and Saturday.
    private const string Hours = "Mo-Fr 10:00-16:00; Sa 11:00-14:00";

    private static async Task<IDocument> PageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Forms.ParseAsync(response, url);
    }

    [Fact]
    public async Task The_days_are_offered_as_radio_buttons_with_their_hours_the_first_chosen()
    {
        var (id, _, _) = await factory.PlaceAsync(0, Hours, holdOpeningDays: 3);
        var itemId = await factory.ItemAsync(id);
        var (client, _) = await factory.ResidentAsync();

        var doc = await PageAsync(client, $"/varer/{itemId}/reserver");
        var radios = doc.QuerySelectorAll("main form fieldset input[type=radio][name=Day]");
        Assert.Equal(["2026-12-03", "2026-12-04", "2026-12-05"], radios.Select(r => r.GetAttribute("value")!));
        Assert.Equal("2026-12-03", Assert.Single(doc.QuerySelectorAll("input[name=Day][checked]")).GetAttribute("value"));
        Assert.Equal(["torsdag 3. desember, kl. 10.00–16.00", "fredag 4. desember, kl. 10.00–16.00", "lørdag 5. desember, kl. 11.00–14.00"],
            radios.Select(r => doc.QuerySelector($"label[for='{r.Id}']")!.TextContent.Trim()));
        Assert.Equal("Når vil du hente?", doc.QuerySelector("main fieldset legend")!.TextContent.Trim());

        var english = await PageAsync(client, $"/varer/{itemId}/reserver?lang=en");
        Assert.Equal("Saturday 5 December, 11:00–14:00", english.QuerySelector("label[for='day-2']")!.TextContent.Trim());

        // One opening day allowed: one choice.
        var (other, _, _) = await factory.PlaceAsync(1, Hours);
        var single = await PageAsync(client, $"/varer/{await factory.ItemAsync(other)}/reserver");
        Assert.Equal("2026-12-03", Assert.Single(single.QuerySelectorAll("input[name=Day]")).GetAttribute("value"));
    }

    [Fact]
    public async Task A_chosen_day_holds_until_the_place_closes_that_day_and_every_text_says_it()
    {
        var (id, slug, owner) = await factory.PlaceAsync(2, Hours, holdOpeningDays: 3);
        var itemId = await factory.ItemAsync(id);
        var (client, email) = await factory.ResidentAsync();

        using var held = await client.SubmitAsync($"/varer/{itemId}/reserver", new Dictionary<string, string> { ["Day"] = "2026-12-05" });
        Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
        var hold = Assert.Single(await factory.HoldsOnAsync(itemId));
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 14, 0, 0, Winter).UtcDateTime, DateTime.SpecifyKind(hold.ExpiresAt, DateTimeKind.Utc));

        const string Saturday = "lørdag 5. desember kl. 14.00";
        var confirmation = await PageAsync(client, held.Headers.Location!.OriginalString);
        Assert.Contains(Saturday, confirmation.QuerySelector("#new-hold")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Saturday, (await PageAsync(client, "/konto/reservasjoner")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Hentes innen " + Saturday, (await factory.Mail.LatestToAsync(email)).TextBody, StringComparison.Ordinal);
        Assert.Contains("Pick up by Saturday 5 December at 14:00", (await factory.Mail.LatestToAsync(email)).TextBody, StringComparison.Ordinal);
        var actor = await factory.SignedInClientAsync(owner);
        Assert.Contains(Saturday, (await PageAsync(actor, $"/portal/{slug}/reservasjoner")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // The expiry job ends it at Saturday's closing time, not before.
        var job = factory.Services.GetRequiredService<ReservationExpiry>();
        try
        {
            factory.Clock.Now = new DateTimeOffset(2026, 12, 5, 13, 59, 0, Winter);
            await job.ExpireDueAsync();
            Assert.Equal(ReservationStatus.Active, Assert.Single(await factory.HoldsOnAsync(itemId)).Status);
            factory.Clock.Now = new DateTimeOffset(2026, 12, 5, 14, 0, 0, Winter);
            await job.ExpireDueAsync();
            Assert.Equal(ReservationStatus.Expired, Assert.Single(await factory.HoldsOnAsync(itemId)).Status);
        }
        finally
        {
            factory.Clock.Now = TestClock.Default;
        }
    }

    [Theory]
    [InlineData("2026-12-07")] // Monday: the fourth opening day, one more than allowed
    [InlineData("2026-12-02")] // today
    [InlineData("2026-12-06")] // Sunday: closed
    [InlineData("lørdag")]
    public async Task A_day_not_offered_is_refused_with_a_field_error_and_holds_nothing(string day)
    {
        var (id, _, _) = await factory.PlaceAsync(3, Hours, holdOpeningDays: 3);
        var itemId = await factory.ItemAsync(id);
        var (client, _) = await factory.ResidentAsync();

        using var refused = await client.SubmitAsync($"/varer/{itemId}/reserver", new Dictionary<string, string> { ["Day"] = day });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var doc = await Forms.ParseAsync(refused, $"/varer/{itemId}/reserver");
        Assert.Contains("Hentedag: velg en av dagene i listen.", doc.QuerySelector("#feil")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#day-0", doc.QuerySelector("#feil a")!.GetAttribute("href"));
        Assert.NotNull(doc.QuerySelector("#day-0"));
        Assert.Equal("Hentedag: velg en av dagene i listen.", doc.QuerySelector("#day-error")!.TextContent.Trim());
        Assert.Empty(await factory.HoldsOnAsync(itemId));
        Assert.Equal(1, (await factory.ItemRowAsync(itemId)).Available);

        using var english = await client.SubmitAsync($"/varer/{itemId}/reserver?lang=en", new Dictionary<string, string> { ["Day"] = day });
        Assert.Contains("Pickup day: choose one of the days in the list.", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_day_the_first_opening_day_is_taken_and_without_hours_no_day_can_be_chosen()
    {
        var (id, _, _) = await factory.PlaceAsync(4, Hours, holdOpeningDays: 3);
        using var scope = factory.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<ReservationService>();
        var resident = await factory.CreateAsync(ReservationTestData.NewEmail("tjeneste"));
        var first = await service.ReserveAsync(await factory.ItemAsync(id), resident.Id);
        Assert.Equal(ReserveStatus.Reserved, first.Status);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 16, 0, 0, Winter), first.Expiry!.Value.ExpiresAt);

        var (unknown, _, _) = await factory.PlaceAsync(5, "");
        var noHours = await factory.ItemAsync(unknown);
        var (client, _) = await factory.ResidentAsync();
        Assert.Empty((await PageAsync(client, $"/varer/{noHours}/reserver")).QuerySelectorAll("input[name=Day]"));
        Assert.Equal(ReserveStatus.DayNotOffered, (await service.ReserveAsync(noHours, resident.Id, new DateOnly(2026, 12, 3))).Status);
    }
}

public sealed class PickupDayTestsOnSqlite(SqliteAppFactory f) : PickupDayTests(f), IClassFixture<SqliteAppFactory>;

public sealed class PickupDayTestsOnPostgres(PostgresAppFactory f) : PickupDayTests(f), IClassFixture<PostgresAppFactory>;
