using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Impact.Factors;
using Omigjen.Web.Features.Impact.Ledger;
using Omigjen.Web.Features.Impact.Rollups;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Impact.Reports;

/// <summary>What a report covers: whole months (municipal time) and optional filters.</summary>
public sealed record ImpactFilter(MonthRange Range, GoodsCategory? Category = null, int? InitiativeId = null, ReuseChannel? Channel = null);

/// <summary>The figures for a period: totals, months, categories and channels, and the factor sets used.</summary>
/// <param name="WhatIfVersion">Set when the figures were recomputed under another factor set (hypothetical).</param>
/// <param name="KeptRows">In a what-if, roll-up rows the other set had no factor for (their own figures kept).</param>
public sealed record ImpactReport(
    ImpactFilter Filter, ImpactTotals Totals, IReadOnlyList<MonthFigures> Months, IReadOnlyList<CategoryFigures> Categories,
    IReadOnlyList<ChannelFigures> Channels, IReadOnlyList<int> FactorSetVersions, int? WhatIfVersion = null, int KeptRows = 0);

public sealed record InitiativeFigures(int InitiativeId, string Name, string Slug, ImpactTotals Totals);

/// <summary>
/// Every impact figure shown to the public, the municipality and actors, read from the monthly roll-up
/// (<see cref="ImpactMonth"/>, a few rows per initiative and month) and never from the ledger itself. Periods are whole
/// months in municipal time. The database sums; <see cref="ImpactFold"/> does the rest.
/// </summary>
public sealed class ImpactReports(AppDbContext db)
{
    /// <summary>Summary, months, categories and channels for the filter; with <paramref name="whatIf"/>, recomputed under that factor set.</summary>
    public async Task<ImpactReport> ReportAsync(ImpactFilter filter, int? whatIf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        IReadOnlyList<ImpactCell> cells;
        var kept = 0;
        if (whatIf is { } version)
        {
            var factors = await db.Set<Factor>().AsNoTracking().Where(f => f.FactorSetVersion == version).ToListAsync(ct);
            (cells, kept) = ImpactFold.Recompute(await RowsAsync(filter, ct), factors);
        }
        else
        {
            cells = await CellsAsync(filter, ct);
        }
        return new ImpactReport(filter, ImpactTotals.Of(cells), ImpactFold.Months(cells, filter.Range), ImpactFold.Categories(cells),
            ImpactFold.Channels(cells), ImpactFold.Versions(cells), whatIf, kept);
    }

    /// <summary>Only the totals and factor sets (the public summary and the start page).</summary>
    public async Task<(ImpactTotals Totals, IReadOnlyList<int> Versions)> SummaryAsync(ImpactFilter filter, CancellationToken ct)
    {
        var cells = await CellsAsync(filter, ct);
        return (ImpactTotals.Of(cells), ImpactFold.Versions(cells));
    }

    /// <summary>Per initiative, largest CO2e first, one page at a time (with the whole count for paging).</summary>
    public async Task<(IReadOnlyList<InitiativeFigures> Rows, int Total)> InitiativesAsync(ImpactFilter filter, int skip, int take, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var cells = await Filtered(filter)
            .GroupBy(m => new { m.InitiativeId, m.Channel, m.FactorSetVersion })
            .Select(g => new ImpactCell(0, 0, g.Key.InitiativeId, GoodsCategory.Other, g.Key.Channel, g.Key.FactorSetVersion,
                g.Sum(m => (long)m.Acts), g.Sum(m => (long)m.Quantity), g.Sum(m => m.WeightGrams), g.Sum(m => m.MeasuredGrams),
                g.Sum(m => (long)m.MeasuredQuantity), g.Sum(m => (long)m.EstimatedQuantity), g.Sum(m => m.Co2eGrams)))
            .ToListAsync(ct);
        var all = cells.GroupBy(c => c.InitiativeId).Select(g => (Id: g.Key, Totals: ImpactTotals.Of(g)))
            .Where(x => x.Totals.Acts != 0 || x.Totals.Co2eGrams != 0)
            .OrderByDescending(x => x.Totals.Co2eGrams).ThenBy(x => x.Id).ToList();
        var page = all.Skip(skip).Take(take).ToList();
        var ids = page.Select(p => p.Id).ToList();
        var names = await db.Initiatives.AsNoTracking().Where(i => ids.Contains(i.Id)).Select(i => new { i.Id, i.Name, i.Slug }).ToDictionaryAsync(i => i.Id, ct);
        return (page.Select(p => new InitiativeFigures(p.Id, names.GetValueOrDefault(p.Id)?.Name ?? "", names.GetValueOrDefault(p.Id)?.Slug ?? "", p.Totals)).ToList(), all.Count);
    }

