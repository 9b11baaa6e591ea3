using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Repair.Services.Search;

public enum RepairSort { Relevance, Price, Distance }

/// <summary>The repair search's filters, shared by <c>/reparasjon</c>, its map and <c>GET /api/v1/repair-services</c>.</summary>
public sealed record RepairQuery
{
    public const double DefaultRadiusKm = 10;
    public const double MaxRadiusKm = 100;

    /// <summary>What is broken, in Norwegian: "glidelås jakke", "sykkel punktering".</summary>
    public string? Text { get; init; }
    public IReadOnlyList<GoodsCategory> Categories { get; init; } = [];
    public GeoPoint? Near { get; init; }
    public string? NearLabel { get; init; }
    public double? RadiusKm { get; init; }

    /// <summary><see cref="OpenWhen.Any"/>, <see cref="OpenWhen.Now"/> or <see cref="OpenWhen.At"/> (with <see cref="At"/>, local time).</summary>
    public OpenWhen Open { get; init; }
    public DateTime? At { get; init; }
    public bool FreeOnly { get; init; }
    public string? Initiative { get; init; }
    public RepairSort Sort { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 25;
}
