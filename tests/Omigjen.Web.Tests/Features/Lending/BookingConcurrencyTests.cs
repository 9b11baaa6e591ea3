using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Lending;

/// <summary>
/// A hundred residents press "Bestill" on the one unit of a type for overlapping periods at the same moment: one gets
/// it, 99 get a clear 409, nothing fails, and the database holds no two active bookings of a unit that overlap.
/// </summary>
public abstract class BookingConcurrencyTests(AppFactory factory)
{
    private const int Residents = 100;

    [Fact]
    public async Task Exactly_one_of_a_hundred_simultaneous_bookings_of_the_last_unit_wins()
    {
        var place = await factory.LendingPlaceAsync(name: "Pulk med skistativ", hours: "Mo-Su 09:00-21:00", labels: ["Stor"]);
        var from = new DateOnly(2026, 12, 5);
        var to = new DateOnly(2026, 12, 6);
        var url = BookingTestSupport.BookUrl(place.TypeId, "Stor", from, to);

        // Everyone signs in and opens the form (with its antiforgery token) first, ten at a time.
        var ready = new List<(HttpClient Client, IHtmlFormElement Form, Dictionary<string, string> Values)>();
        foreach (var batch in Enumerable.Range(0, Residents).Chunk(10))
        {
            ready.AddRange(await Task.WhenAll(batch.Select(async i =>
            {
                var (client, _, _) = await factory.BorrowerAsync();
                var page = await client.PageAsync(url);
                var form = page.QuerySelector(BookingTestSupport.DetailsForm) as IHtmlFormElement ?? throw new Xunit.Sdk.XunitException("No booking form");
                // Periods that all overlap Saturday 12:00–Sunday 10:00, each a little different.
                var values = new Dictionary<string, string>
                {
                    ["hentetid"] = string.Create(CultureInfo.InvariantCulture, $"{9 + i % 4:00}:{(i % 2 == 0 ? "00" : "30")}"),
                    ["leveringstid"] = string.Create(CultureInfo.InvariantCulture, $"{10 + i % 8:00}:00"),
                };
                return (client, form, values);
            })));
        }

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var posts = ready.Select(async r =>
        {
            await start.Task;
            using var response = await r.Client.PostFormAsync(r.Form, r.Values, url);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync(), Location: response.Headers.Location?.OriginalString);
        }).ToList();
        start.SetResult();
        var results = await Task.WhenAll(posts);

        Assert.DoesNotContain(results, r => (int)r.StatusCode >= 500);
        var winner = Assert.Single(results, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.Matches(@"^/konto/utlan/\d+\?ny=1$", winner.Location);
        var losers = results.Where(r => r.StatusCode == HttpStatusCode.Conflict).ToList();
        Assert.Equal(Residents - 1, losers.Count);
        Assert.All(losers, l => Assert.Contains("Ingen i størrelse Stor er ledige", l.Body, StringComparison.Ordinal));
        Assert.All(losers, l => Assert.Contains("id=\"waitlist-form\"", l.Body, StringComparison.Ordinal));

        var bookings = await factory.BookingsOfTypeAsync(place.TypeId);
        var booking = Assert.Single(bookings);
        Assert.Equal(BookingStatus.Booked, booking.Status);
        Assert.Equal(place.UnitIds[0], booking.UnitId);
        Assert.Equal($"/konto/utlan/{booking.Id}?ny=1", winner.Location);
        Assert.Equal(0, await OverlapsAsync());
        foreach (var (client, _, _) in ready) client.Dispose();
    }

    /// <summary>Pairs of active bookings of one unit whose periods overlap, counted by the database itself.</summary>
    private Task<int> OverlapsAsync() => factory.WithDbAsync(db => db.Database.SqlQueryRaw<int>(OverlapSql).SingleAsync());

    public const string OverlapSql = """
        SELECT COUNT(*) AS "Value" FROM "Bookings" a JOIN "Bookings" b ON a."UnitId" = b."UnitId" AND a."Id" < b."Id"
        WHERE a."Status" IN ('Offered', 'Booked', 'CheckedOut') AND b."Status" IN ('Offered', 'Booked', 'CheckedOut')
          AND a."PickupAt" < b."ReturnBy" AND b."PickupAt" < a."ReturnBy"
        """;
}

public sealed class BookingConcurrencyTestsOnSqlite(SqliteAppFactory f) : BookingConcurrencyTests(f), IClassFixture<SqliteAppFactory>;

public sealed class BookingConcurrencyTestsOnPostgres(PostgresAppFactory f) : BookingConcurrencyTests(f), IClassFixture<PostgresAppFactory>;
