using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Impact.Factors;
using Omigjen.Web.Features.Impact.Rollups;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Impact.Ledger;

/// <summary>
/// Writes the impact ledger. Call it inside the transaction of the act that proves the entry (the item marked sold, the
/// hold marked collected, the loan checked in), so the act and its entry stand or fall together; it saves the context
/// and keeps the monthly roll-up current in that same transaction.
/// </summary>
public sealed class ImpactLedger(MunicipalClock clock)
{
    /// <summary>What the feature that saw the act knows about it.</summary>
    /// <param name="UnitWeightKg">One unit's weight when known; null means the category's average (marked estimated).</param>
    public sealed record Draft(
        ReuseActKind Kind, int InitiativeId, GoodsCategory Category, int Quantity, decimal? UnitWeightKg, string? UserId,
        int SourceId, WeightSource KnownWeightSource = WeightSource.Entered);

    /// <summary>
    /// Records an act. An act that may be recorded only once (a hold, a loan) and already is returns null and writes
    /// nothing.
    /// </summary>
    public async Task<ReuseAct?> RecordAsync(AppDbContext db, Draft draft, CancellationToken ct)
    {
        RequireTransaction(db);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(draft.Quantity);
        var rule = ReuseActKinds.Of(draft.Kind);
        var onceKey = rule.Once ? OnceKey(rule.Source, draft.SourceId) : null;
        if (onceKey is not null && await db.Set<ReuseAct>().AnyAsync(a => a.OnceKey == onceKey, ct)) return null;

        var now = clock.Now.UtcDateTime;
        var version = await CurrentVersionAsync(db, ct);
        var factor = await db.Set<Factor>().AsNoTracking()
            .SingleAsync(f => f.FactorSetVersion == version && f.Category == draft.Category && f.Activity == rule.Activity, ct);
        var result = ImpactArithmetic.Compute(factor, draft.Quantity, draft.UnitWeightKg, draft.KnownWeightSource);
        var act = new ReuseAct
        {
            Kind = draft.Kind,
            Channel = rule.Channel,
            InitiativeId = draft.InitiativeId,
            Category = draft.Category,
            Quantity = draft.Quantity,
            WeightGrams = result.WeightGrams,
            WeightSource = result.WeightSource,
            FactorSetVersion = version,
            Co2eGrams = result.Co2eGrams,
            UserId = draft.UserId,
            Source = rule.Source,
            SourceId = draft.SourceId,
            OnceKey = onceKey,
            At = now,
            RecordedAt = now,
        };
        db.Add(act);
        await db.SaveChangesAsync(ct);
        await AddToMonthAsync(db, act, ct);
        return act;
    }

    /// <summary>
    /// Undoes up to <paramref name="units"/> units of the acts recorded for a source (newest first) with reversing
    /// entries; null undoes them all. Returns the units undone.
    /// </summary>
    public async Task<int> ReverseAsync(AppDbContext db, ReuseSource source, int sourceId, int? units, CancellationToken ct)
    {
        RequireTransaction(db);
        var reversed = db.Set<ReuseAct>().Where(a => a.ReversesId != null).Select(a => a.ReversesId);
        var open = await db.Set<ReuseAct>().AsNoTracking()
            .Where(a => a.Source == source && a.SourceId == sourceId && a.ReversesId == null && !reversed.Contains(a.Id))
            .OrderByDescending(a => a.Id)
            .ToListAsync(ct);
        var now = clock.Now.UtcDateTime;
        var done = 0;
        foreach (var act in open)
        {
            if (units is { } max && done + act.Quantity > max) continue;
            var reversal = new ReuseAct
            {
                Kind = act.Kind,
                Channel = act.Channel,
                InitiativeId = act.InitiativeId,
                Category = act.Category,
                Quantity = -act.Quantity,
                WeightGrams = -act.WeightGrams,
                WeightSource = act.WeightSource,
                FactorSetVersion = act.FactorSetVersion,
                Co2eGrams = -act.Co2eGrams,
                UserId = act.UserId,
                Source = act.Source,
                SourceId = act.SourceId,
                ReversesId = act.Id,
                At = act.At,
                RecordedAt = now,
            };
            db.Add(reversal);
            await db.SaveChangesAsync(ct);
            await AddToMonthAsync(db, reversal, ct);
            done += act.Quantity;
            if (units is { } limit && done >= limit) break;
        }
        return done;
    }

