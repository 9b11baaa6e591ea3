namespace Omigjen.Web.Features.Lending;

/// <summary>A resident waiting for a unit of a type (and size) for a period when none was free.</summary>
public sealed class WaitlistEntry
{
    public int Id { get; set; }
    public int TypeId { get; set; }
    public LendingType? Type { get; set; }
    public required string UserId { get; set; }

    /// <summary>The wanted size as a <see cref="LendingUnit.LabelKey"/>; null for any unit.</summary>
    public string? LabelKey { get; set; }
    public DateTime PickupAt { get; set; }
    public DateTime ReturnBy { get; set; }
    public string? CoBorrowerName { get; set; }
    public int? CoBorrowerAge { get; set; }
    public string? Phone { get; set; }
    public WaitlistStatus Status { get; set; } = WaitlistStatus.Waiting;
    public DateTime CreatedAt { get; set; }
    public DateTime? OfferedAt { get; set; }
}

public enum WaitlistStatus
{
    Waiting, Offered, Accepted, Cancelled,

    /// <summary>The offer ran out, or the wanted pickup passed with nothing offered.</summary>
    Lapsed,
}
