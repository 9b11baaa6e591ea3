using Omigjen.Web.Features.Points.Codes;

namespace Omigjen.Web.Tests.Features.Points;

public sealed class CodeAlphabetTests
{
    [Fact]
    public void Codes_have_the_right_length_and_no_ambiguous_characters()
    {
        foreach (var c in "0O1IL") Assert.DoesNotContain(c, CodeAlphabet.Letters);
        Assert.Equal(CodeAlphabet.Letters.Length, CodeAlphabet.Letters.Distinct().Count());
        var codes = Enumerable.Range(0, 2000).Select(_ => CodeAlphabet.New(CodeAlphabet.ClaimLength)).ToList();
        Assert.All(codes, code =>
        {
            Assert.Equal(8, code.Length);
            Assert.All(code, ch => Assert.Contains(ch, CodeAlphabet.Letters));
        });
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal(12, CodeAlphabet.New(CodeAlphabet.VoucherLength).Length);
    }

    [Fact]
    public void Typed_codes_are_read_forgivingly_and_others_refused()
    {
        Assert.Equal("ABCDEFGH", CodeAlphabet.Normalize(" abcd-efgh ", 8));
        Assert.Equal("ABCDEFGH", CodeAlphabet.Normalize("ABCD EFGH", 8));
        Assert.Null(CodeAlphabet.Normalize("ABCDEFG", 8));
        Assert.Null(CodeAlphabet.Normalize("ABCDEFGO", 8)); // O is not in the alphabet
        Assert.Null(CodeAlphabet.Normalize("", 8));
        Assert.Null(CodeAlphabet.Normalize(new string('A', 100), 8));
        Assert.Equal("ABCD EFGH", CodeAlphabet.Grouped("ABCDEFGH"));
        Assert.NotEqual(CodeAlphabet.Hash("ABCDEFGH"), CodeAlphabet.Hash("ABCDEFGJ"));
        Assert.Equal(64, CodeAlphabet.Hash("ABCDEFGH").Length);
    }
}
