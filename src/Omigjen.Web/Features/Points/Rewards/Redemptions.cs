using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Points.Codes;
using Omigjen.Web.Features.Points.Issuers;
using Omigjen.Web.Features.Points.Ledger;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Points.Rewards;

public enum RedeemOutcome
{
    Done,
    NotFound,
    NotValidNow,
    NotEnoughPoints,
    SoldOut,
}

public sealed record RedeemResult(RedeemOutcome Outcome, string? VoucherCode = null)
{
    public string? Refusal => Outcome switch
    {
        RedeemOutcome.NotFound => L.T("Belønningen finnes ikke lenger.", "The reward no longer exists."),
        RedeemOutcome.NotValidNow => L.T("Belønningen kan ikke løses inn nå (utenfor gyldighetstiden).", "The reward cannot be redeemed now (outside its validity)."),
        RedeemOutcome.NotEnoughPoints => L.T("Du har ikke nok poeng til denne belønningen.", "You do not have enough points for this reward."),
        RedeemOutcome.SoldOut => L.T("Belønningen er dessverre tom. Noen rakk den siste før deg.", "The reward is sold out. Someone took the last one before you."),
        _ => null,
    };
}

/// <summary>
/// Redeems a reward for points. One transaction: the resident's account row is bumped first (it locks, so one
/// resident's redemptions run one at a time), the balance is read from the ledger, the stock is lowered with a guarded
/// update (the last unit goes to one person), and the voucher and the debit are written.
/// </summary>
public sealed partial class Redemptions(AppDbContext db, MunicipalClock clock, ILogger<Redemptions> logger)
{
    private const int MaxAttempts = 6;

    public async Task<RedeemResult> RedeemAsync(string userId, int rewardId, CancellationToken ct)
    {
        var today = clock.Today;
        var reward = await db.Rewards.AsNoTracking().Where(r => r.Id == rewardId && !r.Withdrawn)
            .Where(r => r.InitiativeId == null || db.PointsIssuers.Active().Any(i => i.InitiativeId == r.InitiativeId))
            .FirstOrDefaultAsync(ct);
        if (reward is null) return new(RedeemOutcome.NotFound);
        if ((reward.ValidFrom is { } from && today < from) || (reward.ValidTo is { } to && today > to)) return new(RedeemOutcome.NotValidNow);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryRedeemAsync(userId, reward, ct);
            }
            catch (Exception e) when (attempt < MaxAttempts && (DatabaseErrors.IsTransient(e) || e is DbUpdateException))
            {
                db.ChangeTracker.Clear();
                LogRetry(logger, e);
            }
        }
    }

    private async Task<RedeemResult> TryRedeemAsync(string userId, Reward reward, CancellationToken ct)
    {
        var now = clock.Now.UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlAsync($"INSERT INTO \"PointsAccounts\" (\"UserId\", \"Redemptions\") VALUES ({userId}, 0) ON CONFLICT DO NOTHING", ct);
        await db.PointsAccounts.Where(a => a.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Redemptions, a => a.Redemptions + 1), ct);
        var balance = await PointsLedger.BalanceAsync(db, userId, now, ct);
        if (balance.Available < reward.PointsPrice)
        {
            await tx.RollbackAsync(ct);
            return new(RedeemOutcome.NotEnoughPoints);
        }
        if (await db.Rewards.Where(r => r.Id == reward.Id && r.Stock > 0).ExecuteUpdateAsync(s => s.SetProperty(r => r.Stock, r => r.Stock - 1), ct) == 0)
        {
            await tx.RollbackAsync(ct);
            return new(RedeemOutcome.SoldOut);
        }
        var code = CodeAlphabet.New(CodeAlphabet.VoucherLength);
        db.Vouchers.Add(new Voucher { RewardId = reward.Id, UserId = userId, Code = code, PointsPaid = reward.PointsPrice, IssuedAt = now });
        db.PointsEntries.Add(new PointsEntry
        {
            UserId = userId, Kind = PointsEntryKind.Redemption, Points = -reward.PointsPrice, InitiativeId = reward.InitiativeId, At = now,
            SourceKey = "voucher:" + code,
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new(RedeemOutcome.Done, code);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A redemption ran into a lock conflict and is tried again")]
    private static partial void LogRetry(ILogger logger, Exception exception);
}
