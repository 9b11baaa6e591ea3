using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items.Import;

namespace Omigjen.Web.Features.Repair.Services.Import;

/// <summary>One checked row of a price list: its row number (the header is row 1), external id and values.</summary>
public sealed record RepairImportRow(int Row, string? ExternalId, RepairServiceValues Values);

/// <summary>What a price list file holds: the valid rows and every problem, each with its row and column.</summary>
public sealed record RepairCsvFile(List<RepairImportRow> Rows, List<ImportError> Errors);

/// <summary>
/// Reads and writes the repair price list as CSV, the way the item spreadsheet does: UTF-8 or Windows-1252
/// (<see cref="ItemCsvReader.Decode"/>), ";" "," or tab, Norwegian or English headers; export writes UTF-8 with BOM and
/// ";" for Excel in Norway, with formula-looking cells escaped. The price is one cell: "250", "150–300" or "gratis".
/// </summary>
public static class RepairCsv
{
    public static RepairCsvFile Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Read(ItemCsvReader.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    }

    public static RepairCsvFile Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var firstLine = text.Split('\n', 2)[0];
        int semicolons = firstLine.Count(c => c == ';'), commas = firstLine.Count(c => c == ','), tabs = firstLine.Count(c => c == '\t');
        var separator = tabs > semicolons && tabs > commas ? "\t" : semicolons >= commas && semicolons > 0 ? ";" : ",";
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = separator, BadDataFound = null, MissingFieldFound = null, DetectColumnCountChanges = false, IgnoreBlankLines = true,
        };
        using var parser = new CsvParser(new StringReader(text), config);
        var errors = new List<ImportError>();
        if (!parser.Read() || parser.Record is not { } header || header.All(string.IsNullOrWhiteSpace))
            return new([], [new ImportError(1, "header", "filen er tom eller mangler overskriftsraden", "the file is empty or has no header row")]);

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var written = header[i].Trim().TrimStart('\uFEFF');
            if (written.Length == 0) continue;
            if (RepairColumns.FromHeader(written) is { } column && index.TryAdd(column, i)) continue;
            errors.Add(new ImportError(1, written, $"ukjent eller dobbel kolonne «{written}»; bruk disse: {RepairColumns.Names}",
                $"unknown or repeated column '{written}'; use these: {RepairColumns.Names}"));
        }
        if (!index.ContainsKey(RepairColumns.What))
            errors.Add(new ImportError(1, RepairColumns.What, "kolonnen «hva» (what) mangler; den er påkrevd", "the column 'hva' (what) is missing; it is required"));
        if (errors.Count > 0) return new([], errors);

        var rows = new List<RepairImportRow>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (parser.Read())
        {
            var record = parser.Record!;
            if (Array.TrueForAll(record, string.IsNullOrWhiteSpace)) continue;
            var row = parser.Row;
            string? Cell(string column) => index.TryGetValue(column, out var i) && i < record.Length && Clean(record[i]) is { Length: > 0 } v ? v : null;
            var input = new RepairServiceInput
            {
                What = Cell(RepairColumns.What), Category = Cell("kategori") ?? GoodsCategory.Other.ToString(), Turnaround = Cell("ventetid"),
                Visit = Cell("oppmøte") ?? nameof(RepairVisit.DropIn), Warranty = Cell("garanti"), Description = Cell("beskrivelse"),
                PromiseText = Cell("løfte"), PromiseDays = Cell("løfte_dager"), PromiseCategory = Cell("løfte_kategori"),
            };
            SplitPrice(Cell(RepairColumns.Price), input);
            var before = errors.Count;
            errors.AddRange(input.Check(out var values).Select(e => new ImportError(row, RepairColumns.OfField(e.Field), e.Nb, e.En)));
            var externalId = Cell(RepairColumns.ExternalId);
            if (externalId?.Length > 100)
                errors.Add(new ImportError(row, RepairColumns.ExternalId, "høyst 100 tegn", "at most 100 characters"));
            else if (externalId is not null && !seen.TryAdd(externalId, row))
                errors.Add(new ImportError(row, RepairColumns.ExternalId, $"«{externalId}» står allerede på rad {seen[externalId]}", $"'{externalId}' is already on row {seen[externalId]}"));
            if (errors.Count == before) rows.Add(new RepairImportRow(row, externalId, values));
        }
        return new(rows, errors);
    }

    /// <summary>"gratis"/"free" or 0 → free, "150–300" (or "150-300") → from–to, anything else → a fixed price to be checked.</summary>
    private static void SplitPrice(string? text, RepairServiceInput input)
    {
        var t = (text ?? "").Trim();
        if (t.Length == 0 || t.Equals("gratis", StringComparison.OrdinalIgnoreCase) || t.Equals("free", StringComparison.OrdinalIgnoreCase))
        {
            input.PriceKind = nameof(RepairPriceKind.Free);
            return;
        }
        var parts = t.Split(['–', '-'], 2);
        (input.PriceKind, input.PriceFrom, input.PriceTo) = parts.Length == 2 && parts[0].Trim().Length > 0
            ? (nameof(RepairPriceKind.Range), parts[0], parts[1])
            : (nameof(RepairPriceKind.Fixed), t, null);
    }

    public static async Task WriteAsync(Stream stream, IEnumerable<RepairService> services, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(services);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";", InjectionOptions = InjectionOptions.Escape };
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var csv = new CsvWriter(writer, config);
        foreach (var column in RepairColumns.All) csv.WriteField(column.Nb);
        await csv.NextRecordAsync();
        foreach (var s in services)
        {
            ct.ThrowIfCancellationRequested();
            var input = RepairServiceInput.From(s);
            csv.WriteField(ExternalIdOf(s));
            csv.WriteField(s.What);
            csv.WriteField(Tokens.Of(s.Category));
            csv.WriteField(s.PriceKind switch { RepairPriceKind.Free => "gratis", RepairPriceKind.Range => $"{s.PriceFromNok}-{s.PriceToNok}", _ => input.PriceFrom });
            csv.WriteField(input.Turnaround ?? "");
            csv.WriteField(Tokens.Of(s.Visit));
            csv.WriteField(input.Warranty ?? "");
            csv.WriteField(s.Description);
            csv.WriteField(s.PromiseText ?? "");
            csv.WriteField(input.PromiseDays ?? "");
            csv.WriteField(s.PromiseCategory is { } c ? Tokens.Of(c) : "");
            await csv.NextRecordAsync();
        }
        await csv.FlushAsync();
    }

    /// <summary>The actor's own id, or "omigjen-{id}" so an exported file imports again as an update.</summary>
    public static string ExternalIdOf(RepairService s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.ExternalId ?? FormattableString.Invariant($"omigjen-{s.Id}");
    }

    /// <summary>A leading apostrophe that export put before =, +, - or @ is taken off again.</summary>
    private static string Clean(string value)
    {
        var v = value.Trim();
        return v.Length > 1 && v[0] == '\'' && v[1] is '=' or '+' or '-' or '@' ? v[1..] : v;
    }
}
