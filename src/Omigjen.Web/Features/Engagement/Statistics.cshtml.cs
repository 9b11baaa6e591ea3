using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Engagement;

/// <summary>How often the entry was seen, opened on the map and asked for directions, per week for the last 12 weeks.</summary>
public sealed class StatisticsModel(AppDbContext db, InitiativeAccess access, MunicipalClock clock) : InitiativePageModel(db, access)
{
    public const int Weeks = 12;

    public sealed record WeekRow(DateOnly WeekStart, int WeekNumber, int PageViews, int MapOpens, int Directions);

    public sealed record Bar(string X, string Y, string Width, string Height, string Css);

    public sealed record AxisLabel(string X, string Y, string Text);

    public IReadOnlyList<WeekRow> Rows { get; private set; } = [];
    public WeekRow Total { get; private set; } = new(default, 0, 0, 0, 0);
    public IReadOnlyList<Bar> Bars { get; private set; } = [];
    public IReadOnlyList<AxisLabel> WeekLabels { get; private set; } = [];
    public int ScaleMax { get; private set; }

    // The chart's drawing area, in SVG user units.
    public const int ChartWidth = 720;
    public const int ChartHeight = 240;
    public const int Left = 44;
    public const int Bottom = 28;
    public const int Top = 12;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var thisWeek = UsageCounter.WeekStartOf(clock.Today);
        var first = thisWeek.AddDays(-7 * (Weeks - 1));
        var id = Initiative.Id;
        var counts = await Db.UsageCounts.AsNoTracking().Where(u => u.InitiativeId == id && u.WeekStart >= first).ToListAsync(ct);
        int Count(DateOnly week, UsageKind kind) => counts.Where(c => c.WeekStart == week && c.Kind == kind).Sum(c => c.Count);
        Rows = Enumerable.Range(0, Weeks).Select(n => first.AddDays(7 * n))
            .Select(w => new WeekRow(w, UsageCounter.IsoWeek(w), Count(w, UsageKind.PageView), Count(w, UsageKind.MapOpen), Count(w, UsageKind.Directions)))
            .ToList();
        Total = new WeekRow(first, 0, Rows.Sum(r => r.PageViews), Rows.Sum(r => r.MapOpens), Rows.Sum(r => r.Directions));
        Layout();
        return Page();
    }

    /// <summary>Grouped bars: per week, page views, map opens and directions side by side.</summary>
    private void Layout()
    {
        var max = Rows.Count == 0 ? 0 : Rows.Max(r => Math.Max(r.PageViews, Math.Max(r.MapOpens, r.Directions)));
        ScaleMax = NiceCeiling(max);
        var plotWidth = (double)(ChartWidth - Left);
        var plotHeight = (double)(ChartHeight - Top - Bottom);
        var group = plotWidth / Rows.Count;
        var barWidth = group * 0.8 / 3;
        var bars = new List<Bar>();
        var labels = new List<AxisLabel>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            var x0 = Left + i * group + group * 0.1;
            var values = new[] { (row.PageViews, "bar bar--views"), (row.MapOpens, "bar bar--map"), (row.Directions, "bar bar--directions") };
            for (var k = 0; k < values.Length; k++)
            {
                var h = values[k].Item1 * plotHeight / ScaleMax;
                bars.Add(new Bar(N(x0 + k * barWidth), N(Top + plotHeight - h), N(barWidth - 1), N(h), values[k].Item2));
            }
            labels.Add(new AxisLabel(N(Left + i * group + group / 2), N(ChartHeight - 8), row.WeekNumber.ToString(CultureInfo.InvariantCulture)));
        }
        Bars = bars;
        WeekLabels = labels;
    }

    /// <summary>1, 2, 5, 10, 20, 50 … at or above <paramref name="max"/>, so the axis has a round top.</summary>
    public static int NiceCeiling(int max)
    {
        if (max <= 1) return 1;
        var step = 1;
        while (true)
        {
            foreach (var f in new[] { 1, 2, 5 })
                if (f * step >= max) return f * step;
            step *= 10;
        }
    }

    public static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Number(int v) => v.ToString("N0", CultureInfo.CurrentCulture);
}
