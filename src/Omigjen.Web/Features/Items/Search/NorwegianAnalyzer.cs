using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Omigjen.Web.Features.Items.Search;

/// <summary>
/// Turns Norwegian text into search terms: lower-cased words with their inflection removed, and the parts of compounds
/// the lexicon can split (<see cref="PartTerms"/>). Compound heads the lexicon cannot split and typos are handled at query
/// time against the vocabulary of indexed terms (see <see cref="IsCompoundHead"/>, <see cref="TypoVariants"/>).
/// </summary>
/// <remarks>
/// The stemmer is deliberately light and only looks at the end of a word, so a compound's stem always ends with the
/// stem of its last part ("barnesykler" → "barnesykl", "sykkel" → "sykl"): that is what lets a query word find the
/// compounds it heads. Every rule is applied the same way to indexed text and to queries, so an over-short stem
/// costs nothing as long as the inflected forms of one word meet in the same stem.
/// </remarks>
public static class NorwegianAnalyzer
{
    /// <summary>Typo tolerance (one edit) applies to query words of at least this many letters.</summary>
    public const int MinTypoLength = 5;

    /// <summary>A stem keeps at least this many letters when an ending is removed.</summary>
    public const int MinStemLength = 3;

    /// <summary>A compound needs at least this many letters in front of its head word ("dun" + "jakk").</summary>
    public const int MinCompoundPrefix = 3;

    /// <summary>The letters typo variants are made of: the Norwegian alphabet and the digits.</summary>
    public const string Alphabet = "abcdefghijklmnopqrstuvwxyzæøå0123456789";

    private const char RingAbove = '\u030A';

    /// <summary>Irregular forms, also as the end of a compound ("barnebøker" → "barnebok").</summary>
    private static readonly (string Form, string Stem)[] IrregularEndings =
    [
        ("bøkenes", "bok"), ("bøkene", "bok"), ("bøker", "bok"),
        ("føttene", "fot"), ("føtter", "fot"),
        ("mennene", "mann"), ("menn", "mann"),
        ("tennene", "tann"), ("tenner", "tann"),
        ("hendene", "hånd"), ("hender", "hånd"),
        ("nettene", "natt"), ("netter", "natt"),
        ("brødrene", "bror"), ("brødre", "bror"),
        ("klærne", "klær"), ("klær", "klær"),
    ];

    /// <summary>Irregular forms that count only as whole words (as an ending, "tær" would also catch "militær").</summary>
    private static readonly Dictionary<string, string> IrregularWords = new(StringComparer.Ordinal)
    {
        ["tær"] = "tå", ["tærne"] = "tå",
        ["knær"] = "kne", ["knærne"] = "kne",
    };

    /// <summary>
    /// Inflectional endings, longest first: definite plural (-ene), genitives (-enes, -ens, -ets, -ers), plural (-er),
    /// definite singular (-en, -et, -a) and the final -e of the base form ("jakke" and "jakker" both give "jakk").
    /// Nynorsk -ar/-ane are left out: in Bokmål they end base words ("gitar"), and stripping them only adds false friends.
    /// </summary>
    private static readonly string[] Endings = ["enes", "ene", "ens", "ets", "ers", "er", "en", "et", "a", "e"];

