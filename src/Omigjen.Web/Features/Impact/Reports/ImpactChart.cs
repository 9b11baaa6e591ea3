using System.Globalization;

namespace Omigjen.Web.Features.Impact.Reports;

/// <summary>A small server-rendered bar chart (inline SVG): bars per month on an axis with a round top.</summary>
public sealed class ImpactChart
{
    public sealed record Bar(string X, string Y, string Width, string Height);

    public sealed record AxisLabel(string X, string Y, string Text);

    public const int Width = 720;
    public const int Height = 240;
    public const int Left = 56;
    public const int Bottom = 28;
    public const int Top = 12;

    public IReadOnlyList<Bar> Bars { get; }
    public IReadOnlyList<AxisLabel> Labels { get; }
    public long ScaleMax { get; }
    public int PlotBottom => Height - Bottom;

    /// <param name="values">One value per bar (negative values draw as zero).</param>
    /// <param name="labels">One label per bar; only every n-th is drawn when there are many.</param>
    public ImpactChart(IReadOnlyList<long> values, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(labels);
        ScaleMax = NiceCeiling(values.Count == 0 ? 0 : values.Max());
        var plotWidth = (double)(Width - Left);
        var plotHeight = (double)(Height - Top - Bottom);
        var group = plotWidth / Math.Max(1, values.Count);
        var every = Math.Max(1, (int)Math.Ceiling(values.Count / 12.0));
        var bars = new List<Bar>();
        var texts = new List<AxisLabel>();
        for (var i = 0; i < values.Count; i++)
        {
            var h = Math.Max(0, values[i]) * plotHeight / ScaleMax;
            bars.Add(new Bar(N(Left + i * group + group * 0.15), N(Top + plotHeight - h), N(group * 0.7), N(h)));
            if (i % every == 0) texts.Add(new AxisLabel(N(Left + i * group + group / 2), N(Height - 8), labels[i]));
        }
        Bars = bars;
        Labels = texts;
    }

    /// <summary>1, 2 or 5 times a power of ten at or above <paramref name="max"/> (at least 1).</summary>
    public static long NiceCeiling(long max)
    {
        if (max <= 1) return 1;
        long step = 1;
        while (true)
        {
            foreach (var m in new[] { 1L, 2L, 5L })
                if (m * step >= max) return m * step;
            step *= 10;
        }
    }

    private static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
