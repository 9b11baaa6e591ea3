using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Items.Import;

/// <summary>One data row of an item spreadsheet, checked and converted; a value of a column the file lacks is the default.</summary>
public sealed class ItemImportRow
{
    /// <summary>The row as the spreadsheet numbers it: the header is row 1.</summary>
    public required int Row { get; init; }
    public string? ExternalId { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    public GoodsCategory Category { get; init; } = GoodsCategory.Other;
    public ItemCondition Condition { get; init; } = ItemCondition.GentlyUsed;
    public int PriceNok { get; init; }
    public int Quantity { get; init; } = 1;
    public string? Size { get; init; }
    public string? Brand { get; init; }

    /// <summary>One unit's weight in kg; null when the cell is empty.</summary>
    public decimal? WeightKg { get; init; }

    /// <summary>Cells of columns the caller allowed beyond the format's own (the demo file's "initiative").</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = EmptyExtra;

    private static readonly Dictionary<string, string> EmptyExtra = new(StringComparer.Ordinal);
}

/// <summary>What <see cref="ItemCsvReader"/> made of a file.</summary>
public sealed class ItemCsvFile
{
    /// <summary>The format's columns present in the file; an update leaves the other fields of an item as they are.</summary>
    public required IReadOnlySet<string> Columns { get; init; }

    /// <summary>Each present column's header as the file writes it ("pris" for price_nok), for the report.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The header the file uses for a column, or the column's own name.</summary>
    public string HeaderOf(string column) => Headers.GetValueOrDefault(column, column);

    /// <summary>The rows without errors, in file order.</summary>
    public required List<ItemImportRow> Rows { get; init; }

    /// <summary>Problems with single rows: those rows can be skipped ("import the valid rows").</summary>
    public required List<ImportError> Errors { get; init; }

    /// <summary>Problems with the file itself (encoding, header, unknown columns): nothing can be imported.</summary>
    public required List<ImportError> FileErrors { get; init; }

    /// <summary>Data rows read, empty rows not counted.</summary>
    public int RowCount { get; init; }

    public static ItemCsvFile Failed(ImportError error) =>
        new() { Columns = new HashSet<string>(), Rows = [], Errors = [], FileErrors = [error] };
}
