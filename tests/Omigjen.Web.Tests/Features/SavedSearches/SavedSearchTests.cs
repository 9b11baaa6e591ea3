using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.SavedSearches;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Infrastructure.PortalTestData;

namespace Omigjen.Web.Tests.Features.SavedSearches;

public abstract class SavedSearchTests(AppFactory factory)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>A made-up word no other item has, so the search finds only this test's items.</summary>
    private static string UniqueWord() => "kvx" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(8)) + "q";

    private async Task<(string Email, HttpClient Client, SavedSearch Saved)> SaveSearchAsync(string query, AlertFrequency frequency)
    {
        var email = $"lagret-{Guid.NewGuid():N}@eksempel.no";
        await factory.CreateAsync(email);
        var client = await factory.SignedInClientAsync(email);
        using var saved = await client.SubmitAsync($"/konto/lagrede-sok/ny?{query}",
            Form(("Name", "Mitt søk"), ("Frequency", frequency.ToString())));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var row = await factory.WithDbAsync(db => db.SavedSearches.Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new { s, u.Email })
            .Where(x => x.Email == email).Select(x => x.s).SingleAsync());
        return (email, client, row);
    }

    private Task<int> AddItemAsync(string title, DateTime createdAt) => factory.WithDbAsync(async db =>
    {
        var (id, _) = await factory.InitiativeAsync(1);
        var place = await db.InitiativeLocations.FirstAsync(l => l.InitiativeId == id);
        var item = new Item
        {
            InitiativeId = id, Title = title, Description = "Testvare.", PriceNok = 0, Latitude = place.Latitude, Longitude = place.Longitude,
            CreatedAt = createdAt, UpdatedAt = createdAt,
        };
        db.Items.Add(item);
        await db.SaveChangesAsync();
        return item.Id;
    });

    private Task<int> RunAlertsAsync() => factory.Services.GetRequiredService<SavedSearchAlerts>().RunOnceAsync();

    [Fact]
    public async Task A_saved_search_stores_the_canonical_query_and_rejects_bad_filters()
    {
        var word = UniqueWord();
        var (_, client, saved) = await SaveSearchAsync($"q={word}&side=3&category=bikes", AlertFrequency.Daily);
        Assert.Equal($"q={word}&category=bikes", saved.Query);
        Assert.Equal(AlertFrequency.Daily, saved.Frequency);
        Assert.Equal(32, saved.FeedToken.Length);
        Assert.NotEqual(saved.FeedToken, saved.UnsubscribeToken);
        using var bad = await client.GetAsync("/konto/lagrede-sok/ny?max_price=abc");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var list = await client.GetAsync("/konto/lagrede-sok");
        var doc = await Forms.ParseAsync(list, "/konto/lagrede-sok");
        Assert.Contains("Mitt søk", doc.QuerySelector(".saved-searches")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_matching_items_are_emailed_once_with_an_unsubscribe_link()
    {
        var word = UniqueWord();
        var (email, _, saved) = await SaveSearchAsync($"q={word}", AlertFrequency.Immediate);
        var before = factory.Clock.Now;
        try
        {
            factory.Clock.Now = before.AddMinutes(10);
            await AddItemAsync($"Gammel {word}", saved.NotifiedUpTo.AddMinutes(-1));
            await AddItemAsync($"Ny {word}", saved.NotifiedUpTo.AddMinutes(5));
            await AddItemAsync("Noe helt annet", saved.NotifiedUpTo.AddMinutes(5));
            Assert.True(await RunAlertsAsync() >= 1);
            var mail = await factory.Mail.LatestToAsync(email);
            var body = mail.TextBody;
            Assert.Contains($"Ny {word}", body, StringComparison.Ordinal);
            Assert.DoesNotContain($"Gammel {word}", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Noe helt annet", body, StringComparison.Ordinal);
            Assert.Contains($"/api/v1/saved-searches/unsubscribe/{saved.UnsubscribeToken}", mail.Headers["List-Unsubscribe"], StringComparison.Ordinal);
            Assert.Contains($"/avmeld/{saved.UnsubscribeToken}", body, StringComparison.Ordinal);

            // Nothing new: no second e-mail.
            await RunAlertsAsync();
            Assert.Single(factory.Mail.To(email));
        }
        finally
        {
            factory.Clock.Now = before;
        }
    }

    [Fact]
    public async Task The_daily_digest_waits_for_the_morning()
    {
        var word = UniqueWord();
        var (email, _, saved) = await SaveSearchAsync($"q={word}", AlertFrequency.Daily);
        var before = factory.Clock.Now;
        try
        {
            await AddItemAsync($"Dagens {word}", saved.NotifiedUpTo.AddMinutes(1));
            // Thursday 06:00 in Oslo: too early.
            factory.Clock.Now = new DateTimeOffset(2026, 12, 3, 6, 0, 0, TimeSpan.FromHours(1));
            await RunAlertsAsync();
            Assert.Empty(factory.Mail.To(email));
            factory.Clock.Now = new DateTimeOffset(2026, 12, 3, 7, 30, 0, TimeSpan.FromHours(1));
            await RunAlertsAsync();
            Assert.Contains($"Dagens {word}", (await factory.Mail.LatestToAsync(email)).TextBody, StringComparison.Ordinal);
            // The same morning again: already sent.
            await AddItemAsync($"Senere {word}", new DateTime(2026, 12, 3, 6, 40, 0, DateTimeKind.Utc));
            factory.Clock.Now = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.FromHours(1));
            await RunAlertsAsync();
            Assert.Single(factory.Mail.To(email));
        }
        finally
        {
            factory.Clock.Now = before;
        }
    }

    [Fact]
    public async Task The_feed_lists_matching_items_at_a_secret_url_without_sign_in()
    {
        var word = UniqueWord();
        var (_, _, saved) = await SaveSearchAsync($"q={word}", AlertFrequency.None);
        await AddItemAsync($"Strøm {word}", saved.NotifiedUpTo.AddMinutes(-30));
        var anonymous = factory.NoRedirectClient();
        using var feed = await anonymous.GetAsync($"/api/v1/saved-searches/{saved.FeedToken}/feed");
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("application/atom+xml", feed.Content.Headers.ContentType!.MediaType);
        var xml = XDocument.Parse(await feed.Content.ReadAsStringAsync());
        var titles = xml.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();
        Assert.Equal([$"Strøm {word}"], titles);
        using var wrong = await anonymous.GetAsync($"/api/v1/saved-searches/{new string('a', 32)}/feed");
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        using var unsubscribeTokenIsNotAFeed = await anonymous.GetAsync($"/api/v1/saved-searches/{saved.UnsubscribeToken}/feed");
        Assert.Equal(HttpStatusCode.NotFound, unsubscribeTokenIsNotAFeed.StatusCode);
    }

    [Fact]
    public async Task Unsubscribing_takes_a_button_press_or_a_one_click_post_and_keeps_the_search()
    {
        var (_, _, first) = await SaveSearchAsync($"q={UniqueWord()}", AlertFrequency.Immediate);
        var anonymous = factory.NoRedirectClient();
        using var page = await anonymous.GetAsync($"/avmeld/{first.UnsubscribeToken}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(AlertFrequency.Immediate, await FrequencyAsync(first.Id));
        using var pressed = await anonymous.SubmitAsync($"/avmeld/{first.UnsubscribeToken}");
        Assert.NotNull((await Forms.ParseAsync(pressed, "/")).QuerySelector("#unsubscribed"));
        Assert.Equal(AlertFrequency.None, await FrequencyAsync(first.Id));

        var (_, _, second) = await SaveSearchAsync($"q={UniqueWord()}", AlertFrequency.Daily);
        using var oneClick = await anonymous.PostAsync($"/api/v1/saved-searches/unsubscribe/{second.UnsubscribeToken}",
            new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.NoContent, oneClick.StatusCode);
        Assert.Equal(AlertFrequency.None, await FrequencyAsync(second.Id));
        using var unknown = await anonymous.PostAsync($"/api/v1/saved-searches/unsubscribe/{new string('b', 32)}", null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Another_resident_cannot_change_or_delete_my_search()
    {
        var (_, _, mine) = await SaveSearchAsync($"q={UniqueWord()}", AlertFrequency.Immediate);
        var (_, other, _) = await SaveSearchAsync($"q={UniqueWord()}", AlertFrequency.Immediate);
        using var list = await other.GetAsync("/konto/lagrede-sok");
        var token = (await Forms.ParseAsync(list, "/konto/lagrede-sok")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var delete = await other.PostAsync("/konto/lagrede-sok?handler=delete",
            new FormUrlEncodedContent([new("id", mine.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.SavedSearches.AnyAsync(s => s.Id == mine.Id)));
    }

    private Task<AlertFrequency> FrequencyAsync(int id) =>
        factory.WithDbAsync(db => db.SavedSearches.Where(s => s.Id == id).Select(s => s.Frequency).SingleAsync());
}

public sealed class SavedSearchTestsOnSqlite(SqliteAppFactory f) : SavedSearchTests(f), IClassFixture<SqliteAppFactory>;

public sealed class SavedSearchTestsOnPostgres(PostgresAppFactory f) : SavedSearchTests(f), IClassFixture<PostgresAppFactory>;
