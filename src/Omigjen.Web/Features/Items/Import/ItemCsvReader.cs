using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure.Forms;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Items.Import;

/// <summary>
/// Reads an item spreadsheet saved as CSV (docs/import-format.md): separator ";" or "," (or tab) found from the header
/// line, UTF-8 with or without BOM or else Windows-1252 (what Excel in Norway writes), headers in Norwegian or English.
/// Every cell is checked; each problem names the spreadsheet row (header = 1), the column as written in the file and
/// what is wrong, in bokmål and English.
/// </summary>
public static class ItemCsvReader
{
    /// <summary>The most quantity one row may give.</summary>
    public const int MaxQuantity = 1_000_000;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    private static readonly Dictionary<string, string> NoExtras = new(StringComparer.Ordinal);

    public static ItemCsvFile Read(Stream stream, IReadOnlyCollection<string>? extraColumns = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Read(Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)), extraColumns);
    }

    /// <summary>Valid UTF-8 is UTF-8 (a BOM is dropped); anything else is taken as Windows-1252.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Windows1252.Value.GetString(bytes);
        }
    }

    public static ItemCsvFile Read(string text, IReadOnlyCollection<string>? extraColumns = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = text.AsSpan(0, newline >= 0 ? newline : text.Length);
        var separator = Separator(firstLine);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = separator,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            IgnoreBlankLines = true,
        };
        using var parser = new CsvParser(new StringReader(text), config);
        if (!parser.Read() || parser.Record is not { } header || header.All(string.IsNullOrWhiteSpace))
            return ItemCsvFile.Failed(new ImportError(1, "header", "filen er tom eller mangler overskriftsraden", "the file is empty or has no header row"));

        var extras = new HashSet<string>(extraColumns ?? [], StringComparer.Ordinal);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var extraIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var fileErrors = new List<ImportError>();
        var unknown = new List<string>();
        for (var i = 0; i < header.Length; i++)
        {
            var written = header[i].Trim().TrimStart('\uFEFF').Trim();
            if (written.Length == 0) continue;
            var normalised = ItemColumns.NormaliseHeader(written);
            if (extras.Contains(normalised))
            {
                extraIndex[normalised] = i;
                continue;
            }
            if (ItemColumns.FromHeader(written) is not { } column)
            {
                unknown.Add(written);
                continue;
            }
            if (names.TryGetValue(column, out var earlier))
            {
                fileErrors.Add(new ImportError(1, written, $"kolonnen betyr det samme som «{earlier}»; behold bare én av dem",
                    $"this column means the same as '{earlier}'; keep only one of them"));
                continue;
            }
            index[column] = i;
            names[column] = written;
        }
        if (unknown.Count > 0)
        {
            var list = string.Join(", ", unknown.Select(u => $"«{u}»"));
            fileErrors.Add(new ImportError(1, string.Join(", ", unknown),
                $"ukjent kolonne {list}. Gi den et av disse navnene eller fjern den: {string.Join(", ", ItemColumns.All)} (eller ekstern_id, tittel, beskrivelse, kategori, tilstand, pris, antall, størrelse, merke, vekt_kg)",
                $"unknown column {list}. Rename it to one of {string.Join(", ", ItemColumns.WithWeight)} or remove it"));
        }
        if (!index.ContainsKey(ItemColumns.Title))
            fileErrors.Add(new ImportError(1, ItemColumns.Title, "kolonnen «tittel» (title) mangler; den er påkrevd", "the column 'title' (tittel) is missing; it is required"));
        if (fileErrors.Count > 0)
            return new ItemCsvFile { Columns = index.Keys.ToHashSet(StringComparer.Ordinal), Rows = [], Errors = [], FileErrors = fileErrors };

        var rows = new List<ItemImportRow>();
        var errors = new List<ImportError>();
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        while (parser.Read())
        {
            var record = parser.Record!;
            var row = parser.Row;
            if (Array.TrueForAll(record, string.IsNullOrWhiteSpace)) continue; // Excel writes ";;;;" for rows that were touched
            count++;
            var before = errors.Count;
            string? Cell(string column) => index.TryGetValue(column, out var i) && i < record.Length ? Clean(record[i]) : null;
            void Error(string column, string nb, string en) => errors.Add(new ImportError(row, names[column], nb, en));

            string? Text(string column)
            {
                // A cell may hold line breaks (Alt+Enter in Excel): only the description keeps them.
                var value = Cell(column) is { } raw ? column == ItemColumns.Description ? InputCheck.Multiline(raw) : InputCheck.OneLine(raw) : null;
                if (value is not null && value.Length > ItemColumns.MaxLength[column])
                {
                    var max = ItemColumns.MaxLength[column];
                    Error(column, $"teksten er {value.Length} tegn; høyst {max} er lov", $"the text is {value.Length} characters; at most {max} are allowed");
                }
                return value;
            }

            var externalId = Text(ItemColumns.ExternalId);
            var title = Text(ItemColumns.Title);
            if (title is null) Error(ItemColumns.Title, "tittel mangler; hver rad må ha en tittel", "the title is missing; every row needs one");
            var description = Text(ItemColumns.Description) ?? "";
            var size = Text(ItemColumns.Size);
            var brand = Text(ItemColumns.Brand);

            var category = GoodsCategory.Other;
            if (Cell(ItemColumns.Category) is { } categoryText && !ItemCategories.TryParse(categoryText, out category))
                Error(ItemColumns.Category, $"ukjent kategori «{categoryText}». Bruk en av: {ItemColumns.CategoryTokens} (eller navnet, f.eks. «Klær og sko», «sykler»)",
                    $"unknown category '{categoryText}'. Use one of: {ItemColumns.CategoryTokens} (or the name, e.g. 'Clothes and shoes', 'bikes')");

            var condition = ItemCondition.GentlyUsed;
            if (Cell(ItemColumns.Condition) is { } conditionText && !ItemColumns.TryParseCondition(conditionText, out condition))
                Error(ItemColumns.Condition, $"ukjent tilstand «{conditionText}». Bruk en av: {ItemColumns.ConditionWordsNb}",
                    $"unknown condition '{conditionText}'. Use one of: {ItemColumns.ConditionWordsEn}");

            var price = 0;
            if (Cell(ItemColumns.PriceNok) is { } priceText)
            {
                switch (ParsePrice(priceText, out price))
                {
                    case PriceProblem.Fraction:
                        Error(ItemColumns.PriceNok, $"«{priceText}»: prisen må være i hele kroner", $"'{priceText}': the price must be in whole kroner");
                        break;
                    case PriceProblem.NotAPrice:
                        Error(ItemColumns.PriceNok, $"«{priceText}» er ikke en pris. Skriv hele kroner, f.eks. 150, 150,00, kr 150 eller gratis",
                            $"'{priceText}' is not a price. Write whole kroner, e.g. 150, 150.00, kr 150 or gratis (free)");
                        break;
                }
            }

            var quantity = 1;
            if (Cell(ItemColumns.Quantity) is { } quantityText && !TryParseQuantity(quantityText, out quantity))
                Error(ItemColumns.Quantity, $"«{quantityText}» er ikke et gyldig antall. Skriv et helt tall fra 1 til {MaxQuantity}",
                    $"'{quantityText}' is not a valid quantity. Write a whole number from 1 to {MaxQuantity}");

            decimal? weight = null;
            if (Cell(ItemColumns.WeightKg) is { } weightText && !WeightKg.TryParse(weightText, out weight))
                Error(ItemColumns.WeightKg, $"«{weightText}» er ikke en gyldig vekt. Skriv kilo, mer enn 0 og høyst {WeightKg.Max:0}, f.eks. 2,5 eller 2.5, eller la cellen stå tom",
                    $"'{weightText}' is not a valid weight. Write kilograms, more than 0 and at most {WeightKg.Max:0}, e.g. 2.5 or 2,5, or leave the cell empty");

            if (externalId is not null)
            {
                if (firstRowOf.TryGetValue(externalId, out var first))
                    Error(ItemColumns.ExternalId, $"«{externalId}» står allerede på rad {first}; hver ekstern id kan bare brukes én gang i filen",
                        $"'{externalId}' is already used on row {first}; each external id may appear only once in the file");
                else firstRowOf[externalId] = row;
            }

            if (errors.Count > before) continue;
            rows.Add(new ItemImportRow
            {
                Row = row, ExternalId = externalId, Title = title!, Description = description, Category = category,
                Condition = condition, PriceNok = price, Quantity = quantity, Size = size, Brand = brand, WeightKg = weight,
                Extra = extraIndex.Count == 0 ? NoExtras
                    : extraIndex.ToDictionary(e => e.Key, e => e.Value < record.Length ? record[e.Value].Trim() : "", StringComparer.Ordinal),
            });
        }
        return new ItemCsvFile
        {
            Columns = index.Keys.ToHashSet(StringComparer.Ordinal), Headers = names, Rows = rows, Errors = errors, FileErrors = [], RowCount = count,
        };
    }

    private static string Separator(ReadOnlySpan<char> headerLine)
    {
        int semicolons = headerLine.Count(';'), commas = headerLine.Count(','), tabs = headerLine.Count('\t');
        if (tabs > semicolons && tabs > commas) return "\t";
        return semicolons >= commas && semicolons > 0 ? ";" : ",";
    }

    /// <summary>Trimmed, null when empty; a leading apostrophe that export put before =, +, - or @ is taken off again.</summary>
    private static string? Clean(string value)
    {
        var v = value.Trim();
        if (v.Length == 0) return null;
        if (v.Length > 1 && v[0] == '\'' && v[1] is '=' or '+' or '-' or '@') v = v[1..];
        return v;
    }

    internal enum PriceProblem { None, Fraction, NotAPrice }

    /// <summary>"150", "150,00", "kr 150", "150,-", "1 500", "1.500,00", "NOK 150", "" or "gratis" (0).</summary>
    internal static PriceProblem ParsePrice(string text, out int price)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out price)) return PriceProblem.None;
        price = 0;
        var s = text.Trim().ToLower(CultureInfo.InvariantCulture);
        if (s is "" or "gratis" or "free" or "gis bort") return PriceProblem.None;
        s = s.Replace("nok", "", StringComparison.Ordinal).Replace("kroner", "", StringComparison.Ordinal).Replace("kr", "", StringComparison.Ordinal);
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
            if (!char.IsWhiteSpace(ch) && ch != '\'') sb.Append(ch);
        s = sb.ToString().TrimEnd('-', '–').TrimEnd(',', '.', ':').TrimStart('.', ':');
        if (s.Length == 0) return PriceProblem.NotAPrice;

        string whole, fraction = "";
        int lastComma = s.LastIndexOf(','), lastDot = s.LastIndexOf('.');
        if (lastComma >= 0 && lastDot >= 0)
        {
            var decimalAt = Math.Max(lastComma, lastDot);
            var thousands = decimalAt == lastComma ? '.' : ',';
            whole = s[..decimalAt].Replace(thousands.ToString(), "", StringComparison.Ordinal);
            fraction = s[(decimalAt + 1)..];
            if (!Groups(s[..decimalAt].Split(thousands))) return PriceProblem.NotAPrice;
        }
        else if (lastComma >= 0 || lastDot >= 0)
        {
            var sep = lastComma >= 0 ? ',' : '.';
            var parts = s.Split(sep);
            if (parts.Length == 2 && parts[1].Length is 1 or 2)
                (whole, fraction) = (parts[0], parts[1]);
            else if (Groups(parts))
                whole = string.Concat(parts);
            else return PriceProblem.NotAPrice;
        }
        else whole = s;

        if (whole.Length == 0 || !whole.All(char.IsAsciiDigit) || !fraction.All(char.IsAsciiDigit)) return PriceProblem.NotAPrice;
        if (!int.TryParse(whole, NumberStyles.None, CultureInfo.InvariantCulture, out price)) return PriceProblem.NotAPrice;
        return fraction.Any(c => c != '0') ? PriceProblem.Fraction : PriceProblem.None;
    }

    /// <summary>Thousands groups: a first group of one to three digits, then groups of exactly three.</summary>
    private static bool Groups(string[] parts) =>
        parts.Length > 1 && parts[0].Length is >= 1 and <= 3 && parts.Skip(1).All(p => p.Length == 3);

    /// <summary>"3", "3 stk", "3 stk.".</summary>
    internal static bool TryParseQuantity(string text, out int quantity)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out quantity)) return quantity is >= 1 and <= MaxQuantity;
        var s = text.Trim().ToLower(CultureInfo.InvariantCulture);
        if (s.EndsWith("stk.", StringComparison.Ordinal)) s = s[..^4];
        else if (s.EndsWith("stk", StringComparison.Ordinal)) s = s[..^3];
        s = s.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);
        return int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out quantity) && quantity is >= 1 and <= MaxQuantity;
    }
}
