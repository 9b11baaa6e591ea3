using Microsoft.AspNetCore.Mvc.ModelBinding;
using Omigjen.Web.Data;
using Omigjen.Web.Infrastructure.Forms;

namespace Omigjen.Web.Features.Items.Photos;

/// <summary>
/// The photo field and its image text on the item and lending-type forms: the checks, keeping the upload of a form that
/// is sent back, and storing it. Errors go to the photo field (<see cref="Key"/>, element <see cref="Id"/>).
/// </summary>
public sealed class PhotoField(AppDbContext db, PhotoUploads uploads, PendingPhotos pending)
{
    /// <summary>The bound name of the file input.</summary>
    public const string Key = "Photo";
    public const string Id = "item-photo";
    public const string AltId = "item-alt";

    /// <summary>Checks the alternative text for a photo; null when it is fine.</summary>
    public static (string Nb, string En)? CheckAltText(string? altText)
    {
        var text = (altText ?? "").Trim();
        if (text.Length == 0)
            return ("Bildetekst (alternativ tekst): beskriv kort hva bildet viser, for dem som ikke ser det.",
                "Image text (alternative text): briefly describe what the photo shows, for people who cannot see it.");
        if (text.Length > 300) return ("Bildetekst (alternativ tekst): høyst 300 tegn.", "Image text (alternative text): at most 300 characters.");
        return null;
    }

    /// <summary>Adds the image text's error, if any, on the text field bound as <paramref name="altKey"/>.</summary>
    public static void CheckAltText(ModelStateDictionary errors, string altKey, string? altText) => errors.AddError(altKey, AltId, CheckAltText(altText));

    /// <summary>The refusal of a photo the upload limit stopped before the page saw it (see <see cref="PhotoUploadLimitAttribute"/>).</summary>
    public static void TooLarge(ModelStateDictionary errors) => errors.AddError(Key, Id, PhotoProcessor.TooLarge.Nb, PhotoProcessor.TooLarge.En);

    public static void Add(ModelStateDictionary errors, string nb, string en) => errors.AddError(Key, Id, nb, en);

    /// <summary>
    /// The kept photo a post names in its hidden field, when no new photo was chosen. A key that is not this user's
    /// (or has expired) adds an error that asks to choose the photo again.
    /// </summary>
    public async Task<PendingPhoto?> ResolveAsync(ModelStateDictionary errors, IFormFile? upload, string? key, string userId, CancellationToken ct = default)
    {
        if (upload is { Length: > 0 } || string.IsNullOrEmpty(key)) return null;
        var kept = await pending.FindAsync(key, userId, ct);
        if (kept is null) Add(errors, "Bilde: bildet er ikke lagret lenger. Velg bildet på nytt.", "Photo: the photo is no longer kept. Choose the photo again.");
        return kept;
    }

    /// <summary>Keeps the upload of a post that is sent back, so only what was wrong needs typing; a refused photo adds its reason.</summary>
    public async Task<PendingPhoto?> KeepAsync(ModelStateDictionary errors, IFormFile upload, string userId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        await using var stream = upload.OpenReadStream();
        var (kept, rejection) = await pending.KeepAsync(stream, userId, ct);
        if (rejection is not null) Add(errors, rejection.Nb, rejection.En);
        return kept;
    }

    /// <summary>
    /// Stores the upload, or else takes the kept photo (its pending row is removed with the caller's save); null when
    /// there is neither, or when the upload is refused (its reason is added).
    /// </summary>
    public async Task<StoredPhoto?> StoreAsync(ModelStateDictionary errors, IFormFile? upload, PendingPhoto? kept, CancellationToken ct = default)
    {
        if (upload is { Length: > 0 })
        {
            await using var stream = upload.OpenReadStream();
            var (photo, rejection) = await uploads.StoreAsync(stream, ct);
            if (rejection is not null) Add(errors, rejection.Nb, rejection.En);
            return photo;
        }
        if (kept is null) return null;
        db.PendingPhotos.Remove(kept);
        return new StoredPhoto(kept.Key, kept.Width, kept.Height);
    }
}
