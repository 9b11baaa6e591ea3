using System.Globalization;
using System.Text;

namespace Omigjen.Web.Features.Initiatives;

/// <summary>The pure part of naming an initiative in addresses: a name made readable, and the first candidate not taken.</summary>
public static class Slugs
{
    /// <summary>"Fretex Asker Sentrum" → "fretex-asker-sentrum"; æ, ø, å become ae, o, a.</summary>
    public static string From(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder();
        foreach (var ch in name.ToLowerInvariant())
        {
            var s = ch switch { 'æ' => "ae", 'ø' => "o", 'å' => "a", 'é' or 'è' => "e", 'ü' => "u", 'ö' => "o", 'ä' => "a", _ => char.IsAsciiLetterOrDigit(ch) ? ch.ToString() : "-" };
            sb.Append(s);
        }
        var slug = string.Join('-', sb.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length > 80) slug = slug[..80].TrimEnd('-');
        return slug.Length == 0 ? "tiltak" : slug;
    }

    /// <summary>"sykkel", then "sykkel-2", "sykkel-3" …: the first that <paramref name="isTaken"/> refuses not.</summary>
    public static string FirstFree(string wanted, Func<string, bool> isTaken)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(isTaken);
        var candidate = wanted;
        for (var n = 2; isTaken(candidate); n++)
            candidate = string.Create(CultureInfo.InvariantCulture, $"{wanted}-{n}");
        return candidate;
    }
}
