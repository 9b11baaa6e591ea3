namespace Omigjen.Web.Features.Items;

/// <summary>A photo of an item; the stored files (several sizes, WebP and JPEG) are named by <see cref="Key"/>.</summary>
public sealed class ItemPhoto
{
    public int Id { get; set; }
    public int ItemId { get; set; }
    public required string Key { get; set; }
    public required string AltText { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public int SortOrder { get; set; }
    public DateTime CreatedAt { get; set; }
}
