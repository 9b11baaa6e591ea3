using System.Globalization;

namespace Omigjen.Web.Features.Lending.Catalogue;

/// <summary>Sizes in natural order: by the leading number when both have one ("30" before "120 cm"), then as text.</summary>
public sealed class LabelComparer : IComparer<string>
{
    public static readonly LabelComparer Instance = new();

    private static readonly StringComparer Text = StringComparer.Create(CultureInfo.GetCultureInfo("nb-NO"), true);

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var (nx, ny) = (Number(x), Number(y));
        if (nx is { } a && ny is { } b && a != b) return a.CompareTo(b);
        return Text.Compare(x, y);
    }

    /// <summary>The first run of digits in the label ("Nr. 12" → 12), if any.</summary>
    private static decimal? Number(string label)
    {
        var start = -1;
        for (var i = 0; i < label.Length; i++)
        {
            if (char.IsAsciiDigit(label[i])) { start = i; break; }
        }
        if (start < 0) return null;
        var end = start;
        while (end < label.Length && (char.IsAsciiDigit(label[end]) || (label[end] is '.' or ',' && end + 1 < label.Length && char.IsAsciiDigit(label[end + 1])))) end++;
        return decimal.TryParse(label.AsSpan(start, end - start).ToString().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
