using System.Net;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Points;
using Omigjen.Web.Features.Points.Issuers;
using Omigjen.Web.Tests.Features.Reservations;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Points;

/// <summary>Issuing a code at the counter and claiming it: once only, with a clear message for every refusal.</summary>
public abstract class PointsClaimTests(AppFactory factory)
{
    private const int Residents = 100;

    [Fact]
    public async Task A_hundred_residents_claim_one_code_at_once_and_exactly_one_is_credited()
    {
        var (initiativeId, _, _) = await factory.IssuerAsync(0);
        var code = await factory.CodeAsync(initiativeId);
        var url = "/poeng/" + code;
        var ready = new List<(HttpClient, AngleSharp.Html.Dom.IHtmlFormElement, string)>();
        foreach (var batch in Enumerable.Range(0, Residents).Chunk(10))
        {
            ready.AddRange(await Task.WhenAll(batch.Select(async _ =>
            {
                var (client, _) = await factory.ResidentAsync();
                return (client, await PointsTestData.FormAsync(client, url), url);
            })));
        }

        var results = await PointsTestData.AllAtOnceAsync(ready);

        Assert.DoesNotContain(results, r => (int)r.Status >= 500);
        var winner = Assert.Single(results, r => r.Status == HttpStatusCode.Redirect);
        Assert.StartsWith("/konto/poeng?fikk=10", winner.Location, StringComparison.Ordinal);
        var losers = results.Where(r => r.Status == HttpStatusCode.Conflict).ToList();
        Assert.Equal(Residents - 1, losers.Count);
        Assert.All(losers, l => Assert.Contains("Koden er allerede brukt", l.Body, StringComparison.Ordinal));
        var credits = await factory.WithDbAsync(db => db.PointsEntries.AsNoTracking().Where(e => e.InitiativeId == initiativeId).ToListAsync());
        var credit = Assert.Single(credits);
        Assert.Equal(10, credit.Points);
        foreach (var (client, _, _) in ready) client.Dispose();
    }

    [Fact]
    public async Task The_counter_issues_a_code_with_a_qr_code_and_the_resident_claims_it_by_typing()
    {
        var (initiativeId, slug, owner) = await factory.IssuerAsync(1);
        using var staff = await factory.SignedInClientAsync(owner);
        using var issued = await staff.SubmitAsync($"/portal/{slug}/poeng", PortalTestData.Form(("action", nameof(PointsAction.Loan))), "form[action*=issue]");
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var page = await Forms.ParseAsync(issued, $"/portal/{slug}/poeng");
        Assert.NotNull(page.QuerySelector(".points-qr svg"));
        var code = page.QuerySelector("#issued-code")!.TextContent.Replace("Kode:", "", StringComparison.Ordinal).Trim();
        Assert.Equal(9, code.Length); // "ABCD EFGH"
        Assert.Contains("https://localhost/poeng/" + code.Replace(" ", "", StringComparison.Ordinal), page.QuerySelector(".points-url")!.TextContent, StringComparison.Ordinal);

        var (resident, email) = await factory.ResidentAsync();
        using var shown = await resident.GetAsync("/poeng?kode=" + Uri.EscapeDataString(code.ToLowerInvariant()));
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        var body = await shown.Content.ReadAsStringAsync();
        Assert.Contains("10 poeng fra", body, StringComparison.Ordinal);
        Assert.Contains("Lån", body, StringComparison.Ordinal);
        using var claimed = await resident.SubmitAsync("/poeng?kode=" + Uri.EscapeDataString(code));
        Assert.Equal(HttpStatusCode.Redirect, claimed.StatusCode);
        using var mine = await resident.GetAsync(claimed.Headers.Location!.OriginalString);
        var minePage = await mine.Content.ReadAsStringAsync();
        Assert.Contains("Du fikk 10 poeng.", minePage, StringComparison.Ordinal);
        Assert.Contains("10 poeng", (await Forms.ParseAsync(mine, "/konto/poeng")).QuerySelector("#points-balance")!.TextContent, StringComparison.Ordinal);
        Assert.Single(await factory.EntriesOfAsync(await factory.UserIdAsync(email)));
    }

    [Fact]
    public async Task Expired_used_unknown_suspended_and_own_codes_each_get_their_own_message()
    {
        var (initiativeId, _, owner) = await factory.IssuerAsync(2);
        var (resident, _) = await factory.ResidentAsync();

        using var unknown = await resident.GetAsync("/poeng/ABCDEFGH");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Vi finner ingen kode med disse tegnene", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var expiring = await factory.CodeAsync(initiativeId);
        var start = factory.Clock.Now;
        try
        {
            factory.Clock.Now = start.AddMinutes(16);
            using var expired = await resident.GetAsync("/poeng/" + expiring);
            Assert.Equal(HttpStatusCode.Conflict, expired.StatusCode);
            Assert.Contains("Koden er utløpt", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            factory.Clock.Now = start;
        }

        var once = await factory.CodeAsync(initiativeId);
        using (var first = await resident.SubmitAsync("/poeng/" + once)) Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        using var again = await resident.GetAsync("/poeng/" + once);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Koden er allerede brukt", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var staff = await factory.SignedInClientAsync(owner);
        var own = await factory.CodeAsync(initiativeId);
        using var ownClaim = await staff.GetAsync("/poeng/" + own);
        Assert.Equal(HttpStatusCode.Conflict, ownClaim.StatusCode);
        Assert.Contains("Du er med i tiltaket som ga koden", await ownClaim.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A suspension stops the open codes at once, also a confirm page already on the screen.
        var open = await factory.CodeAsync(initiativeId);
        var form = await PointsTestData.FormAsync(resident, "/poeng/" + open);
        await factory.WithDbAsync(db => db.PointsIssuers.Where(i => i.InitiativeId == initiativeId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, IssuerStatus.Suspended)));
        using var suspended = await resident.PostFormAsync(form, new Dictionary<string, string>(), "/poeng/" + open);
        Assert.Equal(HttpStatusCode.Conflict, suspended.StatusCode);
        Assert.Contains("kan ikke gi poeng nå", await suspended.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.PointsEntries.CountAsync(e => e.InitiativeId == initiativeId)));
    }

    [Fact]
    public async Task A_visitor_who_is_not_signed_in_is_sent_to_sign_in_and_back_to_the_code()
    {
        using var anonymous = factory.NoRedirectClient();
        using var r = await anonymous.GetAsync("/poeng/ABCDEFGH");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var location = r.Headers.Location!.OriginalString;
        Assert.Contains("/konto/logg-inn", location, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString("/poeng/ABCDEFGH"), location, StringComparison.Ordinal);
    }
}

public sealed class PointsClaimTestsOnSqlite(SqliteAppFactory f) : PointsClaimTests(f), IClassFixture<SqliteAppFactory>;

public sealed class PointsClaimTestsOnPostgres(PostgresAppFactory f) : PointsClaimTests(f), IClassFixture<PostgresAppFactory>;
