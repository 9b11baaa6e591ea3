using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Impact.Ledger;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Items.Photos;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;
using Omigjen.Web.Infrastructure.Forms;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Items.Manage;

/// <summary>
/// Edit every field of an item, its status and its photos (at most <see cref="MaxPhotos"/>). Quantity and availability
/// change in one conditional statement, so units held for pickup are never lost: the quantity may not go below the
/// number of active holds, and Available stays Quantity minus those holds.
/// </summary>
[PhotoUploadLimit]
public sealed class EditItemModel(AppDbContext db, InitiativeAccess access, PhotoUploads photos, PhotoField photoField, TimeProvider time, AuditLog audit,
    IItemHolds itemHolds, ImpactLedger ledger) : InitiativePageModel(db, access)
{
    public const int MaxPhotos = 6;

    [BindProperty] public ItemForm Form { get; set; } = new();
    [BindProperty] public IFormFile? Photo { get; set; }
    [BindProperty, StringLength(TextLimits.AltText)] public string? PhotoAlt { get; set; }

    /// <summary>The key of the photo kept from the post before, which was sent back (see <see cref="PendingPhotos"/>).</summary>
    [BindProperty, StringLength(64)] public string? KeptPhoto { get; set; }

    public PendingPhoto? Kept { get; private set; }
    public Item Item { get; private set; } = null!;
    public List<InitiativeLocation> Places { get; private set; } = [];
    public int Holds { get; private set; }
    public string? Notice { get; private set; }

    /// <summary>Alternative texts as typed when one of them was refused, by photo id.</summary>
    public Dictionary<int, string> TypedAltTexts { get; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, int id, string? lagret,
        [FromQuery(Name = PhotoUploadLimitAttribute.TooLargeQuery)] string? tooLarge, CancellationToken ct)
    {
        if (await LoadItemAsync(slug, id, ct) is { } denied) return denied;
        Form = ItemForm.From(Item);
        Notice = lagret switch
        {
            null => null,
            "bilde" => L.T("Bildet er lagt til.", "The photo is added."),
            "bilde-slettet" => L.T("Bildet er slettet.", "The photo is deleted."),
            "bildetekst" => L.T("Bildeteksten er lagret.", "The image text is saved."),
            _ => L.T("Lagret.", "Saved."),
        };
        if (tooLarge is not null) PhotoField.TooLarge(ModelState);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, int id, CancellationToken ct)
    {
        if (await LoadItemAsync(slug, id, ct) is { } denied) return denied;
        // The form's own checks name every problem in both languages; binding's one-language messages are not shown.
        ModelState.Clear();
        Form.Validate(ModelState, Places, editing: true);
        if (!ModelState.IsValid) return Page();

        var target = Form.ParsedStatus;
        var quantity = target == ItemStatus.Sold ? 0 : Form.ParsedQuantity;
        if (target == ItemStatus.Sold && Holds > 0)
            ItemForm.Add(ModelState, nameof(ItemForm.Status), $"Status: {Holds} er reservert for henting, så varen kan ikke merkes som solgt her. Merk reservasjonene som hentet eller frigi dem først.",
                $"Status: {Holds} held for pickup, so the item cannot be marked sold here. Mark the reservations collected or release them first.");
        else if (target == ItemStatus.Removed && Holds > 0)
            ItemForm.Add(ModelState, nameof(ItemForm.Status), $"Status: {Holds} er reservert for henting, så varen kan ikke fjernes nå. Merk reservasjonene som hentet eller frigi dem først.",
                $"Status: {Holds} held for pickup, so the item cannot be removed now. Mark the reservations collected or release them first.");
        else if (quantity < Holds)
            ItemForm.Add(ModelState, nameof(ItemForm.Quantity), $"Antall: {Holds} er reservert for henting, så antallet kan ikke være lavere enn {Holds}.",
                $"Quantity: {Holds} held for pickup, so the quantity cannot be lower than {Holds}.");
        if (!ModelState.IsValid) return Page();

        ItemStatus? fixedStatus = target == ItemStatus.Removed ? ItemStatus.Removed : quantity == 0 ? ItemStatus.Sold : null;
        var oldQuantity = Item.Quantity;
        var wasSold = Item.Status == ItemStatus.Sold;
        var delta = quantity - oldQuantity;
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await Db.Database.BeginTransactionAsync(ct);
        // Relative to what is stored now: a hold taken meanwhile has lowered Available, and keeps its unit.
        var changed = await Db.Items.Where(i => i.Id == Item.Id && i.Quantity == oldQuantity && i.Available + delta >= 0)
            .ExecuteUpdateAsync(s =>
            {
                s.SetProperty(i => i.Quantity, quantity)
                    .SetProperty(i => i.Available, i => i.Available + delta)
                    .SetProperty(i => i.UpdatedAt, now);
                if (fixedStatus is { } status) s.SetProperty(i => i.Status, status);
                else s.SetProperty(i => i.Status, i => i.Available + delta == 0 ? ItemStatus.Reserved : ItemStatus.Available);
            }, ct);
        if (changed == 0)
        {
            await transaction.RollbackAsync(ct);
            ItemForm.Add(ModelState, nameof(ItemForm.Quantity), "Antall: varen ble reservert eller solgt akkurat nå. Se over antallet og lagre igjen.",
                "Quantity: the item was reserved or sold just now. Check the quantity and save again.");
            await ReloadAsync(ct);
            Form.Quantity = Item.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }
        Form.ApplyTo(Item);
        Item.UpdatedAt = now;
        await Db.SaveChangesAsync(ct);
        await RecordImpactAsync(wasSold, oldQuantity, quantity, fixedStatus, ct);
        await transaction.CommitAsync(ct);
        await audit.WriteAsync("item-updated", User.UserId(), User.Identity?.Name ?? "", Initiative.Id, $"item {Item.Id}: {Item.Title}", ct);
        return RedirectToPage("/Items/Manage/Edit", new { slug, id = Item.Id, lagret = 1 });
    }

    public async Task<IActionResult> OnPostAddPhotoAsync(string slug, int id, CancellationToken ct)
    {
        if (await LoadItemAsync(slug, id, ct) is { } denied) return denied;
        Form = ItemForm.From(Item);
        ModelState.Clear();
        var userId = User.UserId()!;
        var hasPhoto = Photo is { Length: > 0 };
        if (Item.Photos.Count >= MaxPhotos)
            PhotoField.Add(ModelState, $"Bilde: en vare kan ha høyst {MaxPhotos} bilder. Slett et bilde først.", $"Photo: an item can have at most {MaxPhotos} photos. Delete one first.");
        else
        {
            Kept = await photoField.ResolveAsync(ModelState, Photo, KeptPhoto, userId, ct);
            if (!hasPhoto && Kept is null && ModelState.IsValid) PhotoField.Add(ModelState, "Bilde: velg et bilde å legge til.", "Photo: choose a photo to add.");
        }
        PhotoField.CheckAltText(ModelState, nameof(PhotoAlt), PhotoAlt);
        if (!ModelState.IsValid)
        {
            if (hasPhoto && Item.Photos.Count < MaxPhotos) Kept = await photoField.KeepAsync(ModelState, Photo!, userId, ct);
            return Page();
        }

        if (await photoField.StoreAsync(ModelState, Photo, Kept, ct) is not { } stored) return Page();
        var now = time.GetUtcNow().UtcDateTime;
        Item.Photos.Add(new ItemPhoto
        {
            Key = stored.Key, AltText = PhotoAlt!.Trim(), Width = stored.Width, Height = stored.Height, CreatedAt = now,
            SortOrder = Item.Photos.Count == 0 ? 0 : Item.Photos.Max(p => p.SortOrder) + 1,
        });
        Item.UpdatedAt = now;
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch
        {
            if (hasPhoto) await photos.DeleteAsync(stored.Key);
            throw;
        }
        return RedirectToPage("/Items/Manage/Edit", null, new { slug, id = Item.Id, lagret = "bilde" }, "bilder");
    }

    public async Task<IActionResult> OnPostAltTextAsync(string slug, int id, int photoId, string? altText, CancellationToken ct)
    {
        if (await LoadItemAsync(slug, id, ct) is { } denied) return denied;
        var photo = Item.Photos.FirstOrDefault(p => p.Id == photoId);
        if (photo is null) return NotFound();
        if (PhotoField.CheckAltText(altText) is { } altError)
        {
            Form = ItemForm.From(Item);
            ModelState.Clear();
            ModelState.AddError(AltKey(photo.Id), AltKey(photo.Id), altError.Nb, altError.En);
            TypedAltTexts[photo.Id] = altText ?? "";
            return Page();
        }
        photo.AltText = altText!.Trim();
        Item.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await Db.SaveChangesAsync(ct);
        return RedirectToPage("/Items/Manage/Edit", null, new { slug, id = Item.Id, lagret = "bildetekst" }, "bilder");
    }

    public async Task<IActionResult> OnPostDeletePhotoAsync(string slug, int id, int photoId, CancellationToken ct)
    {
        if (await LoadItemAsync(slug, id, ct) is { } denied) return denied;
        var photo = Item.Photos.FirstOrDefault(p => p.Id == photoId);
        if (photo is null) return NotFound();
        Db.ItemPhotos.Remove(photo);
        Item.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await Db.SaveChangesAsync(ct);
        await photos.DeleteAsync(photo.Key);
        await audit.WriteAsync("item-photo-deleted", User.UserId(), User.Identity?.Name ?? "", Initiative.Id, $"item {Item.Id}", ct);
        return RedirectToPage("/Items/Manage/Edit", null, new { slug, id = Item.Id, lagret = "bilde-slettet" }, "bilder");

    }

    /// <summary>
    /// Marked sold here: every unit that was left is one entry in the impact ledger. Taken back from sold ("sold by
    /// mistake"): the units restored are undone with reversing entries. Other quantity changes are corrections, not acts.
    /// </summary>
    private async Task RecordImpactAsync(bool wasSold, int oldQuantity, int quantity, ItemStatus? fixedStatus, CancellationToken ct)
    {
        if (!wasSold && fixedStatus == ItemStatus.Sold)
        {
            for (var unit = 0; unit < oldQuantity; unit++)
                await ledger.RecordAsync(Db, new(ReuseActKind.ItemSold, Initiative.Id, Item.Category, 1, Item.WeightKg, null, Item.Id), ct);
        }
        else if (wasSold && fixedStatus is null && quantity > 0)
            await ledger.ReverseAsync(Db, ReuseSource.Item, Item.Id, quantity, ct);
    }

    /// <summary>The bound name and element id of a photo's image text: each photo has its own form.</summary>
    public static string AltKey(int photoId) => $"alt-{photoId}";

    /// <summary>Checks access, then loads the item (tracked, with photos) of this initiative; 404 for another's item.</summary>
    private async Task<IActionResult?> LoadItemAsync(string slug, int id, CancellationToken ct)
    {
        var item = await Db.Items.Include(i => i.Photos).FirstOrDefaultAsync(i => i.Id == id && i.InitiativeId == Initiative.Id, ct);
        if (item is null) return NotFound();
        Item = item;
        Item.Photos.Sort((a, b) => a.SortOrder != b.SortOrder ? a.SortOrder.CompareTo(b.SortOrder) : a.Id.CompareTo(b.Id));
        Places = ItemPageData.Places(Initiative);
        Holds = await itemHolds.ActiveOnItemAsync(Db, item.Id, ct);
        return null;
    }

    private async Task ReloadAsync(CancellationToken ct)
    {
        Db.ChangeTracker.Clear();
        Item = await Db.Items.AsNoTracking().Include(i => i.Photos).FirstAsync(i => i.Id == Item.Id, ct);
        Holds = await itemHolds.ActiveOnItemAsync(Db, Item.Id, ct);
    }
}
