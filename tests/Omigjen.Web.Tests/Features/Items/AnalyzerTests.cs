using Omigjen.Web.Features.Items.Search;

namespace Omigjen.Web.Tests.Features.Items;

public sealed class AnalyzerTests
{
    [Theory]
    [InlineData("Sag og øks-sett", "sag|og|øks|sett")]
    [InlineData("Herresykkel 28\" 7 gir", "herresykkel|28|7|gir")]
    [InlineData("Café Müller, Köln", "cafe|muller|koln")]
    [InlineData("SÅRPLASTER og Ærlige Ørreter", "sårplaster|og|ærlige|ørreter")]
    [InlineData("Ergonomisk, for 1.–4. trinn.", "ergonomisk|for|1|4|trinn")]
    [InlineData("Komfort −10 °C.", "komfort|10|c")]
    [InlineData("Boremaskin 18V", "boremaskin|18v")]
    [InlineData("  ", "")]
    public void Words_lower_cases_splits_and_keeps_æøå(string text, string expected) =>
        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries), NorwegianAnalyzer.Words(text));

    [Fact]
    public void Words_composes_a_decomposed_å_and_handles_null()
    {
        // "a" followed by a combining ring is the letter å, not "a" with an accent.
        Assert.Equal(["sår"], NorwegianAnalyzer.Words("Sa\u030Ar"));
        Assert.Equal("\u00E5", NorwegianAnalyzer.Words("A\u030A")[0]);
        Assert.Empty(NorwegianAnalyzer.Words(null));
    }

    [Theory]
    [InlineData("sykl", "sykkel|sykler|syklene|sykkelen|sykkelens")]
    [InlineData("barnesykl", "barnesykkel|barnesykler|barnesyklene")]
    [InlineData("bok", "bok|boka|boken|bøker|bøkene|bøkenes")]
    [InlineData("barnebok", "barnebok|barneboka|barnebøker|barnebøkene")]
    [InlineData("jakk", "jakke|jakker|jakka|jakken|jakkene")]
    [InlineData("sko", "sko|skoa|skoen|skoene")]
    [InlineData("stol", "stol|stolen|stoler|stolene")]
    [InlineData("gummistøvl", "gummistøvel|gummistøvler|gummistøvlene|gummistøvelen")]
    [InlineData("nøkl", "nøkkel|nøkler|nøklene|nøkkelen")]
    [InlineData("ski", "ski|skia|skiene|skier")]
    [InlineData("sof", "sofa|sofaen|sofaer|sofaene")]
    [InlineData("fot", "fot|foten|føtter|føttene")]
    [InlineData("mann", "mann|mannen|menn|mennene")]
    [InlineData("tann", "tann|tannen|tenner|tennene")]
    [InlineData("hånd", "hånd|hånden|hender|hendene")]
    [InlineData("natt", "natt|natten|netter|nettene")]
    [InlineData("bror", "bror|broren|brødre|brødrene")]
    [InlineData("tå", "tå|tær|tærne")]
    [InlineData("kne", "kne|knær|knærne")]
    [InlineData("klær", "klær|klærne")]
    [InlineData("barneklær", "barneklær")]
    public void Inflected_forms_meet_in_one_stem(string stem, string forms)
    {
        foreach (var form in forms.Split('|'))
            Assert.True(NorwegianAnalyzer.Stem(form) == stem, $"Stem(\"{form}\") = \"{NorwegianAnalyzer.Stem(form)}\", expected \"{stem}\"");
    }

    [Theory]
    [InlineData("28")]
    [InlineData("1000")]
    [InlineData("18v")]
    [InlineData("is")]
    [InlineData("og")]
    [InlineData("sar")]
    [InlineData("sår")]
    [InlineData("boremaskin")]
    [InlineData("militær")]
    public void Numbers_short_words_and_endingless_words_stay(string word) =>
        Assert.Equal(word, NorwegianAnalyzer.Stem(word));

    [Fact]
    public void Stems_keep_at_least_three_letters_and_å_apart_from_a()
    {
        Assert.Equal("kak", NorwegianAnalyzer.Stem("kake"));
        Assert.Equal("kak", NorwegianAnalyzer.Stem("kaker"));
        Assert.Equal("ide", NorwegianAnalyzer.Stem("ideer"));
        Assert.NotEqual(NorwegianAnalyzer.Stem("sar"), NorwegianAnalyzer.Stem("sår"));
    }

    [Fact]
    public void Index_terms_are_distinct_stems_of_every_word()
    {
        // A compound's parts come after the words: its head ("bok") and its first part, marked ("barn0").
        Assert.Equal("barnebok 10 stk bok barn0", NorwegianAnalyzer.IndexTerms("Barnebøker, 10 stk."));
        Assert.Equal("sykl og barnesykl barn0", NorwegianAnalyzer.IndexTerms("Sykler og ... barnesykler, sykkel!"));
        Assert.Equal("", NorwegianAnalyzer.IndexTerms(null));
        Assert.Equal(["jakk", "barn"], NorwegianAnalyzer.QueryStems("jakker jakke barn"));
    }

    [Fact]
    public void Small_words_are_left_out_of_a_query_unless_nothing_else_is_left()
    {
        Assert.Equal(["jakk", "barn"], NorwegianAnalyzer.QueryStems("jakke til barn"));
        Assert.Equal(["sag", "øks"], NorwegianAnalyzer.QueryStems("sag og øks"));
        Assert.Equal(["og"], NorwegianAnalyzer.QueryStems("og"));
    }

    [Theory]
    [InlineData("langrennski", "ski", true)]
    [InlineData("slalåmski", "ski", true)]
    [InlineData("dunjakk", "jakk", true)]
    [InlineData("skinnjakk", "jakk", true)]
    [InlineData("barnesykl", "sykl", true)]
    [InlineData("håndsag", "sag", true)]
    [InlineData("joggesko", "sko", true)]
    [InlineData("sko", "sko", true)]
    [InlineData("skinnjakk", "ski", false)]
    [InlineData("skiftenøkl", "ski", false)]
    [InlineData("skistøvl", "ski", false)]
    [InlineData("skolesekk", "sko", false)]
    [InlineData("sårplast", "sar", false)]
    [InlineData("abski", "ski", false)]
    [InlineData("pris", "is", false)]
    [InlineData("kampris", "is", false)]
    [InlineData("1028", "28", false)]
    [InlineData("sykl", "barnesykl", false)]
    public void Compound_head_matches_the_end_only(string term, string stem, bool expected) =>
        Assert.Equal(expected, NorwegianAnalyzer.IsCompoundHead(term, stem));

    [Fact]
    public void Typo_variants_are_one_edit_away()
    {
        var variants = NorwegianAnalyzer.TypoVariants("boremasin").ToList();
        Assert.Contains("boremaskin", variants); // insertion
        Assert.Contains("boremsain", variants); // transposition
        Assert.Contains("boremasn", variants); // deletion
        Assert.Contains("boremasån", variants); // substitution with å
        Assert.Contains("børemasin", variants);
        Assert.DoesNotContain("boremasin", variants);
        Assert.Equal(variants.Count, variants.Distinct(StringComparer.Ordinal).Count());
        Assert.All(variants, v => Assert.Equal(1, EditDistance(v, "boremasin")));
        // Every single-letter edit is there: 9 deletions, 8 swaps, 9 × 38 replacements, 10 × 39 insertions less repeats.
        var expected = new HashSet<string>(StringComparer.Ordinal);
        const string word = "boremasin";
        for (var i = 0; i < word.Length; i++) expected.Add(word.Remove(i, 1));
        for (var i = 0; i < word.Length; i++)
            foreach (var c in NorwegianAnalyzer.Alphabet)
                expected.Add(string.Concat(word.AsSpan(0, i), c.ToString(), word.AsSpan(i + 1)));
        for (var i = 0; i <= word.Length; i++)
            foreach (var c in NorwegianAnalyzer.Alphabet)
                expected.Add(word.Insert(i, c.ToString()));
        for (var i = 0; i + 1 < word.Length; i++)
            expected.Add(string.Concat(word.AsSpan(0, i), word[i + 1].ToString(), word[i].ToString(), word.AsSpan(i + 2)));
        expected.Remove(word);
        Assert.Equal(expected.Order(StringComparer.Ordinal), variants.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("sykl")]
    [InlineData("ski")]
    [InlineData("12345678")]
    [InlineData("ab123")]
    public void Short_words_and_numbers_get_no_typo_variants(string stem) =>
        Assert.Empty(NorwegianAnalyzer.TypoVariants(stem));

    [Fact]
    public void Five_letters_get_typo_variants() =>
        Assert.Contains("kjole", NorwegianAnalyzer.TypoVariants("kjile"));

    /// <summary>Optimal string alignment distance (edits and adjacent swaps), to check the variants independently.</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
