using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Items.Import;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;

namespace Omigjen.Web.Features.Items.Import;

/// <summary>
/// Upload an item spreadsheet (CSV) for one initiative: all or nothing, or only the valid rows when asked; the result
/// shows the counts and every problem with its row and column. Owners and editors (and administrators).
/// </summary>
[RequestSizeLimit(MaxUploadBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes + 64 * 1024)]
public sealed class ItemImportModel(AppDbContext db, InitiativeAccess access, TimeProvider time, AuditLog audit, IItemHolds holds)
    : InitiativePageModel(db, access)
{
    public const int MaxUploadBytes = 20 * 1024 * 1024;

    /// <summary>At most this many problems are listed; the rest are counted.</summary>
    public const int ReportRows = 200;

    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public bool ValidOnly { get; set; }
    public FormErrors Errors { get; } = new();
    public ItemImportResult? Result { get; private set; }
    public int ItemCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        await CountAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
            Errors.Add("upload", "Fil: velg en CSV-fil å laste opp.", "File: choose a CSV file to upload.");
        else if (Upload.Length > MaxUploadBytes)
            Errors.Add("upload", $"Fil: filen er for stor ({Upload.Length / 1024 / 1024} MB); høyst {MaxUploadBytes / 1024 / 1024} MB.",
                $"File: the file is too large ({Upload.Length / 1024 / 1024} MB); at most {MaxUploadBytes / 1024 / 1024} MB.");
        if (Errors.Any)
        {
            await CountAsync(ct);
            return Page();
        }

        ItemCsvFile file;
        await using (var stream = Upload!.OpenReadStream())
            file = ItemCsvReader.Read(stream);
        Result = await ItemImporter.ImportAsync(Db, holds, Initiative.Id, file, new ItemImportOptions(ValidOnly), time, ct: ct);
        if (Result.Written && Result.Created + Result.Updated > 0)
            await audit.WriteAsync("items-imported", User.UserId(), User.Identity?.Name ?? "", Initiative.Id,
                $"{Path.GetFileName(Upload.FileName)}: {Result.Created} created, {Result.Updated} updated, {Result.Skipped} skipped", ct);
        await CountAsync(ct);
        return Page();
    }

    private async Task CountAsync(CancellationToken ct) =>
        ItemCount = await Db.Items.CountAsync(i => i.InitiativeId == Initiative.Id && i.Status != ItemStatus.Removed, ct);

    /// <summary>"rad 3" / "row 3"; problems with the file itself have row 0 or 1 and read "filen" / "the file" or "overskriften" / "header".</summary>
    public static string RowText(ImportError e) => e.Row switch
    {
        0 => L.T("filen", "the file"),
        1 => L.T("overskriftsraden (1)", "header row (1)"),
        _ => e.Row.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
