using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Omigjen.OpeningHours;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Intake.Allocation.Notices;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Features.Intake.Partners;
using Omigjen.Web.Features.Reservations;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Intake.Allocation;

public enum AnnounceOutcome
{
    Announced, AlreadyAnnounced, NotAvailable,
}

/// <summary>
/// Offers a lot to every partner that may have it, at once: the lot moves to <see cref="LotState.Announced"/> with one
/// guarded update (so a second announcement finds nothing to move), its announcement row opens the claims window, and
/// each partner's members get an e-mail through the outbox, all in one transaction.
/// </summary>
public sealed class LotAnnouncer(AppDbContext db, NoticeWriter outbox, MunicipalClock clock, TimeProvider time, IOptions<IntakeOptions> options)
{
    public async Task<AnnounceOutcome> AnnounceAsync(long lotId, string? byUserId, CancellationToken ct = default)
    {
        var now = WholeMilliseconds(time.GetUtcNow().UtcDateTime);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var moved = await db.IntakeLots
            .Where(l => l.Id == lotId && l.UndoneAt == null && l.Safety == null && (l.State == LotState.Registered || l.State == LotState.PlannedForPickup))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.State, LotState.Announced), ct);
        if (moved == 0)
        {
            await tx.RollbackAsync(ct);
            var state = await db.IntakeLots.Where(l => l.Id == lotId).Select(l => (LotState?)l.State).FirstOrDefaultAsync(ct);
            return state == LotState.Announced ? AnnounceOutcome.AlreadyAnnounced : AnnounceOutcome.NotAvailable;
        }
        var lot = await db.IntakeLots.AsNoTracking().SingleAsync(l => l.Id == lotId, ct);
        var station = await db.Stations.AsNoTracking().Where(s => s.Id == lot.StationId).Select(s => s.Name).SingleAsync(ct);
        var partners = await db.IntakePartners.AsNoTracking().Eligible(lot.Category, clock.Today)
            .Join(db.Initiatives, p => p.InitiativeId, i => i.Id, (p, i) => new { i.Id, i.Slug }).OrderBy(p => p.Id).ToListAsync(ct);
        var closes = now + options.Value.ClaimsWindow;
        var row = IntakeCategories.Of(lot.Category);
        foreach (var p in partners)
        {
            var data = new LotAnnouncedData(lot.Id, station, row.Nb, row.En, lot.Count, lot.WeightKg, closes, p.Slug);
            foreach (var address in await ReservationView.ActorAddressesAsync(db, p.Id, ct))
                outbox.Add(LotAnnouncedNotice.Name, address, Language.Nb, data);
        }
        db.LotAnnouncements.Add(new LotAnnouncement
        {
            LotId = lot.Id, AnnouncedAt = now, ClaimsCloseAt = closes, AnnouncedById = byUserId, Automatic = byUserId is null, Partners = partners.Count,
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return AnnounceOutcome.Announced;
    }

    /// <summary>
    /// Registered lots past their undo window: those a pickup plan takes that day wait for it; the rest are announced
    /// (automatically, by nobody). Returns how many were planned and how many announced.
    /// </summary>
    public async Task<(int Planned, int Announced)> SortNewLotsAsync(CancellationToken ct = default)
    {
        var before = time.GetUtcNow().UtcDateTime - LotRules.UndoWindow;
        var lots = await db.IntakeLots.AsNoTracking().Active()
            .Where(l => l.State == LotState.Registered && l.Safety == null && l.RegisteredAt <= before)
            .OrderBy(l => l.Id).Take(200).Select(l => new { l.Id, l.StationId, l.Category, l.RegisteredAt }).ToListAsync(ct);
        var (planned, announced) = (0, 0);
        foreach (var l in lots)
        {
            var day = DateOnly.FromDateTime(clock.ToLocal(l.RegisteredAt).DateTime);
            if (await PartnerRules.PlanTakesAsync(db, l.StationId, l.Category, day, ct))
                planned += await db.IntakeLots.Where(x => x.Id == l.Id && x.State == LotState.Registered)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.State, LotState.PlannedForPickup), ct);
            else if (await AnnounceAsync(l.Id, null, ct) == AnnounceOutcome.Announced)
                announced++;
        }
        return (planned, announced);
    }

    // Whole milliseconds are kept alike by PostgreSQL and SQLite, so a time read back compares equal.
    internal static DateTime WholeMilliseconds(DateTime utc) => utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMillisecond));
}
