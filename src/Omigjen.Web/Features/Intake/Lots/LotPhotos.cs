using Microsoft.AspNetCore.Mvc.ModelBinding;
using Omigjen.Web.Features.Items.Photos;
using Omigjen.Web.Infrastructure.Forms;

namespace Omigjen.Web.Features.Intake.Lots;

/// <summary>
/// A lot's photo, checked by its content and stored like item photos (<see cref="PhotoUploads"/>: JPEG, PNG or WebP, at
/// most 15 MB, re-encoded without metadata). Errors go to the photo field.
/// </summary>
public sealed class LotPhotos(PhotoUploads uploads)
{
    public const string FieldKey = "photo";
    public const string FieldId = "lot-photo";

    /// <summary>A key sent again with other goods (a device fault): nothing is stored.</summary>
    public static readonly (string Nb, string En) KeyConflict = ("Denne registreringen er sendt før med andre ting. Registrer på nytt.",
        "This registration was sent before with other goods. Register again.");

    /// <summary>Stores the upload; null when there is none or it is refused (the reason is added).</summary>
    public async Task<StoredPhoto?> StoreAsync(ModelStateDictionary errors, IFormFile? upload, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (upload is not { Length: > 0 }) return null;
        await using var stream = upload.OpenReadStream();
        var (photo, rejection) = await uploads.StoreAsync(stream, ct);
        if (rejection is not null) errors.AddError(FieldKey, FieldId, rejection.Nb, rejection.En);
        return photo;
    }

    public Task DiscardAsync(StoredPhoto photo)
    {
        ArgumentNullException.ThrowIfNull(photo);
        return uploads.DeleteAsync(photo.Key);
    }
}
