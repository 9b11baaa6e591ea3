using System.Net;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Points.Ledger;
using Omigjen.Web.Tests.Features.Reservations;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Points;

/// <summary>Rewards and vouchers: the last unit goes to one person, a voucher is used once, and no one overspends.</summary>
public abstract class PointsRewardTests(AppFactory factory)
{
    private const int Residents = 100;

    [Fact]
    public async Task A_hundred_residents_redeem_the_last_reward_at_once_and_one_gets_a_voucher()
    {
        var (initiativeId, _, _) = await factory.IssuerAsync(0);
        var rewardId = await factory.RewardAsync(initiativeId, price: 50, stock: 1);
        const string url = "/poeng/belonninger";
        var ready = new List<(HttpClient, AngleSharp.Html.Dom.IHtmlFormElement, string)>();
        foreach (var batch in Enumerable.Range(0, Residents).Chunk(10))
        {
            ready.AddRange(await Task.WhenAll(batch.Select(async _ =>
            {
                var (client, email) = await factory.ResidentAsync();
                await factory.GrantAsync(await factory.UserIdAsync(email), 60);
                return (client, await PointsTestData.FormAsync(client, url, $"main form:has(input[name=rewardId][value='{rewardId}'])"), url);
            })));
        }

        var results = await PointsTestData.AllAtOnceAsync(ready);

        Assert.DoesNotContain(results, r => (int)r.Status >= 500);
        Assert.Single(results, r => r.Status == HttpStatusCode.Redirect);
        var refused = results.Where(r => r.Status == HttpStatusCode.Conflict).ToList();
        Assert.Equal(Residents - 1, refused.Count);
        Assert.All(refused, r => Assert.Contains("Belønningen er dessverre tom", r.Body, StringComparison.Ordinal));
        Assert.Single(await factory.WithDbAsync(db => db.Vouchers.Where(v => v.RewardId == rewardId).ToListAsync()));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Rewards.Where(r => r.Id == rewardId).Select(r => r.Stock).SingleAsync()));
        Assert.Single(await factory.WithDbAsync(db => db.PointsEntries.Where(e => e.Kind == PointsEntryKind.Redemption && e.InitiativeId == initiativeId).ToListAsync()));
        foreach (var (client, _, _) in ready) client.Dispose();
    }

    [Fact]
    public async Task Two_redemptions_by_one_resident_at_once_cannot_spend_the_same_points()
    {
        var (initiativeId, _, _) = await factory.IssuerAsync(1);
        var rewardId = await factory.RewardAsync(initiativeId, price: 40, stock: 10);
        var (client, email) = await factory.ResidentAsync();
        var userId = await factory.UserIdAsync(email);
        await factory.GrantAsync(userId, 60);
        const string url = "/poeng/belonninger";
        var selector = $"main form:has(input[name=rewardId][value='{rewardId}'])";
        var posts = new List<(HttpClient, AngleSharp.Html.Dom.IHtmlFormElement, string)>();
        for (var i = 0; i < 5; i++) posts.Add((client, await PointsTestData.FormAsync(client, url, selector), url));

        var results = await PointsTestData.AllAtOnceAsync(posts);

        Assert.DoesNotContain(results, r => (int)r.Status >= 500);
        Assert.Single(results, r => r.Status == HttpStatusCode.Redirect);
        Assert.All(results.Where(r => r.Status != HttpStatusCode.Redirect),
            r => Assert.Contains("Du har ikke nok poeng", r.Body, StringComparison.Ordinal));
        Assert.Equal(20, (await factory.EntriesOfAsync(userId)).Sum(e => e.Points));
    }

    [Fact]
    public async Task A_voucher_used_twice_at_once_is_used_once_and_the_counter_never_sees_who()
    {
        var (initiativeId, slug, owner) = await factory.IssuerAsync(2);
        var rewardId = await factory.RewardAsync(initiativeId, price: 30, stock: 5);
        var (resident, email) = await factory.ResidentAsync();
        await factory.GrantAsync(await factory.UserIdAsync(email), 30);
        using (var redeemed = await resident.SubmitAsync("/poeng/belonninger", null, $"main form:has(input[name=rewardId][value='{rewardId}'])"))
            Assert.Equal(HttpStatusCode.Redirect, redeemed.StatusCode);
        var code = await factory.WithDbAsync(db => db.Vouchers.Where(v => v.RewardId == rewardId).Select(v => v.Code).SingleAsync());
        using (var mine = await resident.GetAsync("/konto/poeng"))
            Assert.Contains(code[..4], await mine.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var staffA = await factory.SignedInClientAsync(owner);
        using var staffB = await factory.SignedInClientAsync(owner);
        var url = $"/portal/{slug}/poeng/kupong?kode={code}";
        using (var seen = await staffA.GetAsync(url))
        {
            var body = await seen.Content.ReadAsStringAsync();
            Assert.Contains("Gratis hengerlån en helg", body, StringComparison.Ordinal);
            Assert.Contains("Gyldig", body, StringComparison.Ordinal);
            Assert.DoesNotContain(email, body, StringComparison.Ordinal);
        }
        var results = await PointsTestData.AllAtOnceAsync(
        [
            (staffA, await PointsTestData.FormAsync(staffA, url), url),
            (staffB, await PointsTestData.FormAsync(staffB, url), url),
        ]);
        Assert.Single(results, r => r.Status == HttpStatusCode.Redirect);
        var refused = Assert.Single(results, r => r.Status == HttpStatusCode.Conflict);
        Assert.Contains("Kupongen er allerede brukt", refused.Body, StringComparison.Ordinal);
        using var after = await staffA.GetAsync(url);
        Assert.Contains("Brukt", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Another initiative does not accept this initiative's voucher.
        var (_, otherSlug, otherOwner) = await factory.IssuerAsync(3);
        using var other = await factory.SignedInClientAsync(otherOwner);
        using var elsewhere = await other.GetAsync($"/portal/{otherSlug}/poeng/kupong?kode={code}");
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }
}

public sealed class PointsRewardTestsOnSqlite(SqliteAppFactory f) : PointsRewardTests(f), IClassFixture<SqliteAppFactory>;

public sealed class PointsRewardTestsOnPostgres(PostgresAppFactory f) : PointsRewardTests(f), IClassFixture<PostgresAppFactory>;