    /// <summary>The EU 2021/19 report for a calendar year, every row mapped by its own factor set.</summary>
    public async Task<EuReport> EuAsync(int year, CancellationToken ct)
    {
        var cells = await CellsAsync(new ImpactFilter(MonthRange.Year(year)), ct);
        var versions = cells.Select(c => c.FactorSetVersion).Distinct().ToList();
        var map = (await db.Set<Factor>().AsNoTracking().Where(f => versions.Contains(f.FactorSetVersion))
                .Select(f => new { f.FactorSetVersion, f.Category, f.EuCategory, f.Activity }).ToListAsync(ct))
            .OrderBy(f => f.Activity != ImpactActivity.Reuse)
            .DistinctBy(f => (f.FactorSetVersion, f.Category))
            .ToDictionary(f => (f.FactorSetVersion, f.Category), f => f.EuCategory);
        return ImpactFold.Eu(year, cells, map);
    }

    /// <summary>The factor sets, newest first, for the what-if selector.</summary>
    public Task<List<FactorSet>> FactorSetsAsync(CancellationToken ct) =>
        db.Set<FactorSet>().AsNoTracking().OrderByDescending(s => s.Version).ToListAsync(ct);

    /// <summary>The roll-up summed per month, category, channel and factor set (a few hundred rows a year). Without an
    /// initiative filter it reads the municipality's totals (<see cref="ImpactMonthTotal"/>), which are already that sum.</summary>
    public Task<List<ImpactCell>> CellsAsync(ImpactFilter filter, CancellationToken ct) =>
        filter.InitiativeId is null ? TotalsAsync(filter, ct) : Filtered(filter)
            .GroupBy(m => new { m.Year, m.Month, m.Category, m.Channel, m.FactorSetVersion })
            .Select(g => new ImpactCell(g.Key.Year, g.Key.Month, 0, g.Key.Category, g.Key.Channel, g.Key.FactorSetVersion,
                g.Sum(m => (long)m.Acts), g.Sum(m => (long)m.Quantity), g.Sum(m => m.WeightGrams), g.Sum(m => m.MeasuredGrams),
                g.Sum(m => (long)m.MeasuredQuantity), g.Sum(m => (long)m.EstimatedQuantity), g.Sum(m => m.Co2eGrams)))
            .ToListAsync(ct);

    /// <summary>The roll-up rows themselves (for a what-if, recomputed one by one).</summary>
    private Task<List<ImpactCell>> RowsAsync(ImpactFilter filter, CancellationToken ct) =>
        Filtered(filter)
            .Select(m => new ImpactCell(m.Year, m.Month, m.InitiativeId, m.Category, m.Channel, m.FactorSetVersion,
                m.Acts, m.Quantity, m.WeightGrams, m.MeasuredGrams, m.MeasuredQuantity, m.EstimatedQuantity, m.Co2eGrams))
            .ToListAsync(ct);

    private Task<List<ImpactCell>> TotalsAsync(ImpactFilter filter, CancellationToken ct)
    {
        int fy = filter.Range.From.Year, fm = filter.Range.From.Month, ty = filter.Range.To.Year, tm = filter.Range.To.Month;
        var q = db.Set<ImpactMonthTotal>().AsNoTracking()
            .Where(m => m.Year >= fy && m.Year <= ty)
            .Where(m => (m.Year > fy || m.Month >= fm) && (m.Year < ty || m.Month <= tm));
        if (filter.Category is { } category) q = q.Where(m => m.Category == category);
        if (filter.Channel is { } channel) q = q.Where(m => m.Channel == channel);
        return q.Select(m => new ImpactCell(m.Year, m.Month, 0, m.Category, m.Channel, m.FactorSetVersion,
                m.Acts, m.Quantity, m.WeightGrams, m.MeasuredGrams, m.MeasuredQuantity, m.EstimatedQuantity, m.Co2eGrams))
            .ToListAsync(ct);
    }

    private IQueryable<ImpactMonth> Filtered(ImpactFilter filter)
    {
        int fy = filter.Range.From.Year, fm = filter.Range.From.Month, ty = filter.Range.To.Year, tm = filter.Range.To.Month;
        var q = db.Set<ImpactMonth>().AsNoTracking()
            .Where(m => m.Year >= fy && m.Year <= ty)
            .Where(m => (m.Year > fy || m.Month >= fm) && (m.Year < ty || m.Month <= tm));
        if (filter.Category is { } category) q = q.Where(m => m.Category == category);
        if (filter.InitiativeId is { } initiative) q = q.Where(m => m.InitiativeId == initiative);
        if (filter.Channel is { } channel) q = q.Where(m => m.Channel == channel);
        return q;
    }
}