    /// <summary>Lower-cased words of letters and digits; æ, ø and å stay letters, other accents are removed (é → e).</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text)) return words;
        var decomposed = text.Normalize(NormalizationForm.FormD).ToLowerInvariant();
        var current = new StringBuilder();
        foreach (var rune in decomposed.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                // Inside a word a mark is dropped (é → e), except the ring that makes a into å.
                if (current.Length > 0 && rune.Value == RingAbove && current[^1] == 'a') current.Append(RingAbove);
                continue;
            }
            if (Rune.IsLetterOrDigit(rune)) current.Append(rune.ToString());
            else Flush(current, words);
        }
        Flush(current, words);
        return words;

        static void Flush(StringBuilder current, List<string> words)
        {
            if (current.Length == 0) return;
            words.Add(current.ToString().Normalize(NormalizationForm.FormC));
            current.Clear();
        }
    }

    /// <summary>The index form of one lower-cased word.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        // Numbers, sizes like "18v", and one- or two-letter words stay as they are.
        if (word.Length <= 2 || !word.All(char.IsLetter)) return word;
        if (IrregularWords.TryGetValue(word, out var irregular)) return irregular;
        foreach (var (form, stem) in IrregularEndings)
            if (word.EndsWith(form, StringComparison.Ordinal))
                return string.Concat(word.AsSpan(0, word.Length - form.Length), stem);

        // Remove endings until none is left, so that "sofaer" → "sofa" → "sof" meets "sofa" → "sof".
        var current = word;
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var ending in Endings)
            {
                if (current.Length - ending.Length >= MinStemLength && current.EndsWith(ending, StringComparison.Ordinal))
                {
                    current = current[..^ending.Length];
                    changed = true;
                    break;
                }
            }
        }
        return DropUnstressedE(current);
    }

    /// <summary>
    /// "-el" loses its e when an ending follows ("sykkel" / "sykler", "støvel" / "støvler"), so the base form does the
    /// same, and a doubled consonant before it becomes single: "sykkel" → "sykl", "nøkkel" → "nøkl", "møbel" → "møbl".
    /// </summary>
    private static string DropUnstressedE(string word)
    {
        if (word.Length < 5 || !word.EndsWith("el", StringComparison.Ordinal) || IsVowel(word[^3])) return word;
        var stem = word[..^2];
        if (stem.Length >= 4 && stem[^1] == stem[^2]) stem = stem[..^1];
        return stem + "l";
    }

    private static bool IsVowel(char c) => "aeiouyæøå".Contains(c, StringComparison.Ordinal);

    /// <summary>
    /// Marks a term that stands for a compound's first part ("telt0" in "teltplugger"): a query word finds it, but ranks
    /// it below the word itself or a compound's head. A digit, so both full-text tokenizers keep it inside the term; words
    /// of three or more letters and a final 0 are rare in what people write.
    /// </summary>
    public const char FirstPartMark = '0';

    /// <summary>
    /// The terms to store for a text, distinct and separated by spaces: the stem of every word, then for each compound
    /// (<see cref="Decompounder"/>) the stem of its head and the marked stems of its first parts (<see cref="FirstPartMark"/>).
    /// Parts come last, so a store that must cut a long text drops parts before words.
    /// </summary>
    public static string IndexTerms(string? text) => IndexTerms(text, Lexicon.Norwegian);

    /// <summary><see cref="IndexTerms(string?)"/> with the given lexicon.</summary>
    public static string IndexTerms(string? text, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var words = Words(text);
        var terms = new List<string>(words.Count * 2);
        terms.AddRange(words.Select(Stem));
        foreach (var word in words)
            terms.AddRange(PartTerms(word, lexicon));
        return string.Join(' ', terms.Distinct(StringComparer.Ordinal));
    }

    /// <summary>The terms of a compound's parts: the head's stem, and each first part's stem marked; none for other words.</summary>
    public static IEnumerable<string> PartTerms(string word, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(lexicon);
        if (Decompounder.Split(word, lexicon) is not { } split) yield break;
        yield return Stem(split.Head);
        foreach (var modifier in split.Modifiers)
            foreach (var form in Decompounder.ModifierWords(modifier, lexicon))
                yield return FirstPart(Stem(form));
    }

    /// <summary>The term a first part is indexed as: its stem and <see cref="FirstPartMark"/>.</summary>
    public static string FirstPart(string stem) => stem + FirstPartMark;

    /// <summary>True for a term made by <see cref="FirstPart"/>: at least <see cref="MinStemLength"/> letters, then the mark.</summary>
    public static bool IsFirstPart(string term)
    {
        if (term is not { Length: > MinStemLength } || term[^1] != FirstPartMark) return false;
        foreach (var c in term.AsSpan(0, term.Length - 1))
            if (!char.IsLetter(c)) return false;
        return true;
    }

    /// <summary>The stem of every word of a query, in order, without repeats.</summary>
    public static IReadOnlyList<string> QueryStems(string? query)
    {
        var words = Words(query);
        // Every query word must match, so "jakke til barn" would need "til" in the item: small words are dropped
        // unless the query has nothing else.
        var content = words.Where(w => !StopWords.Contains(w)).ToList();
        return (content.Count > 0 ? content : words).Select(Stem).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Function words a query can do without (bokmål and the English a resident may type).</summary>
    public static readonly FrozenSet<string> StopWords = new[]
    {
        "og", "i", "på", "til", "for", "med", "av", "fra", "om", "en", "ei", "et", "den", "det", "de", "som", "eller",
        "til", "uten", "ved", "the", "a", "an", "and", "of", "for", "with", "to", "in", "or",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True when the indexed term is the stem itself or a compound ending in it ("barnesykl" for "sykl"). A compound
    /// needs a stem of at least <see cref="MinStemLength"/> characters with a letter in it, and at least
    /// <see cref="MinCompoundPrefix"/> characters in front: "is" does not find "pris", "28" does not find "128".
    /// Only the end counts, so "ski" finds "langrennski" but not "skinnjakk", and "sko" not "skolesekk".
    /// </summary>
    public static bool IsCompoundHead(string term, string stem)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentNullException.ThrowIfNull(stem);
        if (string.Equals(term, stem, StringComparison.Ordinal)) return true;
        return CanHeadCompounds(stem)
            && term.Length - stem.Length >= MinCompoundPrefix
            && term.EndsWith(stem, StringComparison.Ordinal);
    }

    /// <summary>Whether compounds ending in this stem are looked for at all (see <see cref="IsCompoundHead"/>).</summary>
    public static bool CanHeadCompounds(string stem) =>
        stem is not null && stem.Length >= MinStemLength && stem.Any(char.IsLetter);

    /// <summary>
    /// Every string one edit away from the stem (a letter removed, added, replaced, or two neighbours swapped, over
    /// <see cref="Alphabet"/>), for stems of at least <see cref="MinTypoLength"/> letters. Numbers get no variants.
    /// </summary>
    public static IEnumerable<string> TypoVariants(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        // Edits inside a surrogate pair would make invalid text; such words get no variants.
        if (stem.Count(char.IsLetter) < MinTypoLength || stem.Any(char.IsSurrogate)) return [];
        var seen = new HashSet<string>(StringComparer.Ordinal) { stem };
        var variants = new List<string>();
        var buffer = new StringBuilder(stem.Length + 1);
        void Add(string v)
        {
            if (seen.Add(v)) variants.Add(v);
        }

        for (var i = 0; i < stem.Length; i++)
            Add(stem.Remove(i, 1));
        for (var i = 0; i + 1 < stem.Length; i++)
        {
            if (stem[i] == stem[i + 1]) continue;
            buffer.Clear().Append(stem);
            (buffer[i], buffer[i + 1]) = (buffer[i + 1], buffer[i]);
            Add(buffer.ToString());
        }
        for (var i = 0; i < stem.Length; i++)
            foreach (var c in Alphabet)
            {
                if (c == stem[i]) continue;
                buffer.Clear().Append(stem);
                buffer[i] = c;
                Add(buffer.ToString());
            }
        for (var i = 0; i <= stem.Length; i++)
            foreach (var c in Alphabet)
                Add(stem.Insert(i, c.ToString()));
        return variants;
    }
}
