using System.Globalization;

namespace Omigjen.Web.Features.Repair.Log;

/// <summary>
/// Repairs per month as stacked bars (fixed at the bottom, then repairable, then end of life), laid out in SVG user
/// units on the server. The page shows the same numbers in a table beside it, which is the chart's text alternative.
/// </summary>
public sealed class RepairChart
{
    public sealed record Bar(string X, string Y, string Width, string Height, string Css, string Title);

    public sealed record AxisLabel(string X, string Y, string Text);

    public const int Width = 720;
    public const int Height = 240;
    public const int Left = 44;
    public const int Bottom = 28;
    public const int Top = 12;

    public int PlotBottom => Height - Bottom;
    public int ScaleMax { get; }
    public IReadOnlyList<Bar> Bars { get; }
    public IReadOnlyList<AxisLabel> MonthLabels { get; }

    public RepairChart(IReadOnlyList<RepairMonth> months, Func<RepairOutcome, string> label)
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(label);
        ScaleMax = Ceiling(months.Count == 0 ? 0 : months.Max(m => m.Counts.Total));
        var plotWidth = (double)(Width - Left);
        var plotHeight = (double)(Height - Top - Bottom);
        var group = plotWidth / Math.Max(1, months.Count);
        var bars = new List<Bar>();
        var labels = new List<AxisLabel>();
        for (var i = 0; i < months.Count; i++)
        {
            var c = months[i].Counts;
            var x = Left + i * group + group * 0.2;
            var y = Top + plotHeight;
            foreach (var (outcome, n, css) in new[] { (RepairOutcome.Fixed, c.Fixed, "bar--map"), (RepairOutcome.Repairable, c.Repairable, "bar--views"), (RepairOutcome.EndOfLife, c.EndOfLife, "bar--directions") })
            {
                if (n == 0) continue;
                var h = n * plotHeight / ScaleMax;
                y -= h;
                bars.Add(new Bar(N(x), N(y), N(group * 0.6), N(h), css, $"{months[i].First:yyyy-MM}: {label(outcome)} {n}"));
            }
            labels.Add(new AxisLabel(N(Left + i * group + group / 2), N(Height - 8), months[i].First.ToString("MM", CultureInfo.InvariantCulture)));
        }
        Bars = bars;
        MonthLabels = labels;
    }

    /// <summary>A round top for the axis: 1, 2, 5, 10, 20, 50 …</summary>
    public static int Ceiling(int max)
    {
        var step = 1;
        while (true)
        {
            foreach (var f in new[] { 1, 2, 5 })
                if (step * f >= max) return step * f;
            step *= 10;
        }
    }

    private static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
