using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Points.Issuers;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Points.Rewards;

/// <summary>
/// The counter's view of a voucher: only the reward and whether it is still valid, never who holds it. An initiative
/// accepts its own rewards' vouchers, and the municipality's when it is an active issuer.
/// </summary>
public sealed class VoucherDesk(AppDbContext db, MunicipalClock clock)
{
    public sealed record Seen(long Id, string RewardTitle, bool Used);

    public async Task<Seen?> LookUpAsync(int initiativeId, string code, CancellationToken ct)
    {
        var activeHere = await db.PointsIssuers.Active().AnyAsync(i => i.InitiativeId == initiativeId, ct);
        var found = await db.Vouchers.AsNoTracking().Where(v => v.Code == code)
            .Select(v => new { v.Id, v.Reward!.TitleNb, v.Reward.TitleEn, v.Reward.InitiativeId, v.UsedAt }).FirstOrDefaultAsync(ct);
        if (found is null) return null;
        var acceptedHere = found.InitiativeId == initiativeId || (found.InitiativeId is null && activeHere);
        return acceptedHere ? new Seen(found.Id, L.T(found.TitleNb, found.TitleEn), found.UsedAt is not null) : null;
    }

    /// <summary>Marks the voucher used; false when it already was (two at the counter at once: one wins).</summary>
    public async Task<bool> MarkUsedAsync(int initiativeId, Seen voucher, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(voucher);
        var now = clock.Now.UtcDateTime;
        return await db.Vouchers.Where(v => v.Id == voucher.Id && v.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.UsedAt, now).SetProperty(v => v.UsedAtInitiativeId, initiativeId), ct) == 1;
    }
}
