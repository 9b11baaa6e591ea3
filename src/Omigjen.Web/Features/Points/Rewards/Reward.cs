using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Points.Rewards;

/// <summary>
/// A non-cash reward offered for points by an initiative, or by the municipality when <see cref="InitiativeId"/> is
/// null. Stock counts what is left; the database refuses a negative stock.
/// </summary>
public sealed class Reward
{
    public int Id { get; set; }
    public int? InitiativeId { get; set; }
    public required string TitleNb { get; set; }
    public required string TitleEn { get; set; }
    public string? DescriptionNb { get; set; }
    public string? DescriptionEn { get; set; }
    public int PointsPrice { get; set; }
    public int Stock { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public bool Withdrawn { get; set; }
    public DateTime CreatedAt { get; set; }

    public string Title => L.T(TitleNb, TitleEn);
    public string? Description => L.T(DescriptionNb ?? "", DescriptionEn ?? DescriptionNb ?? "") is { Length: > 0 } d ? d : null;
}
