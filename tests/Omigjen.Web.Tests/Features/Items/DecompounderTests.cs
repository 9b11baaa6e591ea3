using Omigjen.Web.Features.Items.Search;

namespace Omigjen.Web.Tests.Features.Items;

/// <summary>The splitting rules on a small word list of our own, then the shipped lexicon on the examples.</summary>
public sealed class DecompounderTests
{
    /// <summary>As the lexicon file writes them: "+" after a form that may begin a compound.</summary>
    private static readonly Lexicon Small = new([
        "sykkel+", "hjelm", "bade+", "bad", "håndkle", "hånd+", "kle", "land+", "lag+", "skinn+", "jakke", "ski", "telt+", "plugger",
        "som", "mer", "sommer+", "kjole", "første+", "hjelp+", "skrin", "bil", "lett", "billett", "kaffe+", "trakter", "kaffetrakter",
        "plan+", "ter", "planter",
    ]);

    private static string? Show(string word, Lexicon lexicon) =>
        Decompounder.Split(word, lexicon) is { } split ? string.Join('|', split.Modifiers.Append(split.Head)) : null;

    [Theory]
    [InlineData("sykkelhjelm", "sykkel|hjelm")]
    [InlineData("badehåndkle", "bade|håndkle")] // two parts beat bade|hånd|kle
    [InlineData("landslag", "lands|lag")] // linking -s-
    [InlineData("skinnjakke", "skinn|jakke")]
    [InlineData("teltplugger", "telt|plugger")]
    [InlineData("sommerkjole", "sommer|kjole")] // not som|mer|kjole: fewest parts
    [InlineData("førstehjelpsskrin", "første|hjelps|skrin")] // three parts, -s- inside
    [InlineData("kaffetrakter", "kaffe|trakter")] // known whole, and "kaffe" begins compounds
    public void Splits_into_the_fewest_dictionary_words(string word, string expected) =>
        Assert.Equal(expected, Show(word, Small));

    [Theory]
    [InlineData("badminton")] // "minton" is no word
    [InlineData("skinnjakkx")] // the end is no word
    [InlineData("sommer")] // known whole, and "som" begins no compounds: som|mer is chance
    [InlineData("billett")] // the same: bil|lett
    [InlineData("planter")] // "plan" begins compounds, but a short head must too: plan|ter is chance
    [InlineData("skinnter")] // the same in a word the lexicon does not know
    [InlineData("telt")] // too short to hold two parts
    [InlineData("telt18")] // not only letters
    public void Leaves_words_whole_unless_every_part_is_a_word(string word) =>
        Assert.Null(Show(word, Small));

    [Fact]
    public void Unknown_words_may_start_with_a_three_letter_part() =>
        Assert.Equal("bil|hjelm", Show("bilhjelm", Small));

    [Fact]
    public void A_first_part_stands_for_itself_and_for_the_word_before_its_linking_letter()
    {
        Assert.Equal(["bade", "bad"], Decompounder.ModifierWords("bade", Small));
        Assert.Equal(["land"], Decompounder.ModifierWords("lands", Small));
        Assert.Equal(["telt"], Decompounder.ModifierWords("telt", Small));
    }

    [Fact]
    public void Index_terms_add_the_head_and_marked_first_parts_after_the_words()
    {
        Assert.Equal("teltplugg plugg telt0", NorwegianAnalyzer.IndexTerms("Teltplugger", Small));
        Assert.Equal("badehåndkl 4 stk håndkl bad0", NorwegianAnalyzer.IndexTerms("Badehåndkle, 4 stk.", Small));
        Assert.Equal("badminton", NorwegianAnalyzer.IndexTerms("Badminton", Small));
        Assert.True(NorwegianAnalyzer.IsFirstPart("telt0"));
        Assert.False(NorwegianAnalyzer.IsFirstPart("a0")); // a paper size: no first part is that short
        Assert.False(NorwegianAnalyzer.IsFirstPart("180"));
        Assert.False(NorwegianAnalyzer.IsFirstPart("mp30"));
        Assert.False(NorwegianAnalyzer.IsFirstPart("telt"));
    }

    [Theory]
    [InlineData("sykkelhjelm", "sykkel", "hjelm")]
    [InlineData("badehåndkle", "bad", "håndkle")]
    [InlineData("skinnjakke", "skinn", "jakke")]
    [InlineData("teltplugger", "telt", "plugger")]
    [InlineData("kaffetrakter", "kaffe", "trakter")]
    [InlineData("kaffekopper", "kaffe", "kopper")]
    [InlineData("landskapsskisse", "landskap", "skisse")]
    [InlineData("tursekk", "tur", "sekk")]
    public void The_shipped_lexicon_splits_real_compounds(string word, string firstPart, string head)
    {
        var split = Decompounder.Split(word, Lexicon.Norwegian);
        Assert.NotNull(split);
        Assert.Equal(head, split.Head);
        Assert.Contains(firstPart, split.Modifiers.SelectMany(m => Decompounder.ModifierWords(m, Lexicon.Norwegian)));
    }

    [Theory]
    [InlineData("badminton")]
    [InlineData("sommer")]
    [InlineData("telt")]
    [InlineData("skisse")]
    public void The_shipped_lexicon_leaves_simple_words_whole(string word) =>
        Assert.Null(Decompounder.Split(word, Lexicon.Norwegian));

    [Theory]
    [InlineData("skinnjakke")]
    [InlineData("skiftenøkkel")]
    [InlineData("skinnsofa")]
    [InlineData("landskapsskisse")]
    [InlineData("skolesekk")]
    public void No_false_first_parts_for_ski_and_sko(string word)
    {
        var parts = NorwegianAnalyzer.IndexTerms(word).Split(' ');
        Assert.DoesNotContain("ski0", parts);
        Assert.DoesNotContain("sko0", parts);
    }

    [Fact]
    public void The_shipped_lexicon_is_large_and_lower_case() =>
        Assert.True(Lexicon.Norwegian.Count > 100_000 && Lexicon.Norwegian.Contains("sykkel") && !Lexicon.Norwegian.Contains("Sykkel"),
            $"{Lexicon.Norwegian.Count} words");
}
