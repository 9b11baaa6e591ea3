using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Items.Import;

/// <summary>
/// Writes items in the import format: the same columns, UTF-8 with BOM and ";" so Excel in Norway opens it as it is,
/// and the file imports again unchanged (a cell starting with =, +, - or @ gets a leading apostrophe so a spreadsheet
/// does not run it as a formula; import takes it off). The <c>weight_kg</c> column is written only when an item has a
/// weight, so a file of an initiative that does not weigh its goods stays as it was.
/// </summary>
public static class ItemCsvWriter
{
    public static async Task WriteAsync(Stream stream, IAsyncEnumerable<Item> items, bool withWeight, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(items);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = ";",
            InjectionOptions = InjectionOptions.Escape,
        };
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var csv = new CsvWriter(writer, config);
        foreach (var column in withWeight ? ItemColumns.WithWeight : ItemColumns.All) csv.WriteField(column);
        await csv.NextRecordAsync();
        await foreach (var item in items.WithCancellation(ct))
        {
            csv.WriteField(item.ExternalId ?? "");
            csv.WriteField(item.Title);
            csv.WriteField(item.Description);
            csv.WriteField(Tokens.Of(item.Category));
            csv.WriteField(ItemColumns.TokenOf(item.Condition));
            csv.WriteField(item.PriceNok.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(item.Quantity.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(item.Size ?? "");
            csv.WriteField(item.Brand ?? "");
            if (withWeight) csv.WriteField(item.WeightKg?.ToString("0.###", CultureInfo.InvariantCulture) ?? "");
            await csv.NextRecordAsync();
        }
        await csv.FlushAsync();
    }
}
