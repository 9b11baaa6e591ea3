using System.Globalization;
using Omigjen.Web.Features.Impact.Ledger;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Impact.Factors;

/// <summary>Reads one row of a factor file, adding a bilingual problem for every bad cell.</summary>
internal sealed class FactorRowReader(string[] record, Dictionary<string, int> index, int row, string separator, List<ImportError> errors)
{
    private bool _bad;

    public Factor? Factor()
    {
        var category = Token<GoodsCategory>("category", required: true);
        var activity = Token<ImpactActivity>("activity", required: true);
        var eu = Token<EuReuseCategory>("eu_category", required: true);
        var unit = Token<FactorUnit>("unit", required: true);
        var weight = Number("average_weight_kg", 0m, FactorSetCsv.MaxWeightKg, zeroAllowed: false, required: true);
        var preUse = Number("pre_use_kg_co2e", 0m, 1_000_000m, zeroAllowed: true, required: true);
        var displacement = Number("displacement", 0m, 1m, zeroAllowed: true, required: true);
        var avoided = Number("avoided_kg_co2e", 0m, 1_000_000m, zeroAllowed: true, required: false);
        var source = Text("source", 500, required: true);
        var location = Text("source_location", 500, required: false);
        var licence = Text("licence", 100, required: true);
        var quality = Text("data_quality", 500, required: false);
        var proxy = Bool("proxy");
        if (preUse is { } p && displacement is { } d)
        {
            var expected = decimal.Round(p * d, 4, MidpointRounding.AwayFromZero);
            if (avoided is { } a && a != expected)
                Error("avoided_kg_co2e", $"{Show(a)} er ikke fotavtrykk × fortrengning = {Show(expected)}; la cellen stå tom for å regne den ut",
                    $"{Show(a)} is not footprint × displacement = {Show(expected)}; leave the cell empty to have it computed");
            avoided = expected;
        }
        if (_bad) return null;
        return new Factor
        {
            Category = category, Activity = activity, EuCategory = eu, Unit = unit, AverageWeightKg = weight!.Value, PreUseKgCo2e = preUse!.Value,
            Displacement = displacement!.Value, AvoidedKgCo2e = avoided!.Value, Source = source!, SourceLocation = location ?? "",
            Licence = licence!, DataQuality = quality ?? "", Proxy = proxy,
        };
    }

    private static string Show(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private string? Cell(string column) =>
        index.TryGetValue(column, out var i) && i < record.Length && record[i].Trim() is { Length: > 0 } text ? text : null;

    private void Error(string column, string nb, string en)
    {
        errors.Add(new(row, column, nb, en));
        _bad = true;
    }

    private T Token<T>(string column, bool required) where T : struct, Enum
    {
        var text = Cell(column);
        if (text is not null && Tokens.TryParse<T>(text, out var value)) return value;
        if (text is not null || required)
            Error(column, $"«{text}» er ikke en av: {string.Join(", ", Tokens.All<T>())}", $"'{text}' is not one of: {string.Join(", ", Tokens.All<T>())}");
        return default;
    }

    private decimal? Number(string column, decimal min, decimal max, bool zeroAllowed, bool required)
    {
        var text = Cell(column);
        if (text is null)
        {
            if (required) Error(column, "tallet mangler", "the number is missing");
            return null;
        }
        var normalised = separator == ";" ? text.Replace(',', '.') : text;
        if (decimal.TryParse(normalised, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max && (zeroAllowed || value > 0) && decimal.Round(value, 4) == value)
            return value;
        var lower = zeroAllowed ? $"fra {Show(min)}" : $"over {Show(min)}";
        var lowerEn = zeroAllowed ? $"from {Show(min)}" : $"over {Show(min)}";
        Error(column, $"«{text}» er ikke et tall {lower} til {Show(max)} med høyst fire desimaler",
            $"'{text}' is not a number {lowerEn} to {Show(max)} with at most four decimals");
        return null;
    }

    private string? Text(string column, int max, bool required)
    {
        var text = Cell(column);
        if (text is null && required) Error(column, "teksten mangler; oppgi kilden og lisensen for hver rad", "the text is missing; give the source and the licence of every row");
        else if (text is { Length: var length } && length > max) Error(column, $"høyst {max} tegn", $"at most {max} characters");
        return text;
    }

    private bool Bool(string column)
    {
        switch (Cell(column)?.ToLowerInvariant())
        {
            case "true" or "ja" or "yes" or "1": return true;
            case "false" or "nei" or "no" or "0" or null: return false;
            default:
                Error(column, "skriv true eller false (ja/nei)", "write true or false (yes/no)");
                return false;
        }
    }
}
