using System.Net;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Points.Issuers;
using Omigjen.Web.Tests.Features.Reservations;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Infrastructure.PortalTestData;

namespace Omigjen.Web.Tests.Features.Points;

/// <summary>The municipality runs the programme: rules, joining, suspension from the fraud report, each in the audit log.</summary>
public abstract class PointsAdminTests(AppFactory factory)
{
    private async Task<HttpClient> AdminAsync()
    {
        var email = ReservationTestData.NewEmail("admin");
        await factory.CreateAsync(email, admin: true);
        return await factory.SignedInClientAsync(email);
    }

    private Task<List<string>> AuditAsync(string prefix) =>
        factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Kind.StartsWith(prefix)).OrderBy(a => a.Id).Select(a => a.Kind + ": " + a.Detail).ToListAsync());

    [Fact]
    public async Task Rules_are_changed_with_an_audit_entry_and_bad_numbers_are_refused_in_both_languages()
    {
        using var admin = await AdminAsync();
        using var bad = await admin.SubmitAsync("/admin/poeng", Form(("Values[LoanPoints]", "mange")));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Poeng for et lån: skriv et helt tall fra 0 til 10000.", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var saved = await admin.SubmitAsync("/admin/poeng", Form(("Values[LoanPoints]", "25"), ("Values[CodeLifetimeMinutes]", "10")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var rules = await factory.WithDbAsync(db => db.PointsRules.AsNoTracking().SingleAsync());
        Assert.Equal((25, 10, 10), (rules.LoanPoints, rules.CodeLifetimeMinutes, rules.BuyingUsedPoints));
        Assert.Contains(await AuditAsync("points-rules"), a => a.Contains("LoanPoints: 10 → 25", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_initiative_asks_to_join_is_approved_and_is_suspended_from_the_fraud_report()
    {
        var (id, slug) = await factory.InitiativeAsync(4);
        var owner = ReservationTestData.NewEmail("eier");
        var user = await factory.CreateAsync(owner);
        await factory.AddMemberAsync(id, user.Id, Omigjen.Web.Features.Initiatives.Members.MemberRole.Owner);
        using var staff = await factory.SignedInClientAsync(owner);
        using (var asked = await staff.SubmitAsync($"/portal/{slug}/poeng", null, "form[action*=join]"))
            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        // Not approved yet: no code.
        using (var early = await staff.GetAsync($"/portal/{slug}/poeng"))
            Assert.DoesNotContain("handler=issue", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var admin = await AdminAsync();
        using (var approved = await admin.SubmitAsync("/admin/poeng/utstedere", null, $"main form:has(input[name=initiativeId][value='{id}'])"))
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(IssuerStatus.Approved, await factory.WithDbAsync(db => db.PointsIssuers.Where(i => i.InitiativeId == id).Select(i => i.Status).SingleAsync()));
        var (resident, _) = await factory.ResidentAsync();
        using (var claimed = await resident.SubmitAsync("/poeng/" + await factory.CodeAsync(id))) Assert.Equal(HttpStatusCode.Redirect, claimed.StatusCode);

        using var report = await admin.GetAsync("/admin/poeng/misbruk");
        var page = await Forms.ParseAsync(report, "/admin/poeng/misbruk");
        var row = page.QuerySelector($"tr[data-initiative='{id}']")!;
        Assert.Contains("1 / 1", row.TextContent, StringComparison.Ordinal);
        using (var suspended = await admin.SubmitAsync("/admin/poeng/misbruk", null, $"main form:has(input[name=initiativeId][value='{id}'])"))
            Assert.Equal(HttpStatusCode.Redirect, suspended.StatusCode);
        Assert.Equal(IssuerStatus.Suspended, await factory.WithDbAsync(db => db.PointsIssuers.Where(i => i.InitiativeId == id).Select(i => i.Status).SingleAsync()));
        Assert.Equal(["points-issuer-requested: ", "points-issuer-approved: ", "points-issuer-suspended: "], await AuditAsync("points-issuer"));
    }
}

public sealed class PointsAdminTestsOnSqlite(SqliteAppFactory f) : PointsAdminTests(f), IClassFixture<SqliteAppFactory>;

public sealed class PointsAdminTestsOnPostgres(PostgresAppFactory f) : PointsAdminTests(f), IClassFixture<PostgresAppFactory>;
