using Microsoft.AspNetCore.Html;

namespace Omigjen.Web.Features.Intake.Screen;

/// <summary>
/// The station screen's pictograms: simple line drawings made for OMigjen (24 × 24, drawn with the text colour), one per
/// intake category and refused kind. Decorative: the word beside each says what it is.
/// </summary>
public static class Pictograms
{
    private static readonly Dictionary<string, string> Paths = new(StringComparer.Ordinal)
    {
        ["sofa"] = "<path d='M3 11v6h18v-6M5 11V8a2 2 0 0 1 2-2h10a2 2 0 0 1 2 2v3M3 11h3v3h12v-3h3M5 17v2M19 17v2'/>",
        ["chair"] = "<path d='M7 3v10h10V3M7 13v8M17 13v8M7 9h10'/>",
        ["shirt"] = "<path d='M8 3 3 7l3 3 2-1v12h8V9l2 1 3-3-5-4c-1 2-2 3-4 3s-3-1-4-3Z'/>",
        ["toy"] = "<circle cx='12' cy='8' r='4'/><circle cx='8' cy='4.5' r='1.5'/><circle cx='16' cy='4.5' r='1.5'/><path d='M7 21a5 5 0 0 1 10 0Z'/>",
        ["pot"] = "<path d='M4 10h16v6a4 4 0 0 1-4 4H8a4 4 0 0 1-4-4ZM2 10h2M20 10h2M9 10V7h6v3'/>",
        ["lamp"] = "<path d='M8 3h8l3 8H5ZM12 11v8M8 21h8'/>",
        ["book"] = "<path d='M4 4h6a2 2 0 0 1 2 2v14a2 2 0 0 0-2-2H4ZM20 4h-6a2 2 0 0 0-2 2v14a2 2 0 0 1 2-2h6Z'/>",
        ["disc"] = "<circle cx='12' cy='12' r='9'/><circle cx='12' cy='12' r='2'/>",
        ["bike"] = "<circle cx='6' cy='16' r='4'/><circle cx='18' cy='16' r='4'/><path d='M6 16l4-8h6l2 8M10 8 12 16h-6M9 5h3'/>",
        ["ball"] = "<circle cx='12' cy='12' r='9'/><path d='M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18'/>",
        ["hammer"] = "<path d='M4 8l5-5 4 4-5 5ZM11 10l9 9-2 2-9-9'/>",
        ["plant"] = "<path d='M12 21V11M12 11C12 7 9 5 5 5c0 4 3 6 7 6ZM12 14c0-3 3-5 7-5 0 3-3 5-7 5ZM7 21h10'/>",
        ["brick"] = "<path d='M3 6h18v12H3ZM3 12h18M9 6v6M15 12v6'/>",
        ["fridge"] = "<path d='M6 2h12v20H6ZM6 10h12M9 5v3M9 13v4'/>",
        ["paw"] = "<circle cx='6' cy='10' r='2'/><circle cx='10' cy='6' r='2'/><circle cx='14' cy='6' r='2'/><circle cx='18' cy='10' r='2'/><path d='M8 18c0-3 2-5 4-5s4 2 4 5c0 2-2 2-4 2s-4 0-4-2Z'/>",
        ["box"] = "<path d='M3 7l9-4 9 4v10l-9 4-9-4ZM3 7l9 4 9-4M12 11v10'/>",
        ["camera"] = "<path d='M3 7h4l2-3h6l2 3h4v13H3Z'/><circle cx='12' cy='13' r='4'/>",
        ["undo"] = "<path d='M9 14 4 9l5-5M4 9h11a5 5 0 0 1 0 10h-3'/>",
        ["no"] = "<circle cx='12' cy='12' r='9'/><path d='M5.6 5.6l12.8 12.8'/>",
    };

    public static IHtmlContent Of(string name) => new HtmlString(
        "<svg class=\"pictogram\" viewBox=\"0 0 24 24\" width=\"40\" height=\"40\" aria-hidden=\"true\" focusable=\"false\" fill=\"none\" stroke=\"currentColor\" " +
        "stroke-width=\"1.8\" stroke-linecap=\"round\" stroke-linejoin=\"round\">" + (Paths.TryGetValue(name, out var p) ? p : Paths["box"]) + "</svg>");
}
