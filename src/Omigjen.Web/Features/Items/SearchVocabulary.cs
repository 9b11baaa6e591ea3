namespace Omigjen.Web.Features.Items;

/// <summary>
/// Every analysed term ever indexed, so a query can be widened to compounds ("sykl" → "barnesykl") and one-letter
/// typos before the full-text index is asked. <see cref="Reversed"/> turns "ends with" into a prefix search.
/// </summary>
public sealed class SearchVocabulary
{
    public required string Term { get; set; }
    public required string Reversed { get; set; }
}
