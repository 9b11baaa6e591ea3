using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Repair.Log;

/// <summary>Fixed, repairable and end-of-life counts (one month, one category, or a total).</summary>
public sealed record OutcomeCounts(int Fixed, int Repairable, int EndOfLife)
{
    public static readonly OutcomeCounts Zero = new(0, 0, 0);

    public int Total => Fixed + Repairable + EndOfLife;

    /// <summary>Share fixed, null when nothing was logged.</summary>
    public double? FixedShare => Total > 0 ? (double)Fixed / Total : null;

    public OutcomeCounts Add(RepairOutcome outcome, int n = 1) => outcome switch
    {
        RepairOutcome.Fixed => this with { Fixed = Fixed + n },
        RepairOutcome.Repairable => this with { Repairable = Repairable + n },
        _ => this with { EndOfLife = EndOfLife + n },
    };
}

/// <summary>One month (first day, local) and its counts.</summary>
public sealed record RepairMonth(DateOnly First, OutcomeCounts Counts);

/// <summary>One category (powered or not) and its counts over the period.</summary>
public sealed record RepairCategoryRow(RepairCategory Category, OutcomeCounts Counts);

/// <summary>The last twelve months of repairs: per month, per category, in total; powered and unpowered apart.</summary>
public sealed record RepairReport(IReadOnlyList<RepairMonth> Months, IReadOnlyList<RepairCategoryRow> Categories, OutcomeCounts Total,
                                  OutcomeCounts Powered, OutcomeCounts Unpowered);

/// <summary>
/// Repairs per month by outcome and per category by outcome, counted by the day of the repair (<c>EventDate</c>) over
/// the twelve calendar months up to and including this one.
/// </summary>
public static class RepairStatistics
{
    public const int MonthCount = 12;

    public sealed record Row(DateOnly Date, int? OrdsId, Initiatives.GoodsCategory? Goods, RepairOutcome Outcome);

    /// <summary>The report over <paramref name="entries"/> (one initiative's, or the municipality's).</summary>
    public static async Task<RepairReport> LoadAsync(IQueryable<RepairEntry> entries, MunicipalClock clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(clock);
        var today = clock.Today;
        var from = FirstMonth(today);
        // Grouped in the database: one row per day, category and outcome, whatever the number of entries.
        var rows = await entries.Where(e => e.EventDate >= from && e.EventDate <= today)
            .GroupBy(e => new { e.EventDate, e.OrdsCategoryId, e.GoodsCategory, e.Outcome })
            .Select(g => new { g.Key.EventDate, g.Key.OrdsCategoryId, g.Key.GoodsCategory, g.Key.Outcome, Count = g.Count() })
            .ToListAsync(ct);
        return Compute(rows.SelectMany(r => Enumerable.Repeat(new Row(r.EventDate, r.OrdsCategoryId, r.GoodsCategory, r.Outcome), r.Count)).ToList(), today);
    }

    public static DateOnly FirstMonth(DateOnly today) => new DateOnly(today.Year, today.Month, 1).AddMonths(1 - MonthCount);

    /// <summary>Pure: the report from single rows (one per repair).</summary>
    public static RepairReport Compute(IReadOnlyList<Row> rows, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var first = FirstMonth(today);
        var months = Enumerable.Range(0, MonthCount).Select(i => first.AddMonths(i)).ToList();
        var byMonth = months.ToDictionary(m => m, _ => OutcomeCounts.Zero);
        var byCategory = new Dictionary<RepairCategory, OutcomeCounts>();
        OutcomeCounts powered = OutcomeCounts.Zero, unpowered = OutcomeCounts.Zero;
        foreach (var r in rows)
        {
            var month = new DateOnly(r.Date.Year, r.Date.Month, 1);
            if (!byMonth.TryGetValue(month, out var m)) continue;
            byMonth[month] = m.Add(r.Outcome);
            var c = new RepairCategory(r.OrdsId, r.OrdsId is null ? r.Goods : null);
            byCategory[c] = byCategory.GetValueOrDefault(c, OutcomeCounts.Zero).Add(r.Outcome);
            if (r.OrdsId is null) unpowered = unpowered.Add(r.Outcome);
            else powered = powered.Add(r.Outcome);
        }
        var categories = byCategory.Select(kv => new RepairCategoryRow(kv.Key, kv.Value))
            .OrderByDescending(c => c.Counts.Total).ThenBy(c => c.Category.Key, StringComparer.Ordinal).ToList();
        var total = new OutcomeCounts(powered.Fixed + unpowered.Fixed, powered.Repairable + unpowered.Repairable, powered.EndOfLife + unpowered.EndOfLife);
        return new RepairReport(months.Select(m => new RepairMonth(m, byMonth[m])).ToList(), categories, total, powered, unpowered);
    }
}
