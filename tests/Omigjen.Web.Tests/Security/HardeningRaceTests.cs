using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Infrastructure.PortalTestData;

namespace Omigjen.Web.Tests.Security;

/// <summary>
/// Races from the security probe: residents registering the same name at the same moment, and two owners taking each
/// other away (removing, or deleting their own accounts) at the same moment. Nothing may fail with a 5xx, and the
/// database must keep its invariants: one slug per initiative, at least one owner per initiative that had one.
/// </summary>
public abstract class HardeningRaceTests(AppFactory factory)
{
    private const int Residents = 12;
    private const int Pairs = 16;

    [Fact]
    public async Task Residents_registering_the_same_name_at_once_each_get_a_slug_of_their_own()
    {
        var name = $"Byttebua {Guid.NewGuid():N}"[..21];
        var ready = await Task.WhenAll(Enumerable.Range(0, Residents).Select(async _ =>
        {
            var client = await SignedInAsync("registrerer");
            return (Client: client, Form: await FormAsync(client, "/portal/registrer", "main form[method=post]"));
        }));
        var values = Form(("Form.Name", name), ("Form.ShortNb", "Vi bytter ting."), ("Form.Kinds[]", "Repair"),
            ("Form.Categories[]", "Bikes"), ("Form.Address", "Torvet 1"), ("Form.PostalCode", "1383"), ("Form.Area", "Asker sentrum"));

        var results = await RaceAsync(ready.Select(r => (r.Client, r.Form, values, "/portal/registrer")));

        Assert.DoesNotContain(results, r => (int)r.Status >= 500);
        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        var slugs = await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Name == name).Select(i => i.Slug).ToListAsync());
        Assert.Equal(Residents, slugs.Count);
        Assert.Equal(Residents, slugs.Distinct(StringComparer.Ordinal).Count());
        foreach (var (client, _) in ready) client.Dispose();
    }

    [Fact]
    public async Task Two_owners_removing_each_other_at_once_leave_one_owner()
    {
        var rounds = await PairsOfOwnersAsync();
        var posts = new List<(HttpClient, IHtmlFormElement, Dictionary<string, string>, string)>();
        foreach (var (_, slug, a, b) in rounds)
        {
            posts.Add(await RemoveFormAsync(a, b, slug));
            posts.Add(await RemoveFormAsync(b, a, slug));
        }

        var results = await RaceAsync(posts);

        AssertEachLoserWasToldWhy(results);
        await AssertEveryInitiativeHasAnOwnerAsync(rounds);
    }

    [Fact]
    public async Task Two_owners_leaving_at_once_by_deleting_their_accounts_or_removing_the_other_leave_one_owner()
    {
        var rounds = await PairsOfOwnersAsync();
        var posts = new List<(HttpClient, IHtmlFormElement, Dictionary<string, string>, string)>();
        var round = 0;
        foreach (var (_, slug, a, b) in rounds)
        {
            posts.Add(await DeleteAccountFormAsync(a));
            // Half the pairs both delete their accounts; in the other half the second owner removes the first instead.
            posts.Add(round++ % 2 == 0 ? await DeleteAccountFormAsync(b) : await RemoveFormAsync(b, a, slug));
        }

        var results = await RaceAsync(posts);

        AssertEachLoserWasToldWhy(results);
        await AssertEveryInitiativeHasAnOwnerAsync(rounds);
    }

    public sealed record Owner(HttpClient Client, string UserId);

    /// <summary>Initiatives made for this test, each with exactly two owners who are signed in.</summary>
    private async Task<List<(int Id, string Slug, Owner A, Owner B)>> PairsOfOwnersAsync()
    {
        var rounds = new List<(int, string, Owner, Owner)>();
        for (var i = 0; i < Pairs; i++)
        {
            var slug = $"eiere-{Guid.NewGuid():N}";
            var id = await factory.WithDbAsync(async db =>
            {
                var initiative = new Initiative { Slug = slug, Name = slug, Version = 1, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
                db.Initiatives.Add(initiative);
                await db.SaveChangesAsync();
                return initiative.Id;
            });
            rounds.Add((id, slug, await OwnerOfAsync(id), await OwnerOfAsync(id)));
        }
        return rounds;
    }

    private async Task<Owner> OwnerOfAsync(int initiativeId)
    {
        var email = $"eier-{Guid.NewGuid():N}@eksempel.no";
        var user = await factory.CreateAsync(email);
        await factory.AddMemberAsync(initiativeId, user.Id, MemberRole.Owner);
        return new Owner(await factory.SignedInClientAsync(email), user.Id);
    }

    private async Task<HttpClient> SignedInAsync(string prefix)
    {
        var email = $"{prefix}-{Guid.NewGuid():N}@eksempel.no";
        await factory.CreateAsync(email);
        return await factory.SignedInClientAsync(email);
    }

    private static async Task<(HttpClient, IHtmlFormElement, Dictionary<string, string>, string)> RemoveFormAsync(Owner who, Owner whom, string slug)
    {
        var url = $"/portal/{slug}/medlemmer";
        var form = await FormAsync(who.Client, url, $"form[action*=remove]:has(input[name=userId][value='{whom.UserId}'])");
        return (who.Client, form, [], url);
    }

    private static async Task<(HttpClient, IHtmlFormElement, Dictionary<string, string>, string)> DeleteAccountFormAsync(Owner who) =>
        (who.Client, await FormAsync(who.Client, "/konto", "form[action*=delete]"), Form(("ConfirmPassword", TestUsers.Password)), "/konto");

    private static async Task<IHtmlFormElement> FormAsync(HttpClient client, string url, string selector)
    {
        using var page = await client.GetAsync(url);
        Assert.True(page.IsSuccessStatusCode, $"GET {url} gave {(int)page.StatusCode}");
        var doc = await Forms.ParseAsync(page, url);
        return doc.QuerySelector(selector) as IHtmlFormElement ?? throw new Xunit.Sdk.XunitException($"No form '{selector}' on {url}");
    }

    /// <summary>Every post is prepared first (signed in, antiforgery token in hand); then all are released together.</summary>
    private static async Task<(HttpStatusCode Status, string Body)[]> RaceAsync(
        IEnumerable<(HttpClient Client, IHtmlFormElement Form, Dictionary<string, string> Values, string Url)> posts)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = posts.Select(async p =>
        {
            await start.Task;
            using var response = await p.Client.PostFormAsync(p.Form, p.Values, p.Url);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }).ToList();
        start.SetResult();
        return await Task.WhenAll(running);
    }

    /// <summary>
    /// The winner is redirected; the loser sees the refusal, or, when the winner's change came first, is no longer an
    /// owner (403) or removes someone already gone (404). Never a 5xx.
    /// </summary>
    private static void AssertEachLoserWasToldWhy((HttpStatusCode Status, string Body)[] results)
    {
        Assert.DoesNotContain(results, r => (int)r.Status >= 500);
        Assert.All(results, r => Assert.True(
            r.Status is HttpStatusCode.Redirect or HttpStatusCode.Forbidden or HttpStatusCode.NotFound
            || (r.Status == HttpStatusCode.OK
                && (r.Body.Contains("Tiltaket må ha minst én eier.", StringComparison.Ordinal) || r.Body.Contains("Du er eneste eier av et tiltak.", StringComparison.Ordinal))),
            $"Unexpected answer {(int)r.Status}"));
    }

    private async Task AssertEveryInitiativeHasAnOwnerAsync(List<(int Id, string Slug, Owner A, Owner B)> rounds)
    {
        var ids = rounds.Select(r => r.Id).ToList();
        var owners = await factory.WithDbAsync(db => db.InitiativeMembers.Where(m => ids.Contains(m.InitiativeId) && m.Role == MemberRole.Owner)
            .GroupBy(m => m.InitiativeId).Select(g => new { Id = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Id, g => g.Count));
        Assert.All(rounds, r => Assert.True(owners.GetValueOrDefault(r.Id) >= 1, $"{r.Slug} has no owner left"));
    }
}

public sealed class HardeningRaceTestsOnSqlite(SqliteAppFactory f) : HardeningRaceTests(f), IClassFixture<SqliteAppFactory>;

public sealed class HardeningRaceTestsOnPostgres(PostgresAppFactory f) : HardeningRaceTests(f), IClassFixture<PostgresAppFactory>;
