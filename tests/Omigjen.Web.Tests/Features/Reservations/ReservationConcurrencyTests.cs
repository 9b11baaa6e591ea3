using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Reservations;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Reservations;

/// <summary>A hundred residents press "Reserver" on the last unit at the same moment: one gets it, 99 get a clear 409.</summary>
public abstract class ReservationConcurrencyTests(AppFactory factory)
{
    private const int Residents = 100;

    [Fact]
    public async Task Exactly_one_of_a_hundred_simultaneous_holds_wins()
    {
        var (initiativeId, _, _) = await factory.PlaceAsync(0, "Mo-Fr 10:00-16:00");
        var itemId = await factory.ItemAsync(initiativeId, quantity: 1, title: "Den siste barnesykkelen");
        var url = $"/varer/{itemId}/reserver";

        // Sign everyone in and load the confirm page (with its antiforgery token) first, in batches.
        var ready = new List<(HttpClient Client, IHtmlFormElement Form)>();
        foreach (var batch in Enumerable.Range(0, Residents).Chunk(10))
        {
            ready.AddRange(await Task.WhenAll(batch.Select(async _ =>
            {
                var (client, _) = await factory.ResidentAsync();
                using var page = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.OK, page.StatusCode);
                var doc = await Forms.ParseAsync(page, url);
                var form = doc.QuerySelector("main form[method=post]") as IHtmlFormElement ?? throw new Xunit.Sdk.XunitException("No reserve form");
                return (client, form);
            })));
        }

        // Then all post together.
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var posts = ready.Select(async r =>
        {
            await start.Task;
            using var response = await r.Client.PostFormAsync(r.Form, new Dictionary<string, string>(), url);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync(), Location: response.Headers.Location?.OriginalString);
        }).ToList();
        start.SetResult();
        var results = await Task.WhenAll(posts);

        Assert.DoesNotContain(results, r => (int)r.StatusCode >= 500);
        var winners = results.Where(r => r.StatusCode == HttpStatusCode.Redirect).ToList();
        var winner = Assert.Single(winners);
        Assert.StartsWith("/konto/reservasjoner?ny=", winner.Location, StringComparison.Ordinal);
        var losers = results.Where(r => r.StatusCode == HttpStatusCode.Conflict).ToList();
        Assert.Equal(Residents - 1, losers.Count);
        Assert.All(losers, l => Assert.Contains("Noen andre rakk å reservere den siste rett før deg", l.Body, StringComparison.Ordinal));

        var active = await factory.WithDbAsync(db => db.Reservations.AsNoTracking()
            .Where(r => r.ItemId == itemId && r.Status == ReservationStatus.Active).ToListAsync());
        var hold = Assert.Single(active);
        Assert.EndsWith(hold.Code, winner.Location, StringComparison.Ordinal);
        Assert.Single(await factory.HoldsOnAsync(itemId));
        var item = await factory.ItemRowAsync(itemId);
        Assert.Equal((0, 1, ItemStatus.Reserved), (item.Available, item.Quantity, item.Status));
        foreach (var (client, _) in ready) client.Dispose();
    }
}

public sealed class ReservationConcurrencyTestsOnSqlite(SqliteAppFactory f) : ReservationConcurrencyTests(f), IClassFixture<SqliteAppFactory>;

public sealed class ReservationConcurrencyTestsOnPostgres(PostgresAppFactory f) : ReservationConcurrencyTests(f), IClassFixture<PostgresAppFactory>;
