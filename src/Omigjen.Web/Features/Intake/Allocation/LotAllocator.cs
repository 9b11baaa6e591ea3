using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Omigjen.OpeningHours;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Intake.Allocation.Notices;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Features.Reservations;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Intake.Allocation;

/// <summary>
/// Allocates announced lots whose claims window has closed, by the rule in force, and moves unclaimed lots down the
/// cascade (the public, then recycling). Each allocation first closes its announcement with a guarded update, so two
/// runs at once (two nodes, the job and a test) decide once; the decision's unique index on the lot backs it up. The
/// partner that gets a lot is told by e-mail in the same transaction.
/// </summary>
public sealed class LotAllocator(AppDbContext db, NoticeWriter outbox, MunicipalClock clock, TimeProvider time, IOptions<IntakeOptions> options)
{
    /// <summary>The rule in force: the administrator's latest choice, or fewest kg when none was made.</summary>
    public static async Task<(AllocationRule Rule, DateTime? Since)> RuleAsync(AppDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var latest = await db.AllocationRuleChanges.AsNoTracking().OrderByDescending(r => r.ChangedAt).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        return latest is null ? (AllocationRule.FewestKg, null) : (latest.Rule, latest.ChangedAt);
    }

    /// <summary>Allocates every lot whose window has closed; returns how many this call decided.</summary>
    public async Task<int> AllocateDueAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.LotAnnouncements.AsNoTracking().Where(a => a.ClosedAt == null && a.ClaimsCloseAt <= now)
            .OrderBy(a => a.ClaimsCloseAt).Select(a => a.LotId).Take(500).ToListAsync(ct);
        var decided = 0;
        foreach (var lotId in due)
            if (await AllocateAsync(lotId, ct)) decided++;
        return decided;
    }

    /// <summary>Decides one lot; false when its window is still open or another run decided it.</summary>
    public async Task<bool> AllocateAsync(long lotId, CancellationToken ct = default)
    {
        var now = LotAnnouncer.WholeMilliseconds(time.GetUtcNow().UtcDateTime);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var closed = await db.LotAnnouncements.Where(a => a.LotId == lotId && a.ClosedAt == null && a.ClaimsCloseAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ClosedAt, (DateTime?)now), ct);
        if (closed == 0)
        {
            await tx.RollbackAsync(ct);
            return false;
        }
        var lot = await db.IntakeLots.AsNoTracking().SingleAsync(l => l.Id == lotId, ct);
        var (rule, _) = await RuleAsync(db, ct);
        var candidates = await CandidatesAsync(lot, now, ct);
        var choice = AllocationRules.Choose(candidates, rule, lot.Category);
        db.AllocationDecisions.Add(new AllocationDecision
        {
            LotId = lot.Id, StationId = lot.StationId, Category = lot.Category, WeightKg = lot.WeightKg, PartnerId = choice.PartnerId, Rule = rule,
            Claims = candidates.Count, DecidedAt = now, ReasonNb = choice.ReasonNb, ReasonEn = choice.ReasonEn,
        });
        await db.SaveChangesAsync(ct);
        if (choice.PartnerId is { } winner) await TellWinnerAsync(lot, winner, choice, ct);
        var next = choice.PartnerId is null ? LotState.ToThePublic : LotState.Allocated;
        await db.IntakeLots.Where(l => l.Id == lotId && l.State == LotState.Announced).ExecuteUpdateAsync(s => s.SetProperty(l => l.State, next), ct);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>Lots offered to the public for longer than <see cref="IntakeOptions.PublicDays"/> go to recycling.</summary>
    public Task<int> SendToRecyclingAsync(CancellationToken ct = default)
    {
        var before = time.GetUtcNow().UtcDateTime - options.Value.PublicPeriod;
        return db.IntakeLots.Where(l => l.State == LotState.ToThePublic && db.AllocationDecisions.Any(d => d.LotId == l.Id && d.DecidedAt <= before))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.State, LotState.ToRecycling), ct);
    }

    private async Task TellWinnerAsync(IntakeLot lot, int partnerId, AllocationChoice choice, CancellationToken ct)
    {
        var station = await db.Stations.AsNoTracking().Where(s => s.Id == lot.StationId).Select(s => new { s.Name, s.Address }).SingleAsync(ct);
        var initiative = await db.IntakePartners.AsNoTracking().Where(p => p.Id == partnerId)
            .Join(db.Initiatives, p => p.InitiativeId, i => i.Id, (p, i) => new { i.Id, i.Slug }).SingleAsync(ct);
        var row = IntakeCategories.Of(lot.Category);
        var data = new LotAllocatedData(lot.Id, station.Name, station.Address, row.Nb, row.En, lot.Count, lot.WeightKg, choice.ReasonNb, choice.ReasonEn, initiative.Slug);
        foreach (var address in await ReservationView.ActorAddressesAsync(db, initiative.Id, ct))
            outbox.Add(LotAllocatedNotice.Name, address, Language.Nb, data);
        await db.SaveChangesAsync(ct);
    }

    private async Task<List<AllocationCandidate>> CandidatesAsync(IntakeLot lot, DateTime now, CancellationToken ct)
    {
        var since = now - AllocationRules.FewestKgPeriod;
        var claims = await (from c in db.LotClaims.AsNoTracking()
                            join p in db.IntakePartners on c.PartnerId equals p.Id
                            join i in db.Initiatives on p.InitiativeId equals i.Id
                            where c.LotId == lot.Id
                            select new
                            {
                                c.PartnerId, i.Name, c.ClaimedAt,
                                FirstPick = db.IntakePartnerCategories.Any(x => x.PartnerId == p.Id && x.Category == lot.Category && x.FirstPick),
                            }).ToListAsync(ct);
        var ids = claims.Select(c => c.PartnerId).ToList();
        var history = await db.AllocationDecisions.AsNoTracking()
            .Where(d => d.PartnerId != null && ids.Contains(d.PartnerId.Value) && d.Category == lot.Category && d.LotId != lot.Id)
            .GroupBy(d => d.PartnerId!.Value)
            .Select(g => new { PartnerId = g.Key, Last = g.Max(d => d.DecidedAt), Kg = g.Sum(d => d.DecidedAt >= since ? (double)d.WeightKg : 0.0) })
            .ToListAsync(ct);
        return claims.Select(c =>
        {
            var h = history.FirstOrDefault(x => x.PartnerId == c.PartnerId);
            DateOnly? last = h is null ? null : DateOnly.FromDateTime(clock.ToLocal(h.Last).DateTime);
            return new AllocationCandidate(c.PartnerId, c.Name, c.ClaimedAt, c.FirstPick, Math.Round((decimal)(h?.Kg ?? 0.0), 3), last);
        }).ToList();
    }
}
