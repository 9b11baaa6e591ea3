using System.Net;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Points.Ledger;
using Omigjen.Web.Tests.Features.Reservations;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Points;

/// <summary>The caps hold when many claims arrive at the same moment.</summary>
public abstract class PointsCapTests(AppFactory factory)
{
    [Fact]
    public async Task A_residents_daily_cap_holds_under_concurrent_claims()
    {
        await factory.SetRulesAsync(r => (r.BuyingUsedPoints, r.ResidentDailyCap, r.ResidentMonthlyCap, r.IssuerDailyCap) = (10, 30, 1000, 10_000));
        var (initiativeId, _, _) = await factory.IssuerAsync(0);
        var (client, email) = await factory.ResidentAsync();
        var posts = new List<(HttpClient, AngleSharp.Html.Dom.IHtmlFormElement, string)>();
        for (var i = 0; i < 10; i++)
        {
            var url = "/poeng/" + await factory.CodeAsync(initiativeId);
            posts.Add((client, await PointsTestData.FormAsync(client, url), url));
        }

        var results = await PointsTestData.AllAtOnceAsync(posts);

        Assert.DoesNotContain(results, r => (int)r.Status >= 500);
        Assert.Equal(3, results.Count(r => r.Status == HttpStatusCode.Redirect));
        var refused = results.Where(r => r.Status == HttpStatusCode.Conflict).ToList();
        Assert.Equal(7, refused.Count);
        Assert.All(refused, r => Assert.Contains("Du har nådd taket for poeng i dag", r.Body, StringComparison.Ordinal));
        var userId = await factory.UserIdAsync(email);
        Assert.Equal(30, (await factory.EntriesOfAsync(userId)).Sum(e => e.Points));
        var counters = await factory.WithDbAsync(db => db.PointsCounters.AsNoTracking().Where(c => c.Key == userId).ToListAsync());
        Assert.Equal(30, counters.Single(c => c.Scope == CounterScope.ResidentDay).Total);
        Assert.Equal(30, counters.Single(c => c.Scope == CounterScope.ResidentMonth).Total);
        // Refused codes are still open: the cap refused the claim, not the act.
        Assert.Equal(7, await factory.WithDbAsync(db => db.PointsCodes.CountAsync(c => c.InitiativeId == initiativeId && c.ClaimedAt == null)));
    }

    [Fact]
    public async Task An_issuers_daily_cap_holds_under_concurrent_claims_by_many_residents()
    {
        await factory.SetRulesAsync(r => (r.BuyingUsedPoints, r.ResidentDailyCap, r.ResidentMonthlyCap, r.IssuerDailyCap) = (10, 100, 1000, 50));
        var (initiativeId, _, _) = await factory.IssuerAsync(1);
        var posts = new List<(HttpClient, AngleSharp.Html.Dom.IHtmlFormElement, string)>();
        for (var i = 0; i < 12; i++)
        {
            var (client, _) = await factory.ResidentAsync();
            var url = "/poeng/" + await factory.CodeAsync(initiativeId);
            posts.Add((client, await PointsTestData.FormAsync(client, url), url));
        }

        var results = await PointsTestData.AllAtOnceAsync(posts);

        Assert.DoesNotContain(results, r => (int)r.Status >= 500);
        Assert.Equal(5, results.Count(r => r.Status == HttpStatusCode.Redirect));
        Assert.All(results.Where(r => r.Status != HttpStatusCode.Redirect),
            r => Assert.Contains("Tiltaket har gitt så mange poeng i dag", r.Body, StringComparison.Ordinal));
        Assert.Equal(50, await factory.WithDbAsync(db => db.PointsEntries.Where(e => e.InitiativeId == initiativeId).SumAsync(e => e.Points)));
        // The residents' own counters were given back when the issuer's cap refused them.
        Assert.Equal(50, await factory.WithDbAsync(db => db.PointsCounters.Where(c => c.Scope == CounterScope.ResidentDay).SumAsync(c => c.Total))
            - await factory.WithDbAsync(db => db.PointsEntries.Where(e => e.InitiativeId != initiativeId && e.Kind == PointsEntryKind.Credit).SumAsync(e => e.Points)));
        foreach (var (client, _, _) in posts) client.Dispose();
    }
}

public sealed class PointsCapTestsOnSqlite(SqliteAppFactory f) : PointsCapTests(f), IClassFixture<SqliteAppFactory>;

public sealed class PointsCapTestsOnPostgres(PostgresAppFactory f) : PointsCapTests(f), IClassFixture<PostgresAppFactory>;
