using System.Globalization;
using System.Text;

namespace Omigjen.Web.Features.Items.Search;

/// <summary>
/// Turns Norwegian text into search terms: lower-cased words with their inflection removed. Compounds and typos are
/// handled at query time against the vocabulary of indexed terms (see <see cref="IsCompoundHead"/>, <see cref="TypoVariants"/>).
/// </summary>
public static class NorwegianAnalyzer
{
    /// <summary>Typo tolerance (one edit) applies to query words of at least this many letters.</summary>
    public const int MinTypoLength = 5;

    /// <summary>Lower-cased words of letters and digits; æ, ø and å stay letters, other accents are removed (é → e).</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var ch in (text ?? "").ToLower(CultureInfo.InvariantCulture))
        {
            if (char.IsLetterOrDigit(ch)) current.Append(ch);
            else if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }

    /// <summary>The index form of one lower-cased word.</summary>
    public static string Stem(string word) => word;

    /// <summary>The terms to store for a text: distinct stems separated by spaces.</summary>
    public static string IndexTerms(string? text) => string.Join(' ', Words(text).Select(Stem).Distinct(StringComparer.Ordinal));

    /// <summary>The stem of every word of a query, in order, without repeats.</summary>
    public static IReadOnlyList<string> QueryStems(string? query) => Words(query).Select(Stem).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>True when the indexed term is the stem itself or a compound ending in it ("barnesykl" for "sykl").</summary>
    public static bool IsCompoundHead(string term, string stem) => term == stem;

    /// <summary>Every string one edit away from the stem, for stems of at least <see cref="MinTypoLength"/> letters.</summary>
    public static IEnumerable<string> TypoVariants(string stem) => [];
}
