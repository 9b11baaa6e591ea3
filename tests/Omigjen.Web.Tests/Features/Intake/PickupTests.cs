using System.Net;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Features.Intake.Pickups;
using Omigjen.Web.Features.Intake.Pickups.Notices;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Intake;

/// <summary>
/// Standing pickups: made by the intake job from the plans (weekly, fortnightly, within the agreement, once), the lots a
/// plan takes attached, cancelled by either side with who and why (the lots announced, the other side told), confirmed
/// by the partner with kg per category (once, also when two confirm at once), and missed two days after.
/// </summary>
public abstract class PickupTests(AppFactory factory)
{
    // TestClock.Default is Wednesday 2 December 2026, noon in Oslo.
    private static readonly DateOnly Today = new(2026, 12, 2);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private Task<IntakeLot> LotRowAsync(long id) => factory.WithDbAsync(db => db.IntakeLots.AsNoTracking().SingleAsync(l => l.Id == id));

    private Task<StandingPickup> PickupAsync(long id) => factory.WithDbAsync(db => db.StandingPickups.AsNoTracking().SingleAsync(p => p.Id == id));

    [Fact]
    public async Task The_job_makes_the_next_14_days_of_pickups_weekly_fortnightly_within_the_agreement_and_only_once()
    {
        factory.Clock.Now = TestClock.Default;
        var (stationId, _) = await factory.StationAsync();
        var partner = await factory.PartnerAsync("Planlagt henter", [IntakeCategory.Books]);
        var ending = await factory.PartnerAsync("Avtale slutter snart", [IntakeCategory.Books], endsOn: Today.AddDays(6));
        var weekly = await factory.PlanAsync(partner.PartnerId, stationId, new DateOnly(2026, 11, 4));
        var fortnightly = await factory.PlanAsync(partner.PartnerId, stationId, new DateOnly(2026, 11, 26), fortnightly: true);
        var later = await factory.PlanAsync(partner.PartnerId, stationId, new DateOnly(2026, 12, 14));
        var untilEnd = await factory.PlanAsync(ending.PartnerId, stationId, new DateOnly(2026, 11, 6));

        var first = await factory.RunIntakeJobAsync();
        Assert.True(first.PickupsAdded >= 5, first.ToString());
        Assert.Equal(new[] { Today, Today.AddDays(7) }, (await factory.PickupsOfAsync(weekly)).Select(p => p.Date));
        Assert.Equal(new[] { new DateOnly(2026, 12, 10) }, (await factory.PickupsOfAsync(fortnightly)).Select(p => p.Date));
        Assert.Equal(new[] { new DateOnly(2026, 12, 14) }, (await factory.PickupsOfAsync(later)).Select(p => p.Date));
        Assert.Equal(new[] { new DateOnly(2026, 12, 4) }, (await factory.PickupsOfAsync(untilEnd)).Select(p => p.Date));
        var all = await factory.PickupsOfAsync(weekly);
        Assert.All(all, p => Assert.Equal(PickupState.Planned, p.State));
        Assert.All(all, p => Assert.Equal((partner.PartnerId, stationId), (p.PartnerId, p.StationId)));

        // Twice, and twice at the same moment: nothing more.
        await Task.WhenAll(factory.RunIntakeJobAsync(), factory.RunIntakeJobAsync(), factory.RunIntakeJobAsync());
        Assert.Equal(2, (await factory.PickupsOfAsync(weekly)).Count);
        Assert.Single(await factory.PickupsOfAsync(fortnightly));

        // A week on, the window has moved: the weekly plan has a third; the agreement that ended adds nothing.
        factory.Clock.Now += TimeSpan.FromDays(7);
        await factory.RunIntakeJobAsync();
        Assert.Equal(new[] { Today, Today.AddDays(7), Today.AddDays(14) }, (await factory.PickupsOfAsync(weekly)).Select(p => p.Date));
        Assert.Single(await factory.PickupsOfAsync(fortnightly));
        Assert.Single(await factory.PickupsOfAsync(untilEnd));
        // Nine days on, the fortnightly plan's next day (24 December) is inside the window.
        factory.Clock.Now += TimeSpan.FromDays(2);
        await factory.RunIntakeJobAsync();
        Assert.Equal(new[] { new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 24) }, (await factory.PickupsOfAsync(fortnightly)).Select(p => p.Date));
    }

    [Fact]
    public async Task The_partner_confirms_the_kg_taken_once_with_bilingual_errors_for_bad_numbers_and_the_lots_are_collected()
    {
        factory.Clock.Now = TestClock.Default;
        var (stationId, _) = await factory.StationAsync();
        var partner = await factory.PartnerAsync("Bruktbutikken Vest", [IntakeCategory.LargeFurniture, IntakeCategory.Textiles]);
        var plan = await factory.PlanAsync(partner.PartnerId, stationId, Today);
        var sofa = await factory.LotAsync(stationId, IntakeCategory.LargeFurniture, kg: 40m, count: 1);
        var clothes = await factory.LotAsync(stationId, IntakeCategory.Textiles, kg: 10m, count: 3);
        factory.Clock.Now += TimeSpan.FromMinutes(3);
        await factory.RunIntakeJobAsync();
        var pickup = Assert.Single(await factory.PickupsOfAsync(plan), p => p.Date == Today);
        Assert.Equal((LotState.PlannedForPickup, (long?)pickup.Id), ((await LotRowAsync(sofa)).State, (await LotRowAsync(sofa)).PickupId));
        Assert.Equal(pickup.Id, (await LotRowAsync(clothes)).PickupId);

        var member = await factory.SignedInClientAsync(partner.OwnerEmail);
        var url = $"/portal/{partner.Slug}/hentinger";
        var page = await member.GetDocumentAsync(url);
        var furniture = PickupForm.FieldOf(IntakeCategory.LargeFurniture);
        var textiles = PickupForm.FieldOf(IntakeCategory.Textiles);
        Assert.NotNull(page.QuerySelector($"form[action*='handler=confirmpickup'] input[name='{furniture}']"));
        Assert.NotNull(page.QuerySelector($"form[action*='handler=confirmpickup'] input[name='{textiles}']"));
        var furnitureRow = IntakeCategories.Of(IntakeCategory.LargeFurniture);
        var textilesRow = IntakeCategories.Of(IntakeCategory.Textiles);

        using (var negative = await member.PostPickupAsync(url, "confirmpickup", pickup.Id, [new(furniture, "-5"), new(textiles, "9,5")]))
        {
            Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
            var summary = (await Forms.ParseAsync(negative, url)).QuerySelector("#feil")!.TextContent;
            Assert.Contains($"{furnitureRow.Nb} (kg): kan ikke være under 0.", summary, StringComparison.Ordinal);
        }
        using (var tooMuch = await member.PostPickupAsync(url, "confirmpickup", pickup.Id, [new(furniture, "40"), new(textiles, "2500")], "&lang=en"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
            var summary = (await Forms.ParseAsync(tooMuch, url)).QuerySelector("#feil")!.TextContent;
            Assert.Contains($"{textilesRow.En} (kg): enter a number from 0 to 2000 kg", summary, StringComparison.Ordinal);
        }
        Assert.Equal(PickupState.Planned, (await PickupAsync(pickup.Id)).State);
        Assert.Equal(0, await factory.WithDbAsync(db => db.PickupTaken.CountAsync(t => t.PickupId == pickup.Id)));

        using (var done = await member.PostPickupAsync(url, "confirmpickup", pickup.Id, [new(furniture, "38"), new(textiles, "9,5")]))
            Assert.Equal(HttpStatusCode.Found, done.StatusCode);
        using (var again = await member.PostPickupAsync(url, "confirmpickup", pickup.Id, [new(furniture, "1"), new(textiles, "1")]))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
            // The earlier request chose English for this client.
            Assert.Contains("Pickup: this pickup was already confirmed.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        var taken = await factory.WithDbAsync(db => db.PickupTaken.AsNoTracking().Where(t => t.PickupId == pickup.Id).ToListAsync());
        Assert.Equal(new[] { (IntakeCategory.LargeFurniture, 38m), (IntakeCategory.Textiles, 9.5m) }, taken.Select(t => (t.Category, t.Kg)).OrderBy(t => t.Kg).Reverse());
        Assert.Equal(PickupState.Done, (await PickupAsync(pickup.Id)).State);
        Assert.Equal(LotState.Collected, (await LotRowAsync(sofa)).State);
        Assert.Equal(LotState.Collected, (await LotRowAsync(clothes)).State);
    }

    [Fact]
    public async Task Two_members_confirming_at_once_give_one_outcome()
    {
        factory.Clock.Now = TestClock.Default;
        var (stationId, _) = await factory.StationAsync();
        var partner = await factory.PartnerAsync("Samtidig henter", [IntakeCategory.Tools]);
        var plan = await factory.PlanAsync(partner.PartnerId, stationId, Today);
        await factory.RunIntakeJobAsync();
        var pickup = (await factory.PickupsOfAsync(plan))[0];
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runs = Enumerable.Range(1, 10).Select(async i =>
        {
            await start.Task;
            return await factory.WithAsync<PickupReport, ReportOutcome>(r =>
                r.ConfirmAsync(pickup.Id, partner.PartnerId, new Dictionary<IntakeCategory, decimal> { [IntakeCategory.Tools] = i }, null));
        }).ToList();
        start.SetResult();
        var outcomes = await Task.WhenAll(runs);
        Assert.Single(outcomes, o => o == ReportOutcome.Done);
        Assert.All(outcomes, o => Assert.True(o is ReportOutcome.Done or ReportOutcome.AlreadyDone, o.ToString()));
        Assert.Equal(1, await factory.WithDbAsync(db => db.PickupTaken.CountAsync(t => t.PickupId == pickup.Id)));

        // Another partner cannot confirm it, and a pickup in the future cannot be confirmed yet.
        var other = await factory.PartnerAsync("Annen partner", [IntakeCategory.Tools]);
        var next = (await factory.PickupsOfAsync(plan))[1];
        Assert.Equal(ReportOutcome.NotFound, await factory.WithAsync<PickupReport, ReportOutcome>(r => r.ConfirmAsync(next.Id, other.PartnerId, new Dictionary<IntakeCategory, decimal>(), null)));
        Assert.Equal(ReportOutcome.NotOpen, await factory.WithAsync<PickupReport, ReportOutcome>(r => r.ConfirmAsync(next.Id, partner.PartnerId, new Dictionary<IntakeCategory, decimal>(), null)));
    }

    [Fact]
    public async Task The_station_or_the_partner_cancels_with_a_reason_the_lots_are_announced_and_the_other_side_is_told()
    {
        factory.Clock.Now = TestClock.Default;
        var (stationId, slug) = await factory.StationAsync("Avlysningsveien gjenvinningsstasjon");
        var (staff, _, staffEmail) = await factory.StaffAsync(stationId);
        var partner = await factory.PartnerAsync("Hentelaget", [IntakeCategory.Garden]);
        var other = await factory.PartnerAsync("Hageringen", [IntakeCategory.Garden]);
        var plan = await factory.PlanAsync(partner.PartnerId, stationId, Today);
        var lot = await factory.LotAsync(stationId, IntakeCategory.Garden, kg: 12m);
        factory.Clock.Now += TimeSpan.FromMinutes(3);
        await factory.RunIntakeJobAsync();
        var pickups = await factory.PickupsOfAsync(plan);
        Assert.Equal(pickups[0].Id, (await LotRowAsync(lot)).PickupId);

        // The station: a reason is required.
        var stationUrl = $"/stasjon/{slug}/fordeling";
        Assert.NotNull((await staff.GetDocumentAsync(stationUrl)).QuerySelector($"form[action*='handler=cancelpickup'] input[value='{pickups[0].Id}']"));
        using (var noReason = await staff.PostPickupAsync(stationUrl, "cancelpickup", pickups[0].Id, [new("CancelReason", "  ")]))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
            Assert.Contains("Grunn: skriv hvorfor hentingen avlyses", (await Forms.ParseAsync(noReason, stationUrl)).QuerySelector("#feil")!.TextContent, StringComparison.Ordinal);
        }
        using (var cancelled = await staff.PostPickupAsync(stationUrl, "cancelpickup", pickups[0].Id, [new("CancelReason", "Stengt på grunn av strømbrudd")]))
            Assert.Equal(HttpStatusCode.Found, cancelled.StatusCode);
        var row = await PickupAsync(pickups[0].Id);
        Assert.Equal((PickupState.Cancelled, (PickupSide?)PickupSide.Station, "Stengt på grunn av strømbrudd"), (row.State, row.CancelledBy, row.CancelReason));
        Assert.NotNull(row.CancelledById);
        Assert.Equal(LotState.Announced, (await LotRowAsync(lot)).State);
        var announcedTo = await factory.WithDbAsync(db => db.Notices.AsNoTracking()
            .Where(n => n.Data.Contains($"\"lotId\":{lot},")).Select(n => n.Recipient).ToListAsync());
        Assert.Contains(other.OwnerEmail, announcedTo);
        var told = await factory.WithDbAsync(db => db.Notices.AsNoTracking()
            .Where(n => n.Kind == PickupCancelledNotice.Name && n.Data.Contains($"\"pickupId\":{row.Id},")).Select(n => n.Recipient).ToListAsync());
        Assert.Equal(new[] { partner.OwnerEmail }, told);
        using (var twice = await staff.PostPickupAsync(stationUrl, "cancelpickup", pickups[0].Id, [new("CancelReason", "Igjen")]))
            Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);

        // The partner cancels next week's pickup on its own page; the station's staff are told.
        var member = await factory.SignedInClientAsync(partner.OwnerEmail);
        var portal = $"/portal/{partner.Slug}/hentinger";
        using (var byPartner = await member.PostPickupAsync(portal, "cancelpickup", pickups[1].Id, [new("CancelReason", "Bilen er på verksted")]))
            Assert.Equal(HttpStatusCode.Found, byPartner.StatusCode);
        row = await PickupAsync(pickups[1].Id);
        Assert.Equal((PickupState.Cancelled, (PickupSide?)PickupSide.Partner, "Bilen er på verksted"), (row.State, row.CancelledBy, row.CancelReason));
        told = await factory.WithDbAsync(db => db.Notices.AsNoTracking()
            .Where(n => n.Kind == PickupCancelledNotice.Name && n.Data.Contains($"\"pickupId\":{row.Id},")).Select(n => n.Recipient).ToListAsync());
        Assert.Equal(new[] { staffEmail }, told);
        var mail = await factory.Mail.LatestToAsync(staffEmail);
        Assert.Contains("Bilen er på verksted", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(Iso(Today.AddDays(7)), mail.Subject, StringComparison.Ordinal);

        // Another partner cannot cancel it.
        var otherMember = await factory.SignedInClientAsync(other.OwnerEmail);
        using var forged = await otherMember.PostPickupAsync($"/portal/{other.Slug}/hentinger", "cancelpickup", pickups[0].Id, [new("CancelReason", "Ikke vår")]);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
    }

    [Fact]
    public async Task A_pickup_still_planned_two_days_after_is_missed_its_lots_are_announced_and_the_admin_sees_kept_and_missed()
    {
        factory.Clock.Now = TestClock.Default;
        var (stationId, _) = await factory.StationAsync();
        var partner = await factory.PartnerAsync("Glemsk henter", [IntakeCategory.Kitchen]);
        var plan = await factory.PlanAsync(partner.PartnerId, stationId, Today);
        var lot = await factory.LotAsync(stationId, IntakeCategory.Kitchen, kg: 6m);
        factory.Clock.Now += TimeSpan.FromMinutes(3);
        await factory.RunIntakeJobAsync();
        var pickup = (await factory.PickupsOfAsync(plan))[0];

        factory.Clock.Now = TestClock.Default.AddDays(1);
        await factory.RunIntakeJobAsync();
        Assert.Equal(PickupState.Planned, (await PickupAsync(pickup.Id)).State);
        Assert.Equal(LotState.PlannedForPickup, (await LotRowAsync(lot)).State);
        factory.Clock.Now = TestClock.Default.AddDays(2);
        await factory.RunIntakeJobAsync();
        Assert.Equal(PickupState.Missed, (await PickupAsync(pickup.Id)).State);
        Assert.Equal(LotState.Announced, (await LotRowAsync(lot)).State);
        // A missed pickup cannot be confirmed afterwards.
        Assert.Equal(ReportOutcome.NotOpen, await factory.WithAsync<PickupReport, ReportOutcome>(r =>
            r.ConfirmAsync(pickup.Id, partner.PartnerId, new Dictionary<IntakeCategory, decimal> { [IntakeCategory.Kitchen] = 1m }, null)));

        // The next one is kept.
        factory.Clock.Now = TestClock.Default.AddDays(7);
        await factory.RunIntakeJobAsync();
        var next = (await factory.PickupsOfAsync(plan))[1];
        Assert.Equal(ReportOutcome.Done, await factory.WithAsync<PickupReport, ReportOutcome>(r =>
            r.ConfirmAsync(next.Id, partner.PartnerId, new Dictionary<IntakeCategory, decimal> { [IntakeCategory.Kitchen] = 3m }, null)));

        var email = $"admin-{Guid.NewGuid():N}@eksempel.no";
        await factory.CreateAsync(email, admin: true);
        var admin = await factory.SignedInClientAsync(email);
        var page = await admin.GetDocumentAsync("/admin/stasjoner/partnere");
        var cells = page.QuerySelectorAll("tr").First(r => r.TextContent.Contains("Glemsk henter", StringComparison.Ordinal)).QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
        Assert.Equal(("1", "1"), (cells[^2], cells[^1]));
    }
}

public sealed class PickupTestsOnSqlite(SqliteAppFactory f) : PickupTests(f), IClassFixture<SqliteAppFactory>;

public sealed class PickupTestsOnPostgres(PostgresAppFactory f) : PickupTests(f), IClassFixture<PostgresAppFactory>;