    /// <summary>The newest factor set valid today (municipal time).</summary>
    public async Task<int> CurrentVersionAsync(AppDbContext db, CancellationToken ct)
    {
        var today = clock.Today;
        return await db.Set<FactorSet>().Where(s => s.ValidFrom <= today).MaxAsync(s => (int?)s.Version, ct) ?? FirstFactorSet.Version;
    }

    public static string OnceKey(ReuseSource source, int sourceId) => $"{source.ToString().ToLowerInvariant()}:{sourceId}";

    /// <summary>Adds an entry to its month's roll-up rows (per initiative, and the municipality's total), creating a row
    /// when it is the month's first.</summary>
    private async Task AddToMonthAsync(AppDbContext db, ReuseAct a, CancellationToken ct)
    {
        var local = clock.ToLocal(a.At);
        int year = local.Year, month = local.Month, sign = Math.Sign(a.Quantity);
        var measured = a.WeightSource != WeightSource.CategoryAverage;
        long measuredGrams = measured ? a.WeightGrams : 0;
        int measuredQuantity = measured ? a.Quantity : 0, estimatedQuantity = measured ? 0 : a.Quantity;
        string category = a.Category.ToString(), channel = a.Channel.ToString();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "ImpactMonths" ("Year", "Month", "InitiativeId", "Category", "Channel", "FactorSetVersion",
                "Acts", "Quantity", "WeightGrams", "MeasuredGrams", "MeasuredQuantity", "EstimatedQuantity", "Co2eGrams")
            VALUES ({year}, {month}, {a.InitiativeId}, {category}, {channel}, {a.FactorSetVersion},
                {sign}, {a.Quantity}, {a.WeightGrams}, {measuredGrams}, {measuredQuantity}, {estimatedQuantity}, {a.Co2eGrams})
            ON CONFLICT ("Year", "Month", "InitiativeId", "Category", "Channel", "FactorSetVersion") DO UPDATE SET
                "Acts" = "ImpactMonths"."Acts" + excluded."Acts",
                "Quantity" = "ImpactMonths"."Quantity" + excluded."Quantity",
                "WeightGrams" = "ImpactMonths"."WeightGrams" + excluded."WeightGrams",
                "MeasuredGrams" = "ImpactMonths"."MeasuredGrams" + excluded."MeasuredGrams",
                "MeasuredQuantity" = "ImpactMonths"."MeasuredQuantity" + excluded."MeasuredQuantity",
                "EstimatedQuantity" = "ImpactMonths"."EstimatedQuantity" + excluded."EstimatedQuantity",
                "Co2eGrams" = "ImpactMonths"."Co2eGrams" + excluded."Co2eGrams"
            """, ct);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "ImpactMonthTotals" ("Year", "Month", "Category", "Channel", "FactorSetVersion",
                "Acts", "Quantity", "WeightGrams", "MeasuredGrams", "MeasuredQuantity", "EstimatedQuantity", "Co2eGrams")
            VALUES ({year}, {month}, {category}, {channel}, {a.FactorSetVersion},
                {sign}, {a.Quantity}, {a.WeightGrams}, {measuredGrams}, {measuredQuantity}, {estimatedQuantity}, {a.Co2eGrams})
            ON CONFLICT ("Year", "Month", "Category", "Channel", "FactorSetVersion") DO UPDATE SET
                "Acts" = "ImpactMonthTotals"."Acts" + excluded."Acts",
                "Quantity" = "ImpactMonthTotals"."Quantity" + excluded."Quantity",
                "WeightGrams" = "ImpactMonthTotals"."WeightGrams" + excluded."WeightGrams",
                "MeasuredGrams" = "ImpactMonthTotals"."MeasuredGrams" + excluded."MeasuredGrams",
                "MeasuredQuantity" = "ImpactMonthTotals"."MeasuredQuantity" + excluded."MeasuredQuantity",
                "EstimatedQuantity" = "ImpactMonthTotals"."EstimatedQuantity" + excluded."EstimatedQuantity",
                "Co2eGrams" = "ImpactMonthTotals"."Co2eGrams" + excluded."Co2eGrams"
            """, ct);
    }

    private static void RequireTransaction(AppDbContext db)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("The impact ledger is written inside the transaction of the act it records.");
    }
}
