namespace Omigjen.Web.Features.Initiatives;

/// <summary>Null means "not known": the page says so instead of guessing.</summary>
public sealed class AccessibilityInfo
{
    public bool? StepFreeEntrance { get; set; }
    public bool? AccessibleToilet { get; set; }
    public bool? Parking { get; set; }
    public string? NearestStop { get; set; }
    public int? WalkingMinutes { get; set; }
}
