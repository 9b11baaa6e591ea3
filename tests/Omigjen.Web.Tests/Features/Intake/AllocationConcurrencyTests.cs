using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Intake.Allocation;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Intake;

/// <summary>
/// The races of extra lots, each at the same moment on the real database: fifty partners claim one lot; one partner
/// claims twice; the allocation runs twice; two station staff confirm one pickup. One outcome each time.
/// </summary>
public abstract class AllocationConcurrencyTests(AppFactory factory)
{
    private const int Partners = 50;

    private static async Task<T[]> AllAtOnceAsync<T>(IEnumerable<Func<Task<T>>> work)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = work.Select(async w =>
        {
            await start.Task;
            return await w();
        }).ToList();
        start.SetResult();
        return await Task.WhenAll(tasks);
    }

    [Fact]
    public async Task Fifty_partners_claiming_one_lot_at_once_leave_one_claim_each_and_a_repeated_claim_stays_one()
    {
        factory.Clock.Now = TestClock.Default;
        var (stationId, _) = await factory.StationAsync();
        var partners = new List<(int PartnerId, int InitiativeId, string Slug, string OwnerEmail)>();
        foreach (var batch in Enumerable.Range(0, Partners).Chunk(10))
            partners.AddRange(await Task.WhenAll(batch.Select(i => factory.PartnerAsync($"Kappløp {i:00}", [IntakeCategory.ChildrenToys]))));
        var lot = await factory.LotAsync(stationId, IntakeCategory.ChildrenToys, kg: 12m);
        Assert.Equal(AnnounceOutcome.Announced, await factory.AnnounceAsync(lot));

        var outcomes = await AllAtOnceAsync(partners.Select(p => (Func<Task<ClaimOutcome>>)(() => factory.ClaimAsync(p.InitiativeId, lot))));
        Assert.All(outcomes, o => Assert.Equal(ClaimOutcome.Claimed, o));
        var claims = await factory.WithDbAsync(db => db.LotClaims.AsNoTracking().Where(c => c.LotId == lot).Select(c => c.PartnerId).ToListAsync());
        Assert.Equal(partners.Select(p => p.PartnerId).Order(), claims.Order());
        Assert.Equal(Partners, await factory.WithDbAsync(db => db.LotAnnouncements.Where(a => a.LotId == lot).Select(a => a.Claims).SingleAsync()));

        // One partner's members press the button at the same moment: one row, and the others are told it is there.
        var lot2 = await factory.LotAsync(stationId, IntakeCategory.ChildrenToys, kg: 5m);
        Assert.Equal(AnnounceOutcome.Announced, await factory.AnnounceAsync(lot2));
        var same = partners[0].InitiativeId;
        var repeated = await AllAtOnceAsync(Enumerable.Range(0, 10).Select(_ => (Func<Task<ClaimOutcome>>)(() => factory.ClaimAsync(same, lot2))));
        Assert.Single(repeated, o => o == ClaimOutcome.Claimed);
        Assert.All(repeated, o => Assert.True(o is ClaimOutcome.Claimed or ClaimOutcome.AlreadyClaimed, o.ToString()));
        Assert.Equal(1, await factory.WithDbAsync(db => db.LotClaims.CountAsync(c => c.LotId == lot2)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.LotAnnouncements.Where(a => a.LotId == lot2).Select(a => a.Claims).SingleAsync()));
    }

    [Fact]
    public async Task The_allocation_run_twice_at_once_decides_once()
    {
        factory.Clock.Now = TestClock.Default;
        var (stationId, _) = await factory.StationAsync();
        var a = await factory.PartnerAsync("Dobbel A", [IntakeCategory.Tools]);
        var b = await factory.PartnerAsync("Dobbel B", [IntakeCategory.Tools]);
        var lots = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            var lot = await factory.LotAsync(stationId, IntakeCategory.Tools, kg: 5m + i);
            Assert.Equal(AnnounceOutcome.Announced, await factory.AnnounceAsync(lot));
            Assert.Equal(ClaimOutcome.Claimed, await factory.ClaimAsync(a.InitiativeId, lot));
            Assert.Equal(ClaimOutcome.Claimed, await factory.ClaimAsync(b.InitiativeId, lot));
            lots.Add(lot);
        }
        factory.Clock.Now += TimeSpan.FromHours(25);
        foreach (var lot in lots)
        {
            var runs = await AllAtOnceAsync([() => factory.AllocateAsync(lot), () => factory.AllocateAsync(lot), () => factory.AllocateAsync(lot)]);
            Assert.Single(runs, r => r);
            Assert.Equal(1, await factory.WithDbAsync(db => db.AllocationDecisions.CountAsync(d => d.LotId == lot)));
        }
        // Two whole job runs at once on top: every lot still due (other tests' lots) is decided by exactly one of them.
        var now = factory.Clock.Now.UtcDateTime;
        var due = await factory.WithDbAsync(db => db.LotAnnouncements.CountAsync(a => a.ClosedAt == null && a.ClaimsCloseAt <= now));
        var jobs = await AllAtOnceAsync([() => factory.RunIntakeJobAsync(), () => factory.RunIntakeJobAsync()]);
        Assert.Equal(due, jobs.Sum(j => j.Allocated));
        Assert.Equal(0, await factory.WithDbAsync(db => db.LotAnnouncements.CountAsync(a => a.ClosedAt == null && a.ClaimsCloseAt <= now)));
        Assert.Equal(await factory.WithDbAsync(db => db.LotAnnouncements.CountAsync(a => a.ClosedAt != null)), await factory.WithDbAsync(db => db.AllocationDecisions.CountAsync()));
        Assert.Equal(lots.Count, await factory.WithDbAsync(db => db.AllocationDecisions.CountAsync(d => lots.Contains(d.LotId))));
    }

    [Fact]
    public async Task Two_station_staff_confirming_one_pickup_at_once_give_one_confirmation()
    {
        factory.Clock.Now = TestClock.Default;
        var (stationId, _) = await factory.StationAsync();
        var (first, _) = await factory.StaffMemberAsync(stationId);
        var (second, _) = await factory.StaffMemberAsync(stationId);
        var partner = await factory.PartnerAsync("Hentes én gang", [IntakeCategory.Garden]);
        for (var round = 0; round < 5; round++)
        {
            factory.Clock.Now = TestClock.Default;
            var lot = await factory.LotAsync(stationId, IntakeCategory.Garden, kg: 8m);
            Assert.Equal(AnnounceOutcome.Announced, await factory.AnnounceAsync(lot));
            Assert.Equal(ClaimOutcome.Claimed, await factory.ClaimAsync(partner.InitiativeId, lot));
            factory.Clock.Now += TimeSpan.FromHours(25);
            Assert.True(await factory.AllocateAsync(lot));
            var outcomes = await AllAtOnceAsync([
                () => factory.WithAsync<PickupConfirmation, ConfirmOutcome>(c => c.ConfirmAsync(stationId, lot, first)),
                () => factory.WithAsync<PickupConfirmation, ConfirmOutcome>(c => c.ConfirmAsync(stationId, lot, second)),
            ]);
            Assert.Single(outcomes, o => o == ConfirmOutcome.Confirmed);
            Assert.Single(outcomes, o => o == ConfirmOutcome.AlreadyConfirmed);
            var decision = await factory.WithDbAsync(db => db.AllocationDecisions.AsNoTracking().SingleAsync(d => d.LotId == lot));
            Assert.Contains(decision.ConfirmedById, new[] { first, second });
            Assert.Equal(LotState.Collected, await factory.WithDbAsync(db => db.IntakeLots.Where(l => l.Id == lot).Select(l => l.State).SingleAsync()));
        }
    }
}

public sealed class AllocationConcurrencyTestsOnSqlite(SqliteAppFactory f) : AllocationConcurrencyTests(f), IClassFixture<SqliteAppFactory>;

public sealed class AllocationConcurrencyTestsOnPostgres(PostgresAppFactory f) : AllocationConcurrencyTests(f), IClassFixture<PostgresAppFactory>;
