using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;

namespace Omigjen.Web.Features.Repair.Services.Import;

/// <summary>Upload the repair price list as CSV: all or nothing, with every problem listed by row and column.</summary>
[RequestSizeLimit(MaxUploadBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes + 64 * 1024)]
public sealed class RepairImportModel(AppDbContext db, InitiativeAccess access, TimeProvider time, AuditLog audit) : InitiativePageModel(db, access)
{
    public const int MaxUploadBytes = 2 * 1024 * 1024;
    public const int ReportRows = 200;

    [BindProperty] public IFormFile? Upload { get; set; }
    public FormErrors Errors { get; } = new();
    public RepairImportResult? Result { get; private set; }
    public int ServiceCount { get; private set; }

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
            Errors.Add("upload", $"Fil: filen er for stor; høyst {MaxUploadBytes / 1024 / 1024} MB.", $"File: the file is too large; at most {MaxUploadBytes / 1024 / 1024} MB.");
        if (!Errors.Any)
        {
            RepairCsvFile file;
            await using (var stream = Upload!.OpenReadStream())
                file = RepairCsv.Read(stream);
            Result = await RepairImporter.ImportAsync(Db, Initiative.Id, file, time, ct);
            if (Result.Written)
                await audit.WriteAsync("repair-services-imported", User.UserId(), User.Identity?.Name ?? "", Initiative.Id,
                    $"{Path.GetFileName(Upload.FileName)}: {Result.Created} created, {Result.Updated} updated", ct);
        }
        await CountAsync(ct);
        return Page();
    }

    private async Task CountAsync(CancellationToken ct) =>
        ServiceCount = await Db.RepairServices.CountAsync(s => s.InitiativeId == Initiative.Id && !s.Archived, ct);

    public static string RowText(ImportError e) => e.Row == 1 ? L.T("overskriftsraden (1)", "header row (1)") : e.Row.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
