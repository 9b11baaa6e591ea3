using Microsoft.AspNetCore.Mvc;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Items.Photos;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;

namespace Omigjen.Web.Features.Lending.Manage;

/// <summary>
/// A new lendable type with its units in one form (any member): name, terms, when it can be picked up, the units'
/// sizes ("150 cm, 150 cm, 160 cm") and an optional photo. Saved, the staff land on the type's page.
/// </summary>
[PhotoUploadLimit]
public sealed class NewTypeModel(AppDbContext db, InitiativeAccess access, PhotoUploads photos, PhotoField photoField, TimeProvider time, AuditLog audit)
    : InitiativePageModel(db, access)
{
    [BindProperty] public LendingTypeForm Form { get; set; } = new();
    [BindProperty] public IFormFile? Photo { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = PhotoUploadLimitAttribute.TooLargeQuery)] string? tooLarge,
                                                CancellationToken ct)
    {
        Form = new LendingTypeForm { Category = (Initiative.Categories.Count > 0 ? Initiative.Categories[0] : GoodsCategory.SportsOutdoors).ToString() };
        if (tooLarge is not null) PhotoField.TooLarge(ModelState);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        // The form's own checks name every problem in both languages; binding's one-language messages are not shown.
        ModelState.Clear();
        Form.Validate(ModelState, isNew: true);
        if (Photo is { Length: > 0 }) PhotoField.CheckAltText(ModelState, LendingTypeForm.Key(nameof(LendingTypeForm.PhotoAlt)), Form.PhotoAlt);
        var stored = ModelState.IsValid ? await photoField.StoreAsync(ModelState, Photo, kept: null, ct) : null;
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var type = new LendingType { InitiativeId = Initiative.Id, Name = Form.Name, CreatedAt = now };
        Form.ApplyTo(type, Initiative.Locations.OrderBy(l => l.Id).FirstOrDefault(), now);
        type.Archived = false;
        if (stored is not null)
        {
            type.PhotoKey = stored.Key;
            type.PhotoAlt = Form.PhotoAlt;
        }
        type.Units = Form.ParsedUnits.Select(l => new LendingUnit { Label = l, LabelKey = LendingUnit.KeyOf(l), CreatedAt = now }).ToList();
        Db.LendingTypes.Add(type);
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch
        {
            if (stored is not null) await photos.DeleteAsync(stored.Key);
            throw;
        }
        await audit.WriteAsync("lending-type-added", User.UserId(), User.Identity?.Name ?? "", Initiative.Id,
            $"type {type.Id}: {type.Name} ({type.Units.Count} units)", ct);
        return RedirectToPage("/Lending/Manage/EditType", new { slug, id = type.Id, lagret = "ny" });
    }
}
