using Omigjen.Web.Features.Items.Search;

namespace Omigjen.Web.Features.Lending.Catalogue;

/// <summary>The search terms of a lendable type, analysed as the item search does.</summary>
public static class LendingIndexing
{
    /// <summary>
    /// Sets <see cref="LendingType.SearchTerms"/> from the name and the description: the
    /// analysed terms with a space at both ends, so a query stem matches a whole term or the end of a compound
    /// with <c>LIKE '% stem %'</c> or <c>LIKE '%stem %'</c>.
    /// </summary>
    public static void Apply(LendingType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var text = string.Join(' ', type.Name, type.Description);
        type.SearchTerms = " " + NorwegianAnalyzer.IndexTerms(text) + " ";
    }
}
