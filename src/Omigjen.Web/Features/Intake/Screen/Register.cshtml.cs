using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Features.Intake.Stations;
using Omigjen.Web.Features.Items.Photos;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Forms;

namespace Omigjen.Web.Features.Intake.Screen;

/// <summary>
/// The station screen: a tablet page where staff register what is handed in, one lot per tap sequence. Without script it
/// is a plain form (post, redirect, get); the script posts the same fields to the API with a key made on the device, and
/// queues them while the network is down.
/// </summary>
[Authorize(Policy = StationPolicy.Staff)]
[EnableRateLimiting(RateLimiting.WritePolicy)]
[PhotoUploadLimit]
public sealed class RegisterModel(AppDbContext db, LotRegistration registration, LotPhotos photos, LinkGenerator links) : PageModel
{
    [BindProperty] public LotForm Form { get; set; } = new();
    [BindProperty] public long LotId { get; set; }

    public Station Station { get; private set; } = null!;

    /// <summary>The lot just registered, for the confirmation (or the refusal's reason).</summary>
    public LotReceipt? Registered { get; private set; }

    /// <summary>The person's last lot here, while it can still be undone.</summary>
    public IntakeLot? Undoable { get; private set; }

    public string? StatusMessage { get; private set; }

    /// <summary>Where the script posts registrations.</summary>
    public string ApiUrl => links.GetPathByName(HttpContext, IntakeApi.RegisterName, new { slug = Station.Slug }) ?? "";
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, long? registrert, string? angret,
        [FromQuery(Name = PhotoUploadLimitAttribute.TooLargeQuery)] string? tooLarge, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct)) return NotFound();
        if (tooLarge is not null) ModelState.AddError(LotPhotos.FieldKey, LotPhotos.FieldId, PhotoProcessor.TooLarge.Nb, PhotoProcessor.TooLarge.En);
        if (registrert is { } id && await db.IntakeLots.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id && l.StationId == Station.Id, ct) is { } lot)
            Registered = LotReceipt.Of(lot);
        if (angret is not null) StatusMessage = L.T("Angret. Registreringen er fjernet.", "Undone. The registration is removed.");
        Form = new LotForm { Key = Guid.NewGuid().ToString("D") };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, IFormFile? photo, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct)) return NotFound();
        // The form's own checks name every problem in both languages; binding's one-language messages are not shown.
        ModelState.Clear();
        var draft = Form.Read(ModelState);
        var stored = draft is null ? null : await photos.StoreAsync(ModelState, photo, ct);
        if (draft is null || !ModelState.IsValid)
        {
            if (stored is not null) await photos.DiscardAsync(stored);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var result = await registration.RegisterAsync(Station.Id, draft, User.UserId()!, stored, ct);
        if (result.Receipt is not { } receipt)
        {
            Refusal = L.T(LotPhotos.KeyConflict.Nb, LotPhotos.KeyConflict.En);
            Response.StatusCode = StatusCodes.Status409Conflict;
            Form = new LotForm { Key = Guid.NewGuid().ToString("D") };
            return Page();
        }
        return RedirectToPage(new { slug, registrert = receipt.Id });
    }

    public async Task<IActionResult> OnPostUndoAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct)) return NotFound();
        if (await registration.UndoAsync(Station.Id, LotId, User.UserId()!, ct) is { } refusal)
        {
            var (nb, en) = LotRules.Text(refusal);
            Refusal = L.T(nb, en);
            Response.StatusCode = refusal == UndoRefusal.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
            Form = new LotForm { Key = Guid.NewGuid().ToString("D") };
            return Page();
        }
        return RedirectToPage(new { slug, angret = 1 });
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        if (await db.Stations.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == slug, ct) is not { } station) return false;
        Station = station;
        Undoable = await registration.UndoableAsync(station.Id, User.UserId()!, ct);
        return true;
    }
}
