using System.Globalization;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Items.Search;

public enum ItemSort { Relevance, Newest, Distance }

/// <summary>
/// The item search's filters, shared by the search page, the API and saved searches (parsed by
/// <see cref="ItemQueryParser"/>; <see cref="ToQueryString"/> is the canonical form a saved search stores).
/// </summary>
public sealed record ItemQuery
{
    public const double DefaultRadiusKm = 10;
    public const double MaxRadiusKm = 100;

    public string? Text { get; init; }
    public IReadOnlyList<GoodsCategory> Categories { get; init; } = [];
    public GeoPoint? Near { get; init; }

    /// <summary>The place name typed for <see cref="Near"/> ("Heggedal"), kept so the form and links show it again.</summary>
    public string? NearLabel { get; init; }

    /// <summary>Only with <see cref="Near"/>; <see cref="DefaultRadiusKm"/> when not given.</summary>
    public double RadiusKm { get; init; } = DefaultRadiusKm;
    public OpenWhen Open { get; init; }

    /// <summary>For <see cref="OpenWhen.At"/>: local municipal time (kind unspecified) or an instant (kind UTC).</summary>
    public DateTime? At { get; init; }
    public int? MaxPrice { get; init; }
    public bool Free { get; init; }
    public string? Size { get; init; }
    public string? Initiative { get; init; }

    /// <summary>As asked; <see cref="EffectiveSort"/> is what is used.</summary>
    public ItemSort? Sort { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = Infrastructure.Paging.DefaultPageSize;

    public bool HasText => !string.IsNullOrWhiteSpace(Text);

    /// <summary>Relevance when there is text, else newest first; distance only when asked for (it needs a point).</summary>
    public ItemSort EffectiveSort => Sort switch
    {
        ItemSort.Distance when Near is not null => ItemSort.Distance,
        ItemSort.Relevance when HasText => ItemSort.Relevance,
        ItemSort.Newest => ItemSort.Newest,
        _ => HasText ? ItemSort.Relevance : ItemSort.Newest,
    };

    /// <summary>True when no filter at all is set (the search page then lists the newest items).</summary>
    public bool IsEmpty => ToQueryString().Length == 0;

    /// <summary>
    /// The filters in a fixed order with defaults left out and no paging: equal searches give equal strings, so a saved
    /// search can be compared and shown as a link (<c>/varer?{this}</c>).
    /// </summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        void Add(string key, string value) => parts.Add($"{key}={Uri.EscapeDataString(value)}");
        if (HasText) Add("q", Text!.Trim());
        if (Categories.Count > 0) Add("category", string.Join(',', Categories.Distinct().Order().Select(Tokens.Of)));
        if (Near is { } p)
        {
            Add("near", NearLabel ?? FormattableString.Invariant($"{Coord(p.Latitude)},{Coord(p.Longitude)}"));
            if (RadiusKm != DefaultRadiusKm) Add("radius_km", RadiusKm.ToString("0.###", CultureInfo.InvariantCulture));
        }
        switch (Open)
        {
            case OpenWhen.Now: Add("open", "now"); break;
            case OpenWhen.After17: Add("open", "after17"); break;
            case OpenWhen.Weekend: Add("open", "weekend"); break;
            case OpenWhen.At when At is { } at:
                Add("open", at.Kind == DateTimeKind.Utc
                    ? at.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture)
                    : at.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
                break;
        }
        if (Free) Add("free", "true");
        else if (MaxPrice is { } max) Add("max_price", max.ToString(CultureInfo.InvariantCulture));
        if (Size is { Length: > 0 }) Add("size", Size);
        if (Initiative is { Length: > 0 }) Add("initiative", Initiative);
        // Only a sort that differs from what the other filters imply is part of the search.
        var implied = HasText ? ItemSort.Relevance : ItemSort.Newest;
        if (EffectiveSort != implied) Add("sort", Token(EffectiveSort));
        return string.Join('&', parts);
    }

    public static string Token(ItemSort sort) => sort switch
    {
        ItemSort.Relevance => "relevance",
        ItemSort.Distance => "distance",
        _ => "newest",
    };

    private static string Coord(double v) => v.ToString("0.#####", CultureInfo.InvariantCulture);
}
