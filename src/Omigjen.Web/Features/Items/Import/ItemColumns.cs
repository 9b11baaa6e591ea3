using System.Globalization;
using System.Text;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Items.Import;

/// <summary>
/// The columns of the item spreadsheet (docs/import-format.md) and the ways people write their headers and cells.
/// Export writes the canonical names and tokens; import reads the Norwegian and English forms too.
/// </summary>
public static class ItemColumns
{
    public const string ExternalId = "external_id";
    public const string Title = "title";
    public const string Description = "description";
    public const string Category = "category";
    public const string Condition = "condition";
    public const string PriceNok = "price_nok";
    public const string Quantity = "quantity";
    public const string Size = "size";
    public const string Brand = "brand";
    public const string WeightKg = "weight_kg";

    /// <summary>The columns in file order, as export writes them.</summary>
    public static readonly IReadOnlyList<string> All = [ExternalId, Title, Description, Category, Condition, PriceNok, Quantity, Size, Brand];

    /// <summary>The optional weight column, written after <see cref="All"/> when any exported item has a weight.</summary>
    public static readonly IReadOnlyList<string> WithWeight = [.. All, WeightKg];

    /// <summary>The longest text each text column takes (the database's limits).</summary>
    public static readonly IReadOnlyDictionary<string, int> MaxLength = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        [ExternalId] = 100, [Title] = 200, [Description] = 4000, [Size] = 50, [Brand] = 100,
    };

    private static readonly Dictionary<string, string> Headers = new(StringComparer.Ordinal)
    {
        ["external_id"] = ExternalId, ["externalid"] = ExternalId, ["ekstern_id"] = ExternalId, ["eksternid"] = ExternalId,
        ["id"] = ExternalId, ["varenummer"] = ExternalId, ["varenr"] = ExternalId, ["sku"] = ExternalId,
        ["title"] = Title, ["tittel"] = Title, ["navn"] = Title, ["name"] = Title,
        ["description"] = Description, ["beskrivelse"] = Description,
        ["category"] = Category, ["kategori"] = Category,
        ["condition"] = Condition, ["tilstand"] = Condition,
        ["price_nok"] = PriceNok, ["price"] = PriceNok, ["pris"] = PriceNok, ["pris_nok"] = PriceNok, ["pris_kr"] = PriceNok,
        ["quantity"] = Quantity, ["antall"] = Quantity, ["qty"] = Quantity, ["stk"] = Quantity,
        ["size"] = Size, ["størrelse"] = Size, ["storrelse"] = Size, ["str"] = Size,
        ["brand"] = Brand, ["merke"] = Brand,
        ["weight_kg"] = WeightKg, ["vekt_kg"] = WeightKg, ["weight"] = WeightKg, ["vekt"] = WeightKg,
    };

    /// <summary>The canonical column for a header cell ("Pris (NOK)" is not one; "Pris NOK" and "pris_nok" are), or null.</summary>
    public static string? FromHeader(string header) => Headers.GetValueOrDefault(NormaliseHeader(header));

    /// <summary>Trimmed, lower-cased, spaces and hyphens as underscores.</summary>
    public static string NormaliseHeader(string header)
    {
        var text = (header ?? "").Trim().TrimStart('\uFEFF').Trim().ToLower(CultureInfo.InvariantCulture);
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            var c = ch is ' ' or '-' or '.' ? '_' : ch;
            if (c == '_' && sb.Length > 0 && sb[^1] == '_') continue;
            sb.Append(c);
        }
        return sb.ToString().Trim('_');
    }

    private static readonly (ItemCondition Condition, string Token, string[] Names)[] Conditions =
    [
        (ItemCondition.New, "new", ["ny", "nytt", "nye", "new"]),
        (ItemCondition.AsNew, "as-new", ["som ny", "som nytt", "as new", "asnew", "like new"]),
        (ItemCondition.GentlyUsed, "gently-used", ["pent brukt", "lite brukt", "gently used", "gentlyused"]),
        (ItemCondition.Used, "used", ["brukt", "used"]),
        (ItemCondition.NeedsRepair, "needs-repair", ["må repareres", "ma repareres", "trenger reparasjon", "needs repair", "needsrepair"]),
    ];

    /// <summary>The token export writes for a condition ("gently-used").</summary>
    public static string TokenOf(ItemCondition condition) => Conditions.First(c => c.Condition == condition).Token;

    private static readonly Dictionary<string, ItemCondition> ConditionNames = Conditions
        .SelectMany(c => c.Names.Append(c.Token).Append(c.Condition.ToString().ToLowerInvariant()).Select(n => (Name: n, c.Condition)))
        .DistinctBy(n => n.Name).ToDictionary(n => n.Name, n => n.Condition, StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads "pent brukt", "Som ny", "gently-used", "needs_repair" and the like.</summary>
    public static bool TryParseCondition(string text, out ItemCondition condition)
    {
        if (ConditionNames.TryGetValue(text ?? "", out condition)) return true;
        var key = string.Join(' ', (text ?? "").ToLower(CultureInfo.InvariantCulture).Replace('-', ' ').Replace('_', ' ')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return ConditionNames.TryGetValue(key, out condition);
    }

    /// <summary>The words the condition column takes, for error messages.</summary>
    public static string ConditionWordsNb => "ny, som ny, pent brukt, brukt, må repareres";

    public static string ConditionWordsEn => "new, as-new, gently-used, used, needs-repair";

    /// <summary>The category tokens, for error messages.</summary>
    public static string CategoryTokens => string.Join(", ", Enum.GetValues<GoodsCategory>().Select(Tokens.Of));
}
