using System.Net;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Intake.Allocation;
using Omigjen.Web.Features.Intake.Allocation.Notices;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Intake;

/// <summary>
/// Extra lots from announcement to pickup: who is told, who may claim and until when, how the rule decides and says why,
/// the station's confirmation, the cascade to the public and to recycling, and the public figures.
/// </summary>
public abstract class AllocationTests(AppFactory factory)
{
    private static readonly TimeSpan PastWindow = TimeSpan.FromHours(25);

    private Task<IntakeLot> LotRowAsync(long id) => factory.WithDbAsync(db => db.IntakeLots.AsNoTracking().SingleAsync(l => l.Id == id));

    private Task<AllocationDecision> DecisionAsync(long lotId) => factory.WithDbAsync(db => db.AllocationDecisions.AsNoTracking().SingleAsync(d => d.LotId == lotId));

    [Fact]
    public async Task An_announced_lot_tells_every_eligible_partner_and_the_rule_gives_it_to_the_one_with_fewest_kg_with_its_reason()
    {
        factory.Clock.Now = TestClock.Default;
        var (stationId, _) = await factory.StationAsync("Fordelingsveien gjenvinningsstasjon");
        var a = await factory.PartnerAsync("Klesbanken Asker", [IntakeCategory.Textiles, IntakeCategory.Books]);
        var b = await factory.PartnerAsync("Tekstilringen Røyken", [IntakeCategory.Textiles]);
        var booksOnly = await factory.PartnerAsync("Bokbussen", [IntakeCategory.Books]);
        var ended = await factory.PartnerAsync("Gammel avtale", [IntakeCategory.Textiles], endsOn: new DateOnly(2026, 11, 30));

        // A got a lot of clothes earlier, so B has fewer kg when the next one is shared.
        var earlier = await factory.LotAsync(stationId, IntakeCategory.Textiles, kg: 30m);
        Assert.Equal(AnnounceOutcome.Announced, await factory.AnnounceAsync(earlier));
        Assert.Equal(ClaimOutcome.Claimed, await factory.ClaimAsync(a.InitiativeId, earlier));
        factory.Clock.Now += PastWindow;
        Assert.True(await factory.AllocateAsync(earlier));
        Assert.Equal(a.PartnerId, (await DecisionAsync(earlier)).PartnerId);

        var lot = await factory.LotAsync(stationId, IntakeCategory.Textiles, kg: 24m, count: 3);
        Assert.Equal(AnnounceOutcome.Announced, await factory.AnnounceAsync(lot));
        Assert.Equal(AnnounceOutcome.AlreadyAnnounced, await factory.AnnounceAsync(lot));
        var told = await factory.WithDbAsync(db => db.Notices.AsNoTracking()
            .Where(n => n.Kind == LotAnnouncedNotice.Name && n.Data.Contains($"\"lotId\":{lot},")).Select(n => n.Recipient).ToListAsync());
        Assert.Contains(a.OwnerEmail, told);
        Assert.Contains(b.OwnerEmail, told);
        Assert.DoesNotContain(booksOnly.OwnerEmail, told);
        Assert.DoesNotContain(ended.OwnerEmail, told);
        Assert.Equal(told.Count, told.Distinct().Count());
        var mail = await factory.Mail.LatestToAsync(b.OwnerEmail);
        Assert.Contains("Ekstra parti: Klær og tekstil", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Extra lot: Clothes and textiles", mail.Subject, StringComparison.Ordinal);

        Assert.Equal(ClaimOutcome.Claimed, await factory.ClaimAsync(a.InitiativeId, lot));
        factory.Clock.Now += TimeSpan.FromMinutes(5);
        Assert.Equal(ClaimOutcome.Claimed, await factory.ClaimAsync(b.InitiativeId, lot));
        Assert.Equal(ClaimOutcome.AlreadyClaimed, await factory.ClaimAsync(b.InitiativeId, lot));
        Assert.Equal(ClaimOutcome.NotEligible, await factory.ClaimAsync(booksOnly.InitiativeId, lot));
        Assert.Equal(ClaimOutcome.NotEligible, await factory.ClaimAsync(ended.InitiativeId, lot));

        // Not before the window closes, then once.
        Assert.False(await factory.AllocateAsync(lot));
        factory.Clock.Now += PastWindow;
        var late = await factory.PartnerAsync("Sent ute", [IntakeCategory.Textiles]);
        Assert.Equal(ClaimOutcome.WindowClosed, await factory.ClaimAsync(late.InitiativeId, lot));
        var run = await factory.RunIntakeJobAsync();
        Assert.True(run.Allocated >= 1);
        Assert.False(await factory.AllocateAsync(lot));

        var decision = await DecisionAsync(lot);
        Assert.Equal(b.PartnerId, decision.PartnerId);
        Assert.Equal(AllocationRule.FewestKg, decision.Rule);
        Assert.Equal(2, decision.Claims);
        Assert.Contains("2 partnere meldte interesse.", decision.ReasonNb, StringComparison.Ordinal);
        Assert.Contains("Tekstilringen Røyken hadde fått 0 kg.", decision.ReasonNb, StringComparison.Ordinal);
        Assert.Contains("Tekstilringen Røyken had received 0 kg.", decision.ReasonEn, StringComparison.Ordinal);
        Assert.Equal(LotState.Allocated, (await LotRowAsync(lot)).State);
        var won = await factory.Mail.LatestToAsync(b.OwnerEmail, atLeast: 3); // two announcements, then the allocation
        Assert.Contains("Dere fikk partiet: Klær og tekstil", won.Subject, StringComparison.Ordinal);
        Assert.Contains("Fordelingsveien gjenvinningsstasjon (Testveien 1, 1383 Asker)", won.TextBody, StringComparison.Ordinal);
        Assert.Contains("Tekstilringen Røyken had received 0 kg.", won.TextBody, StringComparison.Ordinal);

        // The public page shows the rule, the kg per partner and the decision with its reason; the CSV has the month.
        var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/ombruk-fra-stasjonene?ar=2026");
        var text = page.Body!.TextContent;
        Assert.Contains("færrest kg", text, StringComparison.Ordinal);
        Assert.Contains("Tekstilringen Røyken hadde fått 0 kg.", page.QuerySelector($"#parti-{lot}")!.TextContent, StringComparison.Ordinal);
        var row = page.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("Tekstilringen Røyken", StringComparison.Ordinal));
        Assert.Contains("24", row.QuerySelector("td[data-label=des]")!.TextContent, StringComparison.Ordinal);
        var csv = await client.GetStringAsync("/ombruk-fra-stasjonene?handler=csv&ar=2026");
        Assert.StartsWith("year,month,partner,non_profit,category,category_nb,kg\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("2026,12,Tekstilringen Røyken,yes,klaer,Klær og tekstil,24\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("2026,12,Klesbanken Asker,yes,klaer,Klær og tekstil,30\r\n", csv, StringComparison.Ordinal);

        // The partner sees it on its own page.
        var member = await factory.SignedInClientAsync(b.OwnerEmail);
        var portal = await member.GetDocumentAsync($"/portal/{b.Slug}/hentinger");
        Assert.Contains("Venter på henting.", portal.QuerySelector($"#lot-{lot}")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_portal_claim_refuses_an_ineligible_or_late_claim_with_a_bilingual_error()
    {
        factory.Clock.Now = TestClock.Default;
        var (stationId, _) = await factory.StationAsync();
        var wants = await factory.PartnerAsync("Sykkelhjelpen", [IntakeCategory.Bikes]);
        var other = await factory.PartnerAsync("Bokhylla", [IntakeCategory.Books]);
        var lot = await factory.LotAsync(stationId, IntakeCategory.Bikes, kg: 15m, count: 1);
        Assert.Equal(AnnounceOutcome.Announced, await factory.AnnounceAsync(lot));

        var member = await factory.SignedInClientAsync(wants.OwnerEmail);
        var url = $"/portal/{wants.Slug}/hentinger";
        using (var claimed = await member.SubmitAsync(url, new Dictionary<string, string>(), $"form[action*='handler=claim']:has(input[value='{lot}'])"))
            Assert.Equal(HttpStatusCode.Found, claimed.StatusCode);
        Assert.Contains("Meldt", (await member.GetDocumentAsync(url)).Body!.TextContent, StringComparison.Ordinal);

        // A partner whose agreement does not have bikes is not offered the lot, and a forged claim is refused.
        var otherMember = await factory.SignedInClientAsync(other.OwnerEmail);
        var otherUrl = $"/portal/{other.Slug}/hentinger";
        Assert.Null((await otherMember.GetDocumentAsync(otherUrl)).QuerySelector($"input[name=LotId][value='{lot}']"));
        using (var refused = await PostClaimAsync(otherMember, otherUrl, lot))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var summary = (await Forms.ParseAsync(refused, otherUrl)).QuerySelector("#feil")!.TextContent;
            Assert.Contains("Parti: avtalen deres gjelder ikke denne kategorien i dag, så dere kan ikke melde interesse.", summary, StringComparison.Ordinal);
        }

        factory.Clock.Now += PastWindow;
        var late = await factory.PartnerAsync("For sent", [IntakeCategory.Bikes]);
        var lateMember = await factory.SignedInClientAsync(late.OwnerEmail);
        using (var closed = await PostClaimAsync(lateMember, $"/portal/{late.Slug}/hentinger", lot))
        {
            Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
            var summary = (await Forms.ParseAsync(closed, $"/portal/{late.Slug}/hentinger")).QuerySelector("#feil")!.TextContent;
            Assert.Contains("Parti: fristen for å melde interesse er ute.", summary, StringComparison.Ordinal);
        }
        using (var closedEn = await PostAsync(lateMember, $"/portal/{late.Slug}/hentinger", "claim", lot, "&lang=en"))
        {
            Assert.Equal(HttpStatusCode.Conflict, closedEn.StatusCode);
            var summary = (await Forms.ParseAsync(closedEn, $"/portal/{late.Slug}/hentinger")).QuerySelector("#feil")!.TextContent;
            Assert.Contains("Lot: the window for claims has closed.", summary, StringComparison.Ordinal);
        }
        Assert.Equal(1, await factory.WithDbAsync(db => db.LotClaims.CountAsync(c => c.LotId == lot)));
    }

    [Fact]
    public async Task The_station_confirms_the_pickup_once()
    {
        factory.Clock.Now = TestClock.Default;
        var (stationId, slug) = await factory.StationAsync();
        var (staff, _, _) = await factory.StaffAsync(stationId);
        var partner = await factory.PartnerAsync("Møbelringen", [IntakeCategory.LargeFurniture]);
        var lot = await factory.LotAsync(stationId, IntakeCategory.LargeFurniture, kg: 40m, count: 1);

        // Staff announce it from the station's page.
        using (var announced = await staff.SubmitAsync($"/stasjon/{slug}/fordeling", new Dictionary<string, string>(), $"form[action*='handler=announce']:has(input[value='{lot}'])"))
            Assert.Equal(HttpStatusCode.Found, announced.StatusCode);
        Assert.Equal(LotState.Announced, (await LotRowAsync(lot)).State);
        Assert.Equal(ClaimOutcome.Claimed, await factory.ClaimAsync(partner.InitiativeId, lot));
        factory.Clock.Now += PastWindow;
        Assert.True(await factory.AllocateAsync(lot));

        var url = $"/stasjon/{slug}/fordeling";
        var page = await staff.GetDocumentAsync(url);
        Assert.Contains("Møbelringen", page.Body!.TextContent, StringComparison.Ordinal);
        using (var confirmed = await staff.SubmitAsync(url, new Dictionary<string, string>(), $"form[action*='handler=confirm']:has(input[value='{lot}'])"))
            Assert.Equal(HttpStatusCode.Found, confirmed.StatusCode);
        using (var again = await PostAsync(staff, url, "confirm", lot))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
            Assert.Contains("Hentingen var allerede bekreftet.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(LotState.Collected, (await LotRowAsync(lot)).State);
        Assert.NotNull((await DecisionAsync(lot)).ConfirmedAt);
    }

    [Fact]
    public async Task An_unclaimed_lot_is_given_away_at_the_station_with_its_hours_and_later_goes_to_recycling()
    {
        factory.Clock.Now = TestClock.Default;
        var (stationId, slug) = await factory.StationAsync("Gis bort-stasjonen");
        var lot = await factory.LotAsync(stationId, IntakeCategory.PetSupplies, kg: 3m, count: 2);
        Assert.Equal(AnnounceOutcome.Announced, await factory.AnnounceAsync(lot));
        factory.Clock.Now += PastWindow;
        await factory.RunIntakeJobAsync();
        Assert.Equal(LotState.ToThePublic, (await LotRowAsync(lot)).State);
        var decision = await DecisionAsync(lot);
        Assert.Null(decision.PartnerId);
        Assert.Contains("No partner claimed it", decision.ReasonEn, StringComparison.Ordinal);

        var client = factory.CreateClient();
        var page = await client.GetDocumentAsync($"/gis-bort/{slug}");
        Assert.Contains("2 × Dyreutstyr", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Man", page.QuerySelector("dl")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("gis bort til publikum", (await client.GetDocumentAsync("/ombruk-fra-stasjonene")).QuerySelector($"#parti-{lot}")!.TextContent, StringComparison.Ordinal);

        factory.Clock.Now += TimeSpan.FromDays(6);
        await factory.RunIntakeJobAsync();
        Assert.Equal(LotState.ToThePublic, (await LotRowAsync(lot)).State);
        factory.Clock.Now += TimeSpan.FromDays(2);
        Assert.True((await factory.RunIntakeJobAsync()).ToRecycling >= 1);
        Assert.Equal(LotState.ToRecycling, (await LotRowAsync(lot)).State);
        Assert.DoesNotContain("Dyreutstyr", (await client.GetDocumentAsync($"/gis-bort/{slug}")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_lot_waits_for_a_plan_that_takes_it_that_day_and_is_announced_by_itself_otherwise()
    {
        factory.Clock.Now = TestClock.Default;
        var (stationId, _) = await factory.StationAsync();
        var planned = await factory.PartnerAsync("Fast henter", [IntakeCategory.SmallFurniture]);
        await factory.WithDbAsync(async db =>
        {
            var today = new DateOnly(2026, 12, 2);
            db.IntakePickupPlans.Add(new Omigjen.Web.Features.Intake.Partners.PickupPlan { PartnerId = planned.PartnerId, StationId = stationId, Weekday = today.DayOfWeek, FromDate = today });
            return await db.SaveChangesAsync();
        });
        await factory.PartnerAsync("Kjøkkenpartner", [IntakeCategory.Kitchen]);
        var chair = await factory.LotAsync(stationId, IntakeCategory.SmallFurniture, kg: 8m, count: 1);
        var pots = await factory.LotAsync(stationId, IntakeCategory.Kitchen, kg: 4m, count: 1);

        // Inside the undo window nothing moves.
        await factory.RunIntakeJobAsync();
        Assert.Equal(LotState.Registered, (await LotRowAsync(chair)).State);
        factory.Clock.Now += TimeSpan.FromMinutes(3);
        await factory.RunIntakeJobAsync();
        Assert.Equal(LotState.PlannedForPickup, (await LotRowAsync(chair)).State);
        Assert.Equal(LotState.Announced, (await LotRowAsync(pots)).State);
        var announcement = await factory.WithDbAsync(db => db.LotAnnouncements.AsNoTracking().SingleAsync(a => a.LotId == pots));
        Assert.True(announcement.Automatic);
        Assert.Null(announcement.AnnouncedById);
        Assert.Equal(TimeSpan.FromHours(24), announcement.ClaimsCloseAt - announcement.AnnouncedAt);
    }

    private static async Task<HttpResponseMessage> PostClaimAsync(HttpClient client, string url, long lotId) => await PostAsync(client, url, "claim", lotId);

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string handler, long lotId, string query = "")
    {
        using var page = await client.GetAsync(url);
        var token = (await Forms.ParseAsync(page, url)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("LotId", lotId.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        return await client.PostAsync($"{url}?handler={handler}{query}", content);
    }
}

public sealed class AllocationTestsOnSqlite(SqliteAppFactory f) : AllocationTests(f), IClassFixture<SqliteAppFactory>;

public sealed class AllocationTestsOnPostgres(PostgresAppFactory f) : AllocationTests(f), IClassFixture<PostgresAppFactory>;
