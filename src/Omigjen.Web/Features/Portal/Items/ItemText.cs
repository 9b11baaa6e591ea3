using System.Globalization;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Portal.Items;

/// <summary>Words for an item's condition, status and price in the portal.</summary>
public static class ItemText
{
    public static string Of(ItemCondition c) => c switch
    {
        ItemCondition.New => L.T("Ny", "New"),
        ItemCondition.AsNew => L.T("Som ny", "As new"),
        ItemCondition.GentlyUsed => L.T("Pent brukt", "Gently used"),
        ItemCondition.Used => L.T("Brukt", "Used"),
        ItemCondition.NeedsRepair => L.T("Må repareres", "Needs repair"),
        _ => c.ToString(),
    };

    public static string Of(ItemStatus s) => s switch
    {
        ItemStatus.Available => L.T("Tilgjengelig", "Available"),
        ItemStatus.Reserved => L.T("Holdt av", "Reserved"),
        ItemStatus.Sold => L.T("Solgt / gitt bort", "Sold / given away"),
        ItemStatus.Removed => L.T("Fjernet", "Removed"),
        _ => s.ToString(),
    };

    public static string Price(int priceNok) => priceNok == 0
        ? L.T("Gratis", "Free")
        : priceNok.ToString("N0", CultureInfo.GetCultureInfo("nb-NO")) + " kr";
}
