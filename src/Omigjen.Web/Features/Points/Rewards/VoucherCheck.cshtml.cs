using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Points.Codes;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Points.Rewards;

/// <summary>
/// At the counter (any member): a voucher typed or scanned (its QR code opens this page with the code) shows only the
/// reward and "gyldig"/"brukt", never who holds it; one button marks it used.
/// </summary>
public sealed class VoucherCheckModel(AppDbContext db, InitiativeAccess access, VoucherDesk desk) : InitiativePageModel(db, access)
{
    public string? Typed { get; private set; }
    public string? Code { get; private set; }
    public VoucherDesk.Seen? Voucher { get; private set; }
    public string? Notice { get; private set; }
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string? kode, int? merket, CancellationToken ct)
    {
        if (merket == 1) Notice = L.T("Kupongen er merket som brukt.", "The voucher is marked as used.");
        if (string.IsNullOrWhiteSpace(kode)) return Page();
        return await FindAsync(kode, ct) ? Page() : NotFoundPage();
    }

    public async Task<IActionResult> OnPostAsync(string slug, string? kode, CancellationToken ct)
    {
        if (!await FindAsync(kode, ct)) return NotFoundPage();
        if (Voucher!.Used || !await desk.MarkUsedAsync(Initiative.Id, Voucher, ct))
        {
            Voucher = Voucher with { Used = true };
            Refusal = L.T("Kupongen er allerede brukt.", "The voucher has already been used.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return RedirectToPage(new { slug, kode = Code, merket = 1 });
    }

    private async Task<bool> FindAsync(string? typed, CancellationToken ct)
    {
        Typed = typed;
        Code = CodeAlphabet.Normalize(typed, CodeAlphabet.VoucherLength);
        Voucher = Code is null ? null : await desk.LookUpAsync(Initiative.Id, Code, ct);
        return Voucher is not null;
    }

    private PageResult NotFoundPage()
    {
        Refusal = L.T("Vi finner ingen kupong med denne koden som gjelder her. Sjekk at koden er skrevet riktig.",
            "We find no voucher with this code that is valid here. Check that the code is typed correctly.");
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
