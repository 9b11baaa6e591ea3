using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Omigjen.Web.Features.Impact.Ledger;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Impact.Factors;

/// <summary>
/// A factor set as a CSV file (docs/impact-factors.md): one row per category and activity, separator ";" or ",", decimals
/// with a dot (or a comma when the separator is ";"). Reading checks every cell and names each problem by row, column and
/// what is wrong in bokmål and English; a file with any problem gives no rows.
/// </summary>
public static class FactorSetCsv
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "category", "activity", "eu_category", "unit", "average_weight_kg", "pre_use_kg_co2e", "displacement", "avoided_kg_co2e",
        "source", "source_location", "licence", "data_quality", "proxy",
    ];

    /// <summary>The largest average weight a row may give (the same bound as an item's weight).</summary>
    public const decimal MaxWeightKg = 2000m;

    public sealed record ReadResult(IReadOnlyList<Factor> Rows, IReadOnlyList<ImportError> Errors);

    /// <summary>Writes the rows in the file format (the first set, as an example and a starting point).</summary>
    public static string Write(IEnumerable<Factor> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sb = new StringBuilder();
        using var writer = new StringWriter(sb, CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";", NewLine = "\n" }))
        {
            foreach (var c in Columns) csv.WriteField(c);
            csv.NextRecord();
            foreach (var f in rows)
            {
                foreach (var cell in new[]
                {
                    Tokens.Of(f.Category), Tokens.Of(f.Activity), Tokens.Of(f.EuCategory), Tokens.Of(f.Unit), Number(f.AverageWeightKg),
                    Number(f.PreUseKgCo2e), Number(f.Displacement), Number(f.AvoidedKgCo2e), f.Source, f.SourceLocation, f.Licence,
                    f.DataQuality, f.Proxy ? "true" : "false",
                })
                    csv.WriteField(cell);
                csv.NextRecord();
            }
        }
        return sb.ToString();
    }

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>Reads and checks a file; every category must have one row per activity.</summary>
    public static ReadResult Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.TrimStart('\uFEFF');
        var firstLine = text.AsSpan()[..Math.Max(0, text.IndexOfAny(['\r', '\n']) is var n and >= 0 ? n : text.Length)];
        var separator = firstLine.Count(';') > 0 ? ";" : ",";
        var errors = new List<ImportError>();
        var rows = new List<Factor>();
        using var parser = new CsvParser(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = separator, BadDataFound = null, MissingFieldFound = null, DetectColumnCountChanges = false, IgnoreBlankLines = true,
        });
        if (!parser.Read() || parser.Record is not { } header)
            return new([], [new(1, "header", "filen er tom eller mangler overskriftsraden", "the file is empty or has no header row")]);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim().ToLowerInvariant();
            if (name.Length == 0) continue;
            if (!Columns.Contains(name))
                errors.Add(new(1, header[i], $"ukjent kolonne «{header[i]}»; kolonnene er {string.Join(", ", Columns)}",
                    $"unknown column '{header[i]}'; the columns are {string.Join(", ", Columns)}"));
            else index[name] = i;
        }
        foreach (var missing in Columns.Where(c => c is not ("avoided_kg_co2e" or "data_quality" or "source_location") && !index.ContainsKey(c)))
            errors.Add(new(1, missing, $"kolonnen «{missing}» mangler", $"the column '{missing}' is missing"));
        if (errors.Count > 0) return new([], errors);

        var seen = new Dictionary<(GoodsCategory, ImpactActivity), int>();
        while (parser.Read())
        {
            var record = parser.Record!;
            if (Array.TrueForAll(record, string.IsNullOrWhiteSpace)) continue;
            var row = parser.Row;
            var reader = new FactorRowReader(record, index, row, separator, errors);
            var factor = reader.Factor();
            if (factor is null) continue;
            if (seen.TryGetValue((factor.Category, factor.Activity), out var first))
            {
                errors.Add(new(row, "category", $"{Tokens.Of(factor.Category)} / {Tokens.Of(factor.Activity)} står allerede på rad {first}",
                    $"{Tokens.Of(factor.Category)} / {Tokens.Of(factor.Activity)} is already on row {first}"));
                continue;
            }
            seen[(factor.Category, factor.Activity)] = row;
            rows.Add(factor);
        }
        foreach (var category in Enum.GetValues<GoodsCategory>())
            foreach (var activity in Enum.GetValues<ImpactActivity>())
                if (!seen.ContainsKey((category, activity)) && errors.Count == 0)
                    errors.Add(new(0, "category", $"raden for {Tokens.Of(category)} / {Tokens.Of(activity)} mangler; hver kategori må ha én rad per aktivitet",
                        $"the row for {Tokens.Of(category)} / {Tokens.Of(activity)} is missing; every category needs one row per activity"));
        return errors.Count > 0 ? new([], errors) : new(rows, []);
    }
}
