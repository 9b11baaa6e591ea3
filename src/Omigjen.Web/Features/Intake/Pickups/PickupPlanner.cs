using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Intake.Allocation;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Features.Intake.Partners;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Intake.Pickups;

/// <summary>
/// The intake job's part for standing pickups: makes the pickups of the next <see cref="Days"/> days from the plans,
/// attaches the lots a plan takes to that day's pickup, announces lots whose pickup was cancelled or missed, and marks
/// pickups still planned two days after their date as missed. Every write is guarded, so two runs at once agree.
/// </summary>
public sealed class PickupPlanner(AppDbContext db, LotAnnouncer announcer, MunicipalClock clock, TimeProvider time)
{
    public const int Days = 14;
    public const int MissedAfterDays = 2;

    /// <summary>Pickups for today and the next 13 days of every plan whose agreement is in force that day. Returns how many were added.</summary>
    public async Task<int> GenerateAsync(CancellationToken ct = default)
    {
        var today = clock.Today;
        var last = today.AddDays(Days - 1);
        var plans = await db.IntakePickupPlans.AsNoTracking()
            .Join(db.IntakePartners.Where(p => p.WithdrawnAt == null && p.EndsOn >= today && p.StartsOn <= last), pl => pl.PartnerId, p => p.Id,
                (pl, p) => new { Plan = pl, p.StartsOn, p.EndsOn })
            .ToListAsync(ct);
        var planIds = plans.Select(p => p.Plan.Id).ToList();
        var existing = (await db.StandingPickups.AsNoTracking().Where(p => planIds.Contains(p.PlanId) && p.Date >= today && p.Date <= last)
            .Select(p => new { p.PlanId, p.Date }).ToListAsync(ct)).Select(p => (p.PlanId, p.Date)).ToHashSet();
        var now = LotAnnouncer.WholeMilliseconds(time.GetUtcNow().UtcDateTime);
        var added = 0;
        foreach (var p in plans)
        {
            for (var day = today; day <= last; day = day.AddDays(1))
            {
                if (!PartnerRules.RunsOn(p.Plan, day) || day < p.StartsOn || day > p.EndsOn || existing.Contains((p.Plan.Id, day))) continue;
                db.StandingPickups.Add(new StandingPickup
                {
                    PlanId = p.Plan.Id, PartnerId = p.Plan.PartnerId, StationId = p.Plan.StationId, Date = day, State = PickupState.Planned, CreatedAt = now,
                });
                try
                {
                    await db.SaveChangesAsync(ct);
                    added++;
                }
                catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e, "IX_IntakeStandingPickups_PlanId_Date", "IntakeStandingPickups.Date"))
                {
                    // Another run made this one a moment ago.
                    db.ChangeTracker.Clear();
                }
            }
        }
        return added;
    }

    /// <summary>
    /// Lots waiting for a pickup: attached to the planned pickup at their station on the day they were registered, by a
    /// partner that wants the category; announced when there is none (cancelled, missed or done already). Returns
    /// (attached, announced).
    /// </summary>
    public async Task<(int Attached, int Announced)> AttachLotsAsync(CancellationToken ct = default)
    {
        var lots = await db.IntakeLots.AsNoTracking().Active()
            .Where(l => l.State == LotState.PlannedForPickup
                        && (l.PickupId == null || db.StandingPickups.Any(p => p.Id == l.PickupId && p.State != PickupState.Planned && p.State != PickupState.Done)))
            .OrderBy(l => l.Id).Take(200).Select(l => new { l.Id, l.StationId, l.Category, l.RegisteredAt, l.PickupId }).ToListAsync(ct);
        var (attached, announced) = (0, 0);
        foreach (var l in lots)
        {
            if (l.PickupId is null)
            {
                var day = DateOnly.FromDateTime(clock.ToLocal(l.RegisteredAt).DateTime);
                var pickup = await db.StandingPickups.AsNoTracking()
                    .Where(p => p.StationId == l.StationId && p.Date == day && p.State == PickupState.Planned
                                && db.IntakePartnerCategories.Any(c => c.PartnerId == p.PartnerId && c.Category == l.Category))
                    .OrderBy(p => p.Id).Select(p => (long?)p.Id).FirstOrDefaultAsync(ct);
                if (pickup is { } id)
                {
                    attached += await db.IntakeLots.Where(x => x.Id == l.Id && x.State == LotState.PlannedForPickup && x.PickupId == null)
                        .ExecuteUpdateAsync(s => s.SetProperty(x => x.PickupId, id), ct);
                    continue;
                }
            }
            if (await announcer.AnnounceAsync(l.Id, null, ct) == AnnounceOutcome.Announced) announced++;
        }
        return (attached, announced);
    }

    /// <summary>Pickups still planned <see cref="MissedAfterDays"/> days after their date become missed.</summary>
    public Task<int> MarkMissedAsync(CancellationToken ct = default)
    {
        var last = clock.Today.AddDays(-MissedAfterDays);
        var now = LotAnnouncer.WholeMilliseconds(time.GetUtcNow().UtcDateTime);
        return db.StandingPickups.Where(p => p.State == PickupState.Planned && p.Date <= last)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.State, PickupState.Missed).SetProperty(p => p.ClosedAt, (DateTime?)now), ct);
    }
}
