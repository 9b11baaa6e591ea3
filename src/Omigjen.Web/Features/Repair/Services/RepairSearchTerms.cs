using System.Globalization;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items.Search;

namespace Omigjen.Web.Features.Repair.Services;

/// <summary>
/// The terms a repair service is found by: what is repaired, its description and its category's names in both
/// languages, analysed by the item search's <see cref="NorwegianAnalyzer"/> so "sykkel" finds a service in "Sykler".
/// </summary>
public static class RepairSearchTerms
{
    public static string Of(RepairService s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var text = string.Join(' ', s.What, s.Description, CategoryWords(s.Category));
        var terms = NorwegianAnalyzer.IndexTerms(text);
        return terms.Length <= 4000 ? terms : terms[..terms.LastIndexOf(' ', 4000)];
    }

    private static string CategoryWords(GoodsCategory category)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nb-NO");
            var nb = Labels.Of(category);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
            return nb + " " + Labels.Of(category);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
