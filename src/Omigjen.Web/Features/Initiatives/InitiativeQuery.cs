using Omigjen.Web.Infrastructure;
namespace Omigjen.Web.Features.Initiatives;

public enum OpenWhen { Any, Now, After17, Weekend, At }

public enum InitiativeSort { Name, Distance }

/// <summary>The directory's filters, shared by the list page and the API (parsed by <see cref="InitiativeQueryParser"/>).</summary>
public sealed record InitiativeQuery
{
    public string? Text { get; init; }
    public IReadOnlyList<InitiativeKind> Kinds { get; init; } = [];
    public IReadOnlyList<GoodsCategory> Categories { get; init; } = [];
    public IReadOnlyList<InitiativeService> Services { get; init; } = [];
    public OpenWhen Open { get; init; }

    /// <summary>Local date and time for <see cref="OpenWhen.At"/>.</summary>
    public DateTime? At { get; init; }
    public GeoPoint? Near { get; init; }
    public string? NearLabel { get; init; }
    public double? RadiusKm { get; init; }
    public bool StepFree { get; init; }
    public BoundingBox? BBox { get; init; }
    public bool IncludeArchived { get; init; }
    public InitiativeSort Sort { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}


public readonly record struct BoundingBox(double MinLongitude, double MinLatitude, double MaxLongitude, double MaxLatitude)
{
    public bool Contains(double lat, double lon) =>
        lat >= MinLatitude && lat <= MaxLatitude && lon >= MinLongitude && lon <= MaxLongitude;
}
