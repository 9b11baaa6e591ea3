namespace Omigjen.Web.Features.Initiatives;

/// <summary>One problem in an import file: where it is and what is wrong, in bokmål and English.</summary>
public sealed record ImportError(int Row, string Column, string MessageNb, string MessageEn)
{
    public override string ToString() => $"rad/row {Row}, {Column}: {MessageNb} / {MessageEn}";
}
