using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Items.Photos;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;

namespace Omigjen.Web.Features.Items.Manage;

/// <summary>
/// Add an item from the phone: photo, title, price and quantity on one screen; category, condition and place start as
/// on the initiative's last item (else its first category, "pent brukt" and its first place); the rest under "Mer".
/// </summary>
[PhotoUploadLimit]
public sealed class NewItemModel(AppDbContext db, InitiativeAccess access, PhotoUploads photos, PhotoField photoField, TimeProvider time, AuditLog audit)
    : InitiativePageModel(db, access)
{
    [BindProperty] public ItemForm Form { get; set; } = new();
    [BindProperty] public IFormFile? Photo { get; set; }

    /// <summary>The key of the photo kept from the post before, which was sent back (see <see cref="PendingPhotos"/>).</summary>
    [BindProperty, StringLength(64)] public string? KeptPhoto { get; set; }

    public PendingPhoto? Kept { get; private set; }
    public List<InitiativeLocation> Places { get; private set; } = [];
    public (int Id, string Title)? Added { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "lagt-til")] int? added,
        [FromQuery(Name = PhotoUploadLimitAttribute.TooLargeQuery)] string? tooLarge, CancellationToken ct)
    {
        Places = ItemPageData.Places(Initiative);
        await DefaultsAsync(ct);
        if (added is { } id)
        {
            var title = await Db.Items.AsNoTracking().Where(i => i.Id == id && i.InitiativeId == Initiative.Id).Select(i => i.Title).FirstOrDefaultAsync(ct);
            if (title is not null) Added = (id, title);
        }
        if (tooLarge is not null) PhotoField.TooLarge(ModelState);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        Places = ItemPageData.Places(Initiative);
        // The form's own checks name every problem in both languages; binding's one-language messages are not shown.
        ModelState.Clear();
        Form.Validate(ModelState, Places, editing: false);
        var userId = User.UserId()!;
        var hasPhoto = Photo is { Length: > 0 };
        Kept = await photoField.ResolveAsync(ModelState, Photo, KeptPhoto, userId, ct);
        if (hasPhoto || Kept is not null) PhotoField.CheckAltText(ModelState, ItemForm.Key(nameof(ItemForm.AltText)), Form.AltText);
        if (!ModelState.IsValid)
        {
            // The photo is kept, so only the missing text needs typing; the next post names it in a hidden field.
            if (hasPhoto) Kept = await photoField.KeepAsync(ModelState, Photo!, userId, ct);
            return Page();
        }

        var stored = await photoField.StoreAsync(ModelState, Photo, Kept, ct);
        if (!ModelState.IsValid) return Page();

        var now = time.GetUtcNow().UtcDateTime;
        var item = new Item
        {
            InitiativeId = Initiative.Id, Title = Form.Title, Quantity = Form.ParsedQuantity, Available = Form.ParsedQuantity,
            Status = ItemStatus.Available, CreatedAt = now, UpdatedAt = now,
        };
        Form.ApplyTo(item);
        if (stored is not null)
            item.Photos.Add(new ItemPhoto { Key = stored.Key, AltText = Form.AltText!.Trim(), Width = stored.Width, Height = stored.Height, SortOrder = 0, CreatedAt = now });
        Db.Items.Add(item);
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch
        {
            if (hasPhoto && stored is not null) await photos.DeleteAsync(stored.Key);
            throw;
        }
        await audit.WriteAsync("item-added", User.UserId(), User.Identity?.Name ?? "", Initiative.Id, $"item {item.Id}: {item.Title}", ct);
        return RedirectToPage("/Items/Manage/New", new RouteValueDictionary { ["slug"] = slug, ["lagt-til"] = item.Id });

    }

    /// <summary>Category, condition and place as on the initiative's last item; else its first category, "pent brukt", its first place.</summary>
    private async Task DefaultsAsync(CancellationToken ct)
    {
        var last = await Db.Items.AsNoTracking().Where(i => i.InitiativeId == Initiative.Id)
            .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id)
            .Select(i => new { i.Category, i.Condition, i.LocationId }).FirstOrDefaultAsync(ct);
        Form = new ItemForm
        {
            Category = (last?.Category ?? (Initiative.Categories.Count > 0 ? Initiative.Categories[0] : GoodsCategory.Other)).ToString(),
            Condition = (last?.Condition ?? ItemCondition.GentlyUsed).ToString(),
            LocationId = Places.FirstOrDefault(p => p.Id == last?.LocationId)?.Id ?? Places.FirstOrDefault()?.Id,
            Quantity = "1",
        };
    }
}
