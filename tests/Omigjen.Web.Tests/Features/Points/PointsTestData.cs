using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Points;
using Omigjen.Web.Features.Points.Codes;
using Omigjen.Web.Features.Points.Issuers;
using Omigjen.Web.Features.Points.Ledger;
using Omigjen.Web.Features.Points.Rewards;
using Omigjen.Web.Features.Points.Rules;
using Omigjen.Web.Tests.Features.Reservations;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Points;

public static class PointsTestData
{
    /// <summary>A demo initiative (by index) approved as an issuer, with an owner (returned).</summary>
    public static async Task<(int Id, string Slug, string OwnerEmail)> IssuerAsync(this AppFactory factory, int index, IssuerStatus status = IssuerStatus.Approved)
    {
        var (id, slug) = await factory.InitiativeAsync(index);
        await factory.WithDbAsync(async db =>
        {
            db.PointsIssuers.Add(new PointsIssuer { InitiativeId = id, Status = status, RequestedAt = DateTime.UtcNow, DecidedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        var owner = ReservationTestData.NewEmail("poeng-eier");
        var user = await factory.CreateAsync(owner);
        await factory.AddMemberAsync(id, user.Id, MemberRole.Owner);
        return (id, slug, owner);
    }

    /// <summary>A code issued at the counter, as the issue page does it.</summary>
    public static async Task<string> CodeAsync(this AppFactory factory, int initiativeId, PointsAction action = PointsAction.BuyingUsed)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var issued = await scope.ServiceProvider.GetRequiredService<CodeIssuing>().IssueAsync(initiativeId, action, null, default);
        return issued?.Code ?? throw new Xunit.Sdk.XunitException("No code issued");
    }

    public static Task SetRulesAsync(this AppFactory factory, Action<ProgrammeRules> change) =>
        factory.WithDbAsync(async db =>
        {
            var rules = await db.PointsRules.FirstOrDefaultAsync();
            if (rules is null) db.PointsRules.Add(rules = new ProgrammeRules());
            change(rules);
            return await db.SaveChangesAsync();
        });

    public static Task<string> UserIdAsync(this AppFactory factory, string email) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// <summary>Points given straight into the ledger.</summary>
    public static Task GrantAsync(this AppFactory factory, string userId, int points) =>
        factory.WithDbAsync(async db =>
        {
            var now = factory.Clock.Now.UtcDateTime;
            db.PointsEntries.Add(new PointsEntry
            {
                UserId = userId, Kind = PointsEntryKind.Credit, Points = points, At = now, ExpiresAt = now.AddMonths(12), SourceKey = "test:" + Guid.NewGuid().ToString("N"),
            });
            return await db.SaveChangesAsync();
        });

    public static Task<List<PointsEntry>> EntriesOfAsync(this AppFactory factory, string? userId) =>
        factory.WithDbAsync(db => db.PointsEntries.AsNoTracking().Where(e => e.UserId == userId).OrderBy(e => e.Id).ToListAsync());

    public static Task<int> RewardAsync(this AppFactory factory, int? initiativeId, int price, int stock) =>
        factory.WithDbAsync(async db =>
        {
            var reward = new Reward { InitiativeId = initiativeId, TitleNb = "Gratis hengerlån en helg", TitleEn = "A free trailer loan for a weekend", PointsPrice = price, Stock = stock, CreatedAt = DateTime.UtcNow };
            db.Rewards.Add(reward);
            await db.SaveChangesAsync();
            return reward.Id;
        });

    /// <summary>Loads <paramref name="url"/> and returns its first form in main with a POST method.</summary>
    public static async Task<IHtmlFormElement> FormAsync(HttpClient client, string url, string selector = "main form[method=post]")
    {
        using var page = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var doc = await Forms.ParseAsync(page, url);
        return doc.QuerySelector(selector) as IHtmlFormElement ?? throw new Xunit.Sdk.XunitException($"No form {selector} on {url}");
    }

    /// <summary>Everyone posts at the same moment.</summary>
    public static async Task<(HttpStatusCode Status, string Body, string? Location)[]> AllAtOnceAsync(
        IEnumerable<(HttpClient Client, IHtmlFormElement Form, string Url)> posts, IReadOnlyDictionary<string, string>? values = null)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = posts.Select(async p =>
        {
            await start.Task;
            using var response = await p.Client.PostFormAsync(p.Form, values ?? new Dictionary<string, string>(), p.Url);
            return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location?.OriginalString);
        }).ToList();
        start.SetResult();
        return await Task.WhenAll(tasks);
    }
}
