namespace Omigjen.Web.Features.Items.Search;

/// <summary>Keeps an item's analysed terms in step with its text.</summary>
public static class ItemIndexing
{
    /// <summary>Sets <see cref="Item.TitleTerms"/> and <see cref="Item.BodyTerms"/> from the item's text.</summary>
    public static void Apply(Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        item.TitleTerms = NorwegianAnalyzer.IndexTerms(item.Title);
        item.BodyTerms = NorwegianAnalyzer.IndexTerms(string.Join(' ', item.Description, item.Subcategory, item.Brand, item.Colour));
    }
}
