using Omigjen.OpeningHours;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items.Search;

namespace Omigjen.Web.Features.Items;

/// <summary>One item in a search result.</summary>
public sealed record ItemSummaryDto(
    int Id, string Title, int PriceNok, string Price, string Condition, string ConditionText, string Category, int Quantity,
    int Available, string? Size, ItemPhotoDto? Photo, ItemPlaceDto Place, double? DistanceKm, string StateNow,
    string StatusText, string Url, DateTimeOffset CreatedAt);

/// <summary>A photo: its key, alt text and size; <see cref="Url"/> is the 640 pixels wide JPEG.</summary>
public sealed record ItemPhotoDto(string Key, string AltText, int Width, int Height, string Url);

/// <summary>Where the item is: the initiative and the address.</summary>
public sealed record ItemPlaceDto(
    string InitiativeSlug, string InitiativeName, string? Name, string? Address, string? PostalCode, string? City, double? Lat,
    double? Lon, string InitiativeUrl);

/// <summary>Everything the item page shows.</summary>
public sealed record ItemDetailDto(
    int Id, string Title, string Description, string Category, string? Subcategory, string Condition, string ConditionText,
    int PriceNok, string Price, int Quantity, int Available, string Status, string? Size, string? AgeGroup, string? Brand,
    string? Colour, string? Dimensions, IReadOnlyList<ItemPhotoDto> Photos, ItemPlaceDto Place, string StateNow,
    string StatusText, string Url, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, decimal? WeightKg);

internal static class ItemDtoMapping
{
    public static ItemPhotoDto ToDto(this ItemPhotoRef p, string baseUrl) =>
        new(p.Key, p.AltText, p.Width, p.Height, baseUrl + ItemPhotoUrls.Of(p.Key, 640, "jpg"));

    public static ItemPlaceDto Place(DirectoryEntry entry, InitiativeLocation? l, string baseUrl)
    {
        var i = entry.Initiative;
        return new(i.Slug, i.Name, l?.Name, l?.Address, l?.PostalCode, l?.City, l?.Latitude, l?.Longitude, $"{baseUrl}/initiativ/{i.Slug}");
    }

    public static ItemSummaryDto ToSummary(this ItemHit h, string baseUrl) =>
        new(h.Id, h.Title, h.PriceNok, ItemLabels.Price(h.PriceNok), Tokens.Of(h.Condition), ItemLabels.Of(h.Condition),
            Tokens.Of(h.Category), h.Quantity, h.Available, h.Size, h.Photo?.ToDto(baseUrl), Place(h.Entry, h.Location, baseUrl),
            h.DistanceKm is { } d ? Math.Round(d, 2) : null, h.StateNow.Token(), h.StatusText,
            FormattableString.Invariant($"{baseUrl}/varer/{h.Id}"), h.CreatedAt);

    public static ItemDetailDto ToDetail(this Item item, DirectoryEntry entry, OpeningState state, string statusText, string baseUrl) =>
        new(item.Id, item.Title, item.Description, Tokens.Of(item.Category), item.Subcategory, Tokens.Of(item.Condition),
            ItemLabels.Of(item.Condition), item.PriceNok, ItemLabels.Price(item.PriceNok), item.Quantity, item.Available,
            Tokens.Of(item.Status), item.Size, item.AgeGroup, item.Brand, item.Colour, item.Dimensions,
            item.Photos.OrderBy(p => p.SortOrder).ThenBy(p => p.Id)
                .Select(p => new ItemPhotoRef(p.Key, p.AltText, p.Width, p.Height).ToDto(baseUrl)).ToList(),
            Place(entry, ItemSearch.PlaceOf(entry.Initiative, item.LocationId), baseUrl), state.Token(), statusText,
            FormattableString.Invariant($"{baseUrl}/varer/{item.Id}"), item.CreatedAt, item.UpdatedAt, item.WeightKg);
}

/// <summary>
/// A page of search hits. Matches are counted up to ten pages past this one: when there are more, <c>total</c> is that
/// number and <c>totalIsLowerBound</c> is true ("over 250").
/// </summary>
public sealed record ItemPageDto(IReadOnlyList<ItemSummaryDto> Items, int Total, bool TotalIsLowerBound, int Page, int PageSize, int PageCount);
