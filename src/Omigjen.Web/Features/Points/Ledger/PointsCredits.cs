using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Points.Issuers;
using Omigjen.Web.Features.Points.Rules;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Points.Ledger;

/// <summary>
/// Credits for acts the platform already verifies with both parties (a hold collected, a loan returned). Called by
/// those features inside their own transaction: the entry is added to the context, and the caller saves it.
/// </summary>
public sealed class PointsCredits(MunicipalClock clock)
{
    /// <summary>
    /// Adds a credit for <paramref name="userId"/> when the initiative is an active issuer, the source has not been
    /// credited before and no cap is reached; otherwise adds nothing and never fails the caller. Returns the points.
    /// </summary>
    public async Task<int> CreditVerifiedAsync(AppDbContext db, string? userId, int initiativeId, PointsAction action, string sourceKey,
                                               CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (userId is null) return 0;
        if (!await db.PointsIssuers.Active().AnyAsync(i => i.InitiativeId == initiativeId, ct)) return 0;
        if (db.PointsEntries.Local.Any(e => e.SourceKey == sourceKey) || await db.PointsEntries.AnyAsync(e => e.SourceKey == sourceKey, ct)) return 0;
        var rules = await db.CurrentAsync(ct);
        var points = rules.PointsFor(action);
        if (points <= 0) return 0;
        if (await PointsCaps.TryTakeAsync(db, rules, userId, initiativeId, points, clock.Today, ct) is not null) return 0;
        db.PointsEntries.Add(Credit(userId, initiativeId, action, points, sourceKey, clock.Now.UtcDateTime, rules));
        return points;
    }

    internal static PointsEntry Credit(string userId, int initiativeId, PointsAction action, int points, string sourceKey, DateTime now,
                                       ProgrammeRules rules) => new()
                                       {
                                           UserId = userId, Kind = PointsEntryKind.Credit, Points = points, InitiativeId = initiativeId, Action = action, At = now,
                                           ExpiresAt = now.AddMonths(rules.PointsLifetimeMonths), SourceKey = sourceKey,
                                       };
}
