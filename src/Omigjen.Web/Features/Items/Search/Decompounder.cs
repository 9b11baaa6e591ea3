namespace Omigjen.Web.Features.Items.Search;

/// <summary>
/// Splits a compound into words of a <see cref="Lexicon"/>: "sykkelhjelm" → sykkel|hjelm, "badehåndkle" → bade|håndkle,
/// "tursekk" → tur|sekk, with the linking letters -s- and -e- allowed after any part but the last ("landskaps|skisse").
/// A word is split only when every part is a word, so "badminton" stays whole (there is no "minton") and "skinnjakke"
/// is skinn|jakke. A word the lexicon knows whole is split only where the dictionary says its first parts begin
/// compounds: in known words, most splits into other words are chance ("som|mer", "kom|plett"). A head shorter than
/// four letters must be such a form in any word: "plan|ter", "sko|ene" (an inflection the lexicon lacks) are no compounds.
/// </summary>
public static class Decompounder
{
    /// <summary>Every part (without its linking letter) has at least this many letters: "le" in "skolesekk" is no part.</summary>
    public const int MinPartLength = 3;

    /// <summary>A head shorter than this must be a form that takes part in compounds ("plan|ter" is no compound).</summary>
    public const int MinFreeHeadLength = 4;

    /// <summary>Parts beyond this many are never tried ("førstehjelpsskrin" needs three).</summary>
    public const int MaxParts = 4;

    /// <summary>The split with the fewest parts (then the longest last part), or null when the word is no compound.</summary>
    public static CompoundSplit? Split(string word, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(lexicon);
        if (word.Length < 2 * MinPartLength || !word.All(char.IsLetter)) return null;
        var known = lexicon.Contains(word);
        var cuts = new List<int>(MaxParts);
        List<int>? best = null;
        Search(word, lexicon, 0, known, cuts, ref best);
        if (best is null) return null;
        var modifiers = new List<string>(best.Count);
        var start = 0;
        foreach (var cut in best)
        {
            modifiers.Add(word[start..cut]);
            start = cut;
        }
        return new CompoundSplit(modifiers, word[start..]);
    }

    /// <summary>Tries every cut after <paramref name="start"/>; keeps the best complete split in <paramref name="best"/>.</summary>
    private static void Search(string word, Lexicon lexicon, int start, bool known, List<int> cuts, ref List<int>? best)
    {
        // One more part than the best so far cannot win.
        if (best is not null && cuts.Count + 1 > best.Count) return;
        if (cuts.Count + 1 >= MaxParts) return;
        var span = word.AsSpan();
        for (var cut = start + MinPartLength; word.Length - cut >= MinPartLength; cut++)
        {
            if (!IsModifier(span[start..cut], lexicon, known)) continue;
            cuts.Add(cut);
            if (IsHead(span[cut..], lexicon) && Better(cuts, best, word.Length)) best = [.. cuts];
            Search(word, lexicon, cut, known, cuts, ref best);
            cuts.RemoveAt(cuts.Count - 1);
        }
    }

    private static bool IsHead(ReadOnlySpan<char> part, Lexicon lexicon) =>
        lexicon.Contains(part) && (part.Length >= MinFreeHeadLength || lexicon.BeginsCompounds(part));

    /// <summary>Fewer parts first, then the longer last part (the head): "skifte|nøkkel" before "skift|e…".</summary>
    private static bool Better(List<int> cuts, List<int>? best, int length)
    {
        if (best is null || cuts.Count < best.Count) return true;
        return cuts.Count == best.Count && length - cuts[^1] > length - best[^1];
    }

    /// <summary>A word, or a word with a linking -s- or -e- after it; in a known word, one that begins compounds.</summary>
    private static bool IsModifier(ReadOnlySpan<char> part, Lexicon lexicon, bool known)
    {
        if (known ? lexicon.BeginsCompounds(part) : lexicon.Contains(part)) return true;
        if (part.Length <= MinPartLength || part[^1] is not ('s' or 'e')) return false;
        var word = part[..^1];
        return known ? lexicon.BeginsCompounds(word) : lexicon.Contains(word);
    }

    /// <summary>The forms a first part stands for: itself when it is a word, and without its linking letter when that is one.</summary>
    public static IEnumerable<string> ModifierWords(string part, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(lexicon);
        if (lexicon.Contains(part)) yield return part;
        if (part.Length > MinPartLength && part[^1] is 's' or 'e' && lexicon.Contains(part.AsSpan(0, part.Length - 1)))
            yield return part[..^1];
    }
}

/// <summary>A compound's first parts as written (linking letter included) and its last part, the head.</summary>
public sealed record CompoundSplit(IReadOnlyList<string> Modifiers, string Head);
