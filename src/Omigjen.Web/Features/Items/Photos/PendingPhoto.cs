using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Omigjen.Web.Features.Items.Photos;

/// <summary>
/// A photo uploaded with a form that was sent back (the image text was missing, say), kept so the person need not
/// choose it again. Only the user who uploaded it can attach it, within <see cref="PendingPhotos.Lifetime"/>.
/// </summary>
public sealed class PendingPhoto
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string UserId { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public DateTime CreatedAt { get; set; }
}

internal sealed class PendingPhotoConfiguration : IEntityTypeConfiguration<PendingPhoto>
{
    public void Configure(EntityTypeBuilder<PendingPhoto> b)
    {
        b.Property(p => p.Key).HasMaxLength(64);
        b.HasIndex(p => p.Key).IsUnique();
        // No foreign key to the user: a deleted account's pending photos are swept with the rest, files included.
        b.Property(p => p.UserId).HasMaxLength(450);
        b.HasIndex(p => p.CreatedAt);
    }
}
