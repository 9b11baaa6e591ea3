using System.Net;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Intake.Allocation;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Features.Intake.Partners;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Intake;

/// <summary>The administrator approves partners with their agreements and pickup plans, and picks the allocation rule.</summary>
public abstract class PartnerAdminTests(AppFactory factory)
{
    private async Task<HttpClient> AdminAsync()
    {
        var email = $"admin-{Guid.NewGuid():N}@eksempel.no";
        await factory.CreateAsync(email, admin: true);
        return await factory.SignedInClientAsync(email);
    }

    private Task<int> NewInitiativeAsync(string name) => factory.WithDbAsync(async db =>
    {
        var initiative = new Initiative { Slug = "til-partner-" + Guid.NewGuid().ToString("N")[..10], Name = name, Version = 1, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
        db.Initiatives.Add(initiative);
        await db.SaveChangesAsync();
        return initiative.Id;
    });

    [Fact]
    public async Task An_administrator_approves_a_partner_with_its_agreement_and_plan_and_the_partner_sees_it()
    {
        factory.Clock.Now = TestClock.Default;
        var admin = await AdminAsync();
        var initiativeId = await NewInitiativeAsync("Gjenbruksverkstedet");
        var (stationId, _) = await factory.StationAsync("Planveien gjenvinningsstasjon");

        using (var bad = await admin.SubmitAsync("/admin/stasjoner/partnere/ny", new Dictionary<string, string>
        {
            ["InitiativeId"] = "", ["Form.StartsOn"] = "2026-12-31", ["Form.EndsOn"] = "2026-01-01", ["Form.ReturnToUse"] = "", ["Form.FirstPick[]"] = "sykler",
        }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            var summary = (await Forms.ParseAsync(bad, "/admin/stasjoner/partnere/ny")).QuerySelector("#feil")!.TextContent;
            foreach (var expected in new[]
                     {
                         "Tiltak: velg tiltaket som skal bli partner.", "Til dato: må være samme dag som fra dato eller senere.",
                         "Tilbake til bruk: beskriv hvordan varene kommer i bruk igjen", "Kategorier: velg minst én kategori", "Førsterett: kan bare gis på kategorier partneren vil ha.",
                     })
                Assert.Contains(expected, summary, StringComparison.Ordinal);
        }
        Assert.False(await factory.WithDbAsync(db => db.IntakePartners.AnyAsync(p => p.InitiativeId == initiativeId)));

        using var created = await admin.SubmitAsync("/admin/stasjoner/partnere/ny", new Dictionary<string, string>
        {
            ["InitiativeId"] = initiativeId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Form.Agreement"] = "ShortTerm",
            ["Form.StartsOn"] = "2026-12-01", ["Form.EndsOn"] = "2027-05-31", ["Form.NonProfit"] = "true",
            ["Form.ReturnToUse"] = "Repareres og selges i verkstedets butikk.", ["Form.Categories[]"] = "sykler|verktoy", ["Form.FirstPick[]"] = "sykler",
        });
        Assert.Equal(HttpStatusCode.Found, created.StatusCode);
        var editUrl = created.Headers.Location!.OriginalString.Split('?')[0];
        var partner = await factory.WithDbAsync(db => db.IntakePartners.AsNoTracking().Include(p => p.Categories).SingleAsync(p => p.InitiativeId == initiativeId));
        Assert.Equal(AgreementKind.ShortTerm, partner.Agreement);
        Assert.Equal(new DateOnly(2027, 5, 31), partner.EndsOn);
        Assert.True(partner.NonProfit);
        Assert.Equal([IntakeCategory.Bikes, IntakeCategory.Tools], partner.Categories.Select(c => c.Category).Order());
        Assert.True(partner.Categories.Single(c => c.Category == IntakeCategory.Bikes).FirstPick);
        Assert.False(partner.Categories.Single(c => c.Category == IntakeCategory.Tools).FirstPick);

        // Approving the same initiative again is refused by name.
        using (var twice = await admin.SubmitAsync("/admin/stasjoner/partnere/ny", new Dictionary<string, string>
        {
            ["InitiativeId"] = initiativeId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Form.ReturnToUse"] = "x", ["Form.Categories[]"] = "sykler",
        }))
            Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);

        // A fortnightly pickup on Wednesdays; a date on another weekday is refused.
        using (var wrongDay = await admin.SubmitAsync(editUrl, new Dictionary<string, string>
        {
            ["PlanStation"] = stationId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["PlanWeekday"] = "Wednesday", ["PlanFrom"] = "2026-12-03",
        }, "#plan-form"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrongDay.StatusCode);
            Assert.Contains("Første henting: datoen må falle på den valgte ukedagen.", (await Forms.ParseAsync(wrongDay, editUrl)).QuerySelector("#feil")!.TextContent, StringComparison.Ordinal);
        }
        using (var plan = await admin.SubmitAsync(editUrl, new Dictionary<string, string>
        {
            ["PlanStation"] = stationId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["PlanWeekday"] = "Wednesday", ["PlanFrom"] = "2026-12-02",
            ["PlanFortnightly"] = "true",
        }, "#plan-form"))
            Assert.Equal(HttpStatusCode.Found, plan.StatusCode);
        var saved = await factory.WithDbAsync(db => db.IntakePickupPlans.AsNoTracking().SingleAsync(p => p.PartnerId == partner.Id));
        Assert.Equal((stationId, DayOfWeek.Wednesday, true, new DateOnly(2026, 12, 2)), (saved.StationId, saved.Weekday, saved.Fortnightly, saved.FromDate));

        // The partner's members see the agreement and the plan.
        var email = $"medlem-{Guid.NewGuid():N}@eksempel.no";
        var user = await factory.CreateAsync(email);
        await factory.AddMemberAsync(initiativeId, user.Id, Omigjen.Web.Features.Initiatives.Members.MemberRole.Editor);
        var slug = await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Id == initiativeId).Select(i => i.Slug).SingleAsync());
        var portal = (await (await factory.SignedInClientAsync(email)).GetDocumentAsync($"/portal/{slug}/hentinger")).Body!.TextContent;
        Assert.Contains("Kortvarig avtale, 2026-12-01 – 2027-05-31", portal, StringComparison.Ordinal);
        Assert.Contains("Sykler (førsterett)", portal, StringComparison.Ordinal);
        Assert.Contains("Planveien gjenvinningsstasjon: onsdag, annenhver uke", portal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rule_the_administrator_picks_is_used_and_stated_on_the_public_page()
    {
        factory.Clock.Now = TestClock.Default;
        var admin = await AdminAsync();
        using (var bad = await admin.SubmitAsync("/admin/stasjoner/fordeling", new Dictionary<string, string> { ["Rule"] = "Lottery" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Contains("Regel: velg rotasjon eller færrest kg.", (await Forms.ParseAsync(bad, "/admin/stasjoner/fordeling")).QuerySelector("#feil")!.TextContent, StringComparison.Ordinal);
        }
        using (var saved = await admin.SubmitAsync("/admin/stasjoner/fordeling", new Dictionary<string, string> { ["Rule"] = "Rotation" }))
            Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        var page = (await factory.CreateClient().GetDocumentAsync("/ombruk-fra-stasjonene")).Body!.TextContent;
        Assert.Contains("rotasjon: den som har ventet lengst", page, StringComparison.Ordinal);

        var (stationId, _) = await factory.StationAsync();
        var a = await factory.PartnerAsync("Rotasjon A", [IntakeCategory.Decor]);
        var b = await factory.PartnerAsync("Rotasjon B", [IntakeCategory.Decor]);
        var lot = await factory.LotAsync(stationId, IntakeCategory.Decor, kg: 2m);
        await factory.AnnounceAsync(lot);
        Assert.Equal(ClaimOutcome.Claimed, await factory.ClaimAsync(b.InitiativeId, lot));
        factory.Clock.Now += TimeSpan.FromMinutes(1);
        Assert.Equal(ClaimOutcome.Claimed, await factory.ClaimAsync(a.InitiativeId, lot));
        factory.Clock.Now += TimeSpan.FromHours(25);
        Assert.True(await factory.AllocateAsync(lot));
        var decision = await factory.WithDbAsync(db => db.AllocationDecisions.AsNoTracking().SingleAsync(d => d.LotId == lot));
        Assert.Equal(AllocationRule.Rotation, decision.Rule);
        Assert.Equal(b.PartnerId, decision.PartnerId); // neither had a lot before: the earlier claim wins
        Assert.Contains("Rotasjon B meldte interesse først", decision.ReasonNb, StringComparison.Ordinal);

        // Set back, so the other tests of the class see the default again.
        using var back = await admin.SubmitAsync("/admin/stasjoner/fordeling", new Dictionary<string, string> { ["Rule"] = "FewestKg" });
        Assert.Equal(HttpStatusCode.Found, back.StatusCode);
    }
}

public sealed class PartnerAdminTestsOnSqlite(SqliteAppFactory f) : PartnerAdminTests(f), IClassFixture<SqliteAppFactory>;

public sealed class PartnerAdminTestsOnPostgres(PostgresAppFactory f) : PartnerAdminTests(f), IClassFixture<PostgresAppFactory>;
