using System.Globalization;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Items;

/// <summary>Display texts for items in bokmål and English.</summary>
public static class ItemLabels
{
    private static readonly CultureInfo Nb = CultureInfo.GetCultureInfo("nb-NO");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

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
        ItemStatus.Reserved => L.T("Holdt av", "On hold"),
        ItemStatus.Sold => L.T("Solgt eller gitt bort", "Sold or given away"),
        ItemStatus.Removed => L.T("Fjernet", "Removed"),
        _ => s.ToString(),
    };

    /// <summary>"Gratis" for 0, else "1 250 kr" / "NOK 1,250".</summary>
    public static string Price(int priceNok) => priceNok == 0
        ? L.T("Gratis", "Free")
        : L.T($"{priceNok.ToString("N0", Nb)} kr", $"NOK {priceNok.ToString("N0", En)}");

    /// <summary>"3 stk." when there is more than one.</summary>
    public static string Quantity(int quantity) => L.T($"{quantity} stk.", quantity == 1 ? "1 item" : $"{quantity} items");

    public static string Distance(double km) => km < 10
        ? km.ToString("0.0", L.IsEnglish ? En : Nb) + " km"
        : km.ToString("0", L.IsEnglish ? En : Nb) + " km";
}

/// <summary>
/// Where the photo files are served: <c>/bilder/{key}-{width}.{webp|jpg}</c> in the widths <see cref="Widths"/>.
/// </summary>
public static class ItemPhotoUrls
{
    public static readonly IReadOnlyList<int> Widths = [320, 640, 1280];

    public static string Of(string key, int width, string format) =>
        FormattableString.Invariant($"/bilder/{Uri.EscapeDataString(key)}-{width}.{format}");

    /// <summary>Every width in one format, for a <c>srcset</c>.</summary>
    public static string SrcSet(string key, string format) =>
        string.Join(", ", Widths.Select(w => FormattableString.Invariant($"{Of(key, w, format)} {w}w")));

    /// <summary>The height of the photo shown <paramref name="width"/> wide, keeping its proportions.</summary>
    public static int HeightAt(int width, int photoWidth, int photoHeight) =>
        photoWidth <= 0 || photoHeight <= 0 ? width * 3 / 4 : (int)Math.Round((double)width * photoHeight / photoWidth);
}
