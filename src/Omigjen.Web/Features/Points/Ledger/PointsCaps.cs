using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Points.Rules;

namespace Omigjen.Web.Features.Points.Ledger;

/// <summary>Which cap stopped a credit.</summary>
public enum CapReached
{
    ResidentDay,
    ResidentMonth,
    IssuerDay,
}

/// <summary>
/// Takes a credit's points from the resident's day and month and the issuer's day, each a counter row raised with a
/// guarded update, so concurrent credits can never pass a cap together. Runs inside the caller's transaction; when a
/// cap is reached the counters already raised are lowered again, so nothing is left counted.
/// </summary>
public static class PointsCaps
{
    public static async Task<CapReached?> TryTakeAsync(AppDbContext db, ProgrammeRules rules, string userId, int initiativeId, int points,
                                                      DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rules);
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var month = today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var issuer = initiativeId.ToString(CultureInfo.InvariantCulture);
        // Always in this order, so two credits never wait for each other's counters round a loop.
        var steps = new (CounterScope Scope, string Key, string Period, int Cap, CapReached Reached)[]
        {
            (CounterScope.ResidentDay, userId, day, rules.ResidentDailyCap, CapReached.ResidentDay),
            (CounterScope.ResidentMonth, userId, month, rules.ResidentMonthlyCap, CapReached.ResidentMonth),
            (CounterScope.IssuerDay, issuer, day, rules.IssuerDailyCap, CapReached.IssuerDay),
        };
        for (var i = 0; i < steps.Length; i++)
        {
            var (scope, key, period, cap, reached) = steps[i];
            if (points > cap || !await RaiseAsync(db, scope, key, period, points, cap, ct))
            {
                for (var j = i - 1; j >= 0; j--)
                    await Counter(db, steps[j].Scope, steps[j].Key, steps[j].Period)
                        .ExecuteUpdateAsync(s => s.SetProperty(c => c.Total, c => c.Total - points), ct);
                return reached;
            }
        }
        return null;
    }

    private static async Task<bool> RaiseAsync(AppDbContext db, CounterScope scope, string key, string period, int points, int cap, CancellationToken ct)
    {
        // The guarded raise first (the row usually exists); when nothing was raised, insert-if-missing on the key (both
        // engines speak ON CONFLICT DO NOTHING) and raise again, which then tells a full counter from a missing one.
        var raise = Counter(db, scope, key, period).Where(c => c.Total + points <= cap);
        if (await raise.ExecuteUpdateAsync(s => s.SetProperty(c => c.Total, c => c.Total + points), ct) == 1) return true;
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO \"PointsCounters\" (\"Scope\", \"Key\", \"Period\", \"Total\") VALUES ({(int)scope}, {key}, {period}, 0) ON CONFLICT DO NOTHING", ct);
        return await raise.ExecuteUpdateAsync(s => s.SetProperty(c => c.Total, c => c.Total + points), ct) == 1;
    }

    private static IQueryable<PointsCounter> Counter(AppDbContext db, CounterScope scope, string key, string period) =>
        db.PointsCounters.Where(c => c.Scope == scope && c.Key == key && c.Period == period);
}
