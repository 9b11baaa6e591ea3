namespace Omigjen.Web.Features.Repair.Services.Import;

/// <summary>
/// The price list's spreadsheet columns: the Norwegian header export writes, the English one import also reads, and
/// the <see cref="RepairServiceInput"/> field each fills. Only <c>hva</c> is required.
/// </summary>
public static class RepairColumns
{
    public const string ExternalId = "ekstern_id";
    public const string What = "hva";
    public const string Price = "pris";

    public static readonly IReadOnlyList<(string Nb, string En, string Field)> All =
    [
        (ExternalId, "external_id", ""),
        (What, "what", nameof(RepairServiceInput.What)),
        ("kategori", "category", nameof(RepairServiceInput.Category)),
        (Price, "price", nameof(RepairServiceInput.PriceFrom)),
        ("ventetid", "turnaround", nameof(RepairServiceInput.Turnaround)),
        ("oppmøte", "visit", nameof(RepairServiceInput.Visit)),
        ("garanti", "warranty", nameof(RepairServiceInput.Warranty)),
        ("beskrivelse", "description", nameof(RepairServiceInput.Description)),
        ("løfte", "promise", nameof(RepairServiceInput.PromiseText)),
        ("løfte_dager", "promise_days", nameof(RepairServiceInput.PromiseDays)),
        ("løfte_kategori", "promise_category", nameof(RepairServiceInput.PromiseCategory)),
    ];

    public static string Names => string.Join(", ", All.Select(c => c.Nb));

    /// <summary>The column's Norwegian name for a header as written ("Hva", "what", "Løfte dager"), or null.</summary>
    public static string? FromHeader(string header)
    {
        var h = header.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
        return All.FirstOrDefault(c => c.Nb == h || c.En == h).Nb;
    }

    /// <summary>The column a field's problem is reported in: price kind, from and to are all in <c>pris</c>.</summary>
    public static string OfField(string field) =>
        field is nameof(RepairServiceInput.PriceKind) or nameof(RepairServiceInput.PriceTo) ? Price
        : All.FirstOrDefault(c => c.Field == field).Nb ?? field;
}
