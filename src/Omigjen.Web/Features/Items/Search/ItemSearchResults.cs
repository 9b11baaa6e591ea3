using Omigjen.OpeningHours;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Items.Search;

/// <summary>
/// An item found: what the list shows, with its place, distance and the place's state now. <see cref="StatusText"/> and
/// <see cref="StatusState"/> (the card's colour) describe the chosen time under a time filter, else now.
/// </summary>
public sealed record ItemHit(
    int Id, string Title, int PriceNok, ItemCondition Condition, GoodsCategory Category, int Quantity, int Available,
    string? Size, DateTime CreatedAt, ItemPhotoRef? Photo, bool TitleMatch, DirectoryEntry Entry, InitiativeLocation? Location,
    double? DistanceKm, OpeningState StateNow, string StatusText, OpeningState StatusState);

/// <summary>The first photo of an item, as the list shows it.</summary>
public sealed record ItemPhotoRef(string Key, string AltText, int Width, int Height);

/// <summary>A page of hits. <see cref="Total"/> stops at <see cref="ItemSearch.CountCap"/>; then <see cref="TotalIsLowerBound"/> is set.</summary>
public sealed record ItemSearchResult(int Total, int Page, int PageSize, IReadOnlyList<ItemHit> Hits, bool TotalIsLowerBound = false)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// An item the filters let through, and how its title alone matches every query word: by whole words or compound heads (2),
/// with a word only as a compound's first part (1), or not (0).
/// </summary>
public sealed class ItemMatch
{
    public required Item Item { get; init; }
    public int TitleHit { get; init; }

    /// <summary>The id as the full-text index returned it, so ordering by it lets the index hand over rows in order.</summary>
    public int Key { get; init; }
}
