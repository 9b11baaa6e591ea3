using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Points.Issuers;
using Omigjen.Web.Features.Points.Ledger;
using Omigjen.Web.Features.Points.Rules;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Points.Codes;

/// <summary>
/// Looks up and claims a code. The claim is one transaction: a conditional update takes the code (still open, not
/// expired, issuer active), the caps are taken, and the ledger entry is written; a claim that loses any step changes
/// nothing. So a code is credited once however many residents press at the same moment.
/// </summary>
public sealed partial class CodeClaims(AppDbContext db, MunicipalClock clock, IEnumerable<IPointsClaimHook> hooks, ILogger<CodeClaims> logger)
{
    private const int MaxAttempts = 6;

    /// <summary>What the code is for, or why it cannot be claimed (for the confirm page).</summary>
    public async Task<ClaimResult> LookUpAsync(string code, string userId, CancellationToken ct) =>
        (await LookUpHashAsync(CodeAlphabet.Hash(code), userId, ct)).Result;

    private async Task<(ClaimResult Result, long Id, int InitiativeId, string? Reference)> LookUpHashAsync(string hash, string userId, CancellationToken ct)
    {
        var found = await db.PointsCodes.AsNoTracking().Where(c => c.CodeHash == hash)
            .Select(c => new
            {
                c.Id, c.InitiativeId, c.Action, c.Points, c.ExpiresAt, c.ClaimedAt, c.Reference,
                Name = db.Initiatives.Where(i => i.Id == c.InitiativeId).Select(i => i.Name).FirstOrDefault(),
                Active = db.PointsIssuers.Active().Any(i => i.InitiativeId == c.InitiativeId),
                Member = db.InitiativeMembers.Any(m => m.InitiativeId == c.InitiativeId && m.UserId == userId),
            }).FirstOrDefaultAsync(ct);
        if (found is null) return (new(ClaimOutcome.Unknown), 0, 0, null);
        var outcome = found.ClaimedAt is not null ? ClaimOutcome.AlreadyUsed
            : found.ExpiresAt <= clock.Now.UtcDateTime ? ClaimOutcome.Expired
            : !found.Active ? ClaimOutcome.IssuerSuspended
            : found.Member ? ClaimOutcome.OwnInitiative
            : ClaimOutcome.Open;
        return (new(outcome, found.Name, found.Action, found.Points), found.Id, found.InitiativeId, found.Reference);
    }

    public async Task<ClaimResult> ClaimAsync(string code, string userId, CancellationToken ct)
    {
        var hash = CodeAlphabet.Hash(code);
        var (seen, id, initiativeId, reference) = await LookUpHashAsync(hash, userId, ct);
        if (seen.Outcome != ClaimOutcome.Open) return seen;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryClaimAsync(hash, id, initiativeId, reference, userId, seen, ct);
            }
            catch (Exception e) when (attempt < MaxAttempts && DatabaseErrors.IsTransient(e))
            {
                db.ChangeTracker.Clear();
                LogRetry(logger, e);
            }
        }
    }

    private async Task<ClaimResult> TryClaimAsync(string hash, long id, int initiativeId, string? reference, string userId, ClaimResult seen, CancellationToken ct)
    {
        var now = clock.Now.UtcDateTime;
        var rules = await db.CurrentAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var taken = await db.PointsCodes
            .Where(c => c.Id == id && c.ClaimedAt == null && c.ExpiresAt > now
                        && db.PointsIssuers.Any(i => i.InitiativeId == c.InitiativeId && i.Status == IssuerStatus.Approved))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ClaimedAt, now).SetProperty(c => c.ClaimedByUserId, userId), ct);
        if (taken == 0)
        {
            await tx.RollbackAsync(ct);
            var (again, _, _, _) = await LookUpHashAsync(hash, userId, ct);
            return again.Outcome == ClaimOutcome.Open ? seen with { Outcome = ClaimOutcome.AlreadyUsed } : again;
        }
        // What the code is for never changes after issuing, so the lookup's values stand.
        if (await PointsCaps.TryTakeAsync(db, rules, userId, initiativeId, seen.Points, clock.Today, ct) is { } cap)
        {
            await tx.RollbackAsync(ct);
            return seen with
            {
                Outcome = cap switch
                {
                    CapReached.ResidentDay => ClaimOutcome.ResidentDayCap,
                    CapReached.ResidentMonth => ClaimOutcome.ResidentMonthCap,
                    _ => ClaimOutcome.IssuerDayCap,
                },
            };
        }
        db.PointsEntries.Add(PointsCredits.Credit(userId, initiativeId, seen.Action!.Value, seen.Points, "code:" + id, now, rules));
        await db.SaveChangesAsync(ct);
        if (reference is not null)
            foreach (var hook in hooks)
                await hook.OnClaimedAsync(db, reference, initiativeId, userId, ct);
        await tx.CommitAsync(ct);
        return seen with { Outcome = ClaimOutcome.Credited };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A points claim ran into a lock conflict and is tried again")]
    private static partial void LogRetry(ILogger logger, Exception exception);
}
