using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;

namespace Omigjen.Web.Features.Items.Search;

/// <summary>
/// Widens each word of a query to the indexed terms it should match: the stem itself, compounds ending in it
/// ("sykl" → "barnesykl"), the stem as a compound's first part ("telt" → "telt0" of "teltplugger") and, for longer
/// words, terms one typo away ("boremasin" → "boremaskin"). The full-text index then only has to match whole terms.
/// An item matches a word when it has any term of that word's list.
/// </summary>
public static class QueryExpansion
{
    /// <summary>The most terms one query word is widened to; the shortest are kept.</summary>
    public const int MaxTermsPerWord = 200;

    /// <summary>For each query stem (in order), the terms it matches: the stem first, then compounds, typo variants and the first part.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Expand(IEnumerable<string> vocabulary, string? query)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var stems = NorwegianAnalyzer.QueryStems(query);
        if (stems.Count == 0) return [];
        var terms = vocabulary as IReadOnlyCollection<string> ?? vocabulary.ToList();
        var known = terms as ISet<string> ?? new HashSet<string>(terms, StringComparer.Ordinal);
        return stems.Select(stem => Combine(
            stem,
            terms.Where(t => !string.Equals(t, stem, StringComparison.Ordinal) && NorwegianAnalyzer.IsCompoundHead(t, stem)),
            TypoVariants(stem).Where(known.Contains),
            known.Contains(NorwegianAnalyzer.FirstPart(stem)))).ToList();
    }

    /// <summary>
    /// The same lists as <see cref="Expand"/> for the vocabulary in the database, reading only the rows that can match:
    /// compounds by a prefix search on the reversed term (indexed on both databases), typo variants and the first part by key.
    /// </summary>
    public static async Task<IReadOnlyList<IReadOnlyList<string>>> ExpandAsync(AppDbContext db, string? query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stems = NorwegianAnalyzer.QueryStems(query);
        if (stems.Count == 0) return [];
        var postgres = db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
        var lists = new List<IReadOnlyList<string>>(stems.Count);
        foreach (var stem in stems)
        {
            var firstPart = NorwegianAnalyzer.FirstPart(stem);
            var keys = TypoVariants(stem).Append(firstPart).ToList();
            var found = await db.SearchVocabulary.Where(v => keys.Contains(v.Term)).Select(v => v.Term).ToListAsync(ct);
            var hasFirstPart = found.Remove(firstPart);
            var typos = found;
            var room = MaxTermsPerWord - 1 - (hasFirstPart ? 1 : 0) - typos.Count;
            var compounds = NorwegianAnalyzer.CanHeadCompounds(stem)
                ? await CompoundsAsync(db, postgres, stem, Math.Max(0, room), ct)
                : [];
            lists.Add(Combine(stem, compounds, typos, hasFirstPart));
        }
        return lists;
    }

    /// <summary>
    /// Compounds ending in the stem, shortest first, at least the <paramref name="wanted"/> shortest of them (all that
    /// share the length of the last one, so the cut in <see cref="Combine"/> is the same as in memory).
    /// </summary>
    private static async Task<List<string>> CompoundsAsync(AppDbContext db, bool postgres, string stem, int wanted, CancellationToken ct)
    {
        if (wanted == 0) return [];
        var reversed = ItemIndexing.Reverse(stem);
        var minLength = stem.Length + NorwegianAnalyzer.MinCompoundPrefix;
        var candidates = EndingWith(db, postgres, reversed).Where(v => v.Term.Length >= minLength);
        var shortest = await candidates.OrderBy(v => v.Term.Length).Select(v => v.Term).Take(wanted + 1).ToListAsync(ct);
        if (shortest.Count <= wanted) return Checked(shortest, stem);
        var lastLength = shortest[wanted - 1].Length;
        var upToLast = await candidates.Where(v => v.Term.Length <= lastLength).Select(v => v.Term).ToListAsync(ct);
        return Checked(upToLast, stem);
    }

    /// <summary>
    /// Vocabulary rows whose reversed term starts with the reversed stem. PostgreSQL serves LIKE 'prefix%' from its
    /// text_pattern_ops index; SQLite serves GLOB 'prefix*' from its (binary) index, where LIKE, being case-insensitive,
    /// would scan the table.
    /// </summary>
    private static IQueryable<SearchVocabulary> EndingWith(AppDbContext db, bool postgres, string reversed) =>
        postgres
            ? db.SearchVocabulary.Where(v => EF.Functions.Like(v.Reversed, EscapeLike(reversed) + "%"))
            : db.SearchVocabulary.Where(v => EF.Functions.Glob(v.Reversed, EscapeGlob(reversed) + "*"));

    /// <summary>Escapes LIKE's wildcards with PostgreSQL's default escape character, the backslash.</summary>
    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    /// <summary>Puts GLOB's special characters in brackets, where they stand for themselves.</summary>
    private static string EscapeGlob(string text) =>
        string.Concat(text.Select(c => c is '*' or '?' or '[' ? $"[{c}]" : c.ToString()));

    /// <summary>The database's pattern match is the coarse filter; the analyzer's own rule has the last word.</summary>
    private static List<string> Checked(List<string> terms, string stem) =>
        terms.Where(t => !string.Equals(t, stem, StringComparison.Ordinal) && NorwegianAnalyzer.IsCompoundHead(t, stem)).ToList();

    /// <summary>Typo variants that are words: a variant ending in the first-part mark ("telts" → "telt0") is no typo.</summary>
    private static IEnumerable<string> TypoVariants(string stem) =>
        NorwegianAnalyzer.TypoVariants(stem).Where(v => !NorwegianAnalyzer.IsFirstPart(v));

    /// <summary>
    /// The stem, then compounds (shortest first), then typo variants, then the stem as a first part when the vocabulary
    /// has it; without repeats and at most <see cref="MaxTermsPerWord"/> terms. Typo variants are never longer than the
    /// stem plus one letter and so always shorter than a compound: when the list is too long, compounds are cut, longest first.
    /// </summary>
    private static List<string> Combine(string stem, IEnumerable<string> compounds, IEnumerable<string> typos, bool firstPart)
    {
        var result = new List<string>(capacity: 16) { stem };
        var reserved = firstPart ? 1 : 0;
        var typoList = typos.Distinct(StringComparer.Ordinal).Where(t => !string.Equals(t, stem, StringComparison.Ordinal))
            .OrderBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal)
            .Take(MaxTermsPerWord - 1 - reserved).ToList();
        var room = MaxTermsPerWord - 1 - reserved - typoList.Count;
        result.AddRange(compounds.Distinct(StringComparer.Ordinal)
            .OrderBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal)
            .Take(room));
        result.AddRange(typoList);
        if (firstPart) result.Add(NorwegianAnalyzer.FirstPart(stem));
        return result;
    }
}
