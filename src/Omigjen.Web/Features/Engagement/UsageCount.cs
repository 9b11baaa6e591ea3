namespace Omigjen.Web.Features.Engagement;

public enum UsageKind
{
    PageView, MapOpen, Directions,
}

/// <summary>How often an initiative's page was seen, its map marker opened or its directions followed, per week.
/// Counted without cookies, addresses or any other personal data.</summary>
public sealed class UsageCount
{
    public int InitiativeId { get; set; }

    /// <summary>The Monday of the ISO week.</summary>
    public DateOnly WeekStart { get; set; }

    public UsageKind Kind { get; set; }
    public int Count { get; set; }
}
