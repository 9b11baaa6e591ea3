using Omigjen.Web.Features.Intake.Lots;

namespace Omigjen.Web.Features.Intake.Allocation;

/// <summary>How a lot is shared among the partners who claimed it (the administrator picks; the public page states it).</summary>
public enum AllocationRule
{
    /// <summary>The claimant who received a lot of the category longest ago (or never) gets it.</summary>
    Rotation,

    /// <summary>The claimant with the fewest kg of the category in the last 90 days gets it.</summary>
    FewestKg,
}

/// <summary>
/// An extra lot offered to every eligible partner at once. One row per lot (the key): announcing twice is one
/// announcement. <see cref="ClosedAt"/> is set once, by the allocation, with a guarded update; a claim counts itself in
/// <see cref="Claims"/> with a guarded update too, so no claim slips in after the allocation has read them.
/// </summary>
public sealed class LotAnnouncement
{
    public long LotId { get; set; }
    public DateTime AnnouncedAt { get; set; }
    public DateTime ClaimsCloseAt { get; set; }

    /// <summary>Who announced it at the station; null when it was announced automatically.</summary>
    public string? AnnouncedById { get; set; }

    public bool Automatic { get; set; }
    public int Partners { get; set; }
    public int Claims { get; set; }
    public DateTime? ClosedAt { get; set; }
}

/// <summary>A partner's interest in an announced lot; one per partner and lot.</summary>
public sealed class LotClaim
{
    public long Id { get; set; }
    public long LotId { get; set; }
    public int PartnerId { get; set; }
    public DateTime ClaimedAt { get; set; }
    public string? ClaimedById { get; set; }
}

/// <summary>
/// What became of an announced lot and why, in both languages: a partner (<see cref="PartnerId"/>) or, when nobody
/// claimed it, the public. One per lot. The station's confirmation of the pickup is set once, with a guarded update.
/// Category, kg and station are copied from the lot so the published figures need no join.
/// </summary>
public sealed class AllocationDecision
{
    public long Id { get; set; }
    public long LotId { get; set; }
    public int StationId { get; set; }
    public IntakeCategory Category { get; set; }
    public decimal WeightKg { get; set; }
    public int? PartnerId { get; set; }
    public AllocationRule Rule { get; set; }
    public int Claims { get; set; }
    public DateTime DecidedAt { get; set; }
    public required string ReasonNb { get; set; }
    public required string ReasonEn { get; set; }
    public DateTime? ConfirmedAt { get; set; }
    public string? ConfirmedById { get; set; }
}

/// <summary>The allocation rule, as the administrator set it; the newest row is in force, the older ones are its history.</summary>
public sealed class AllocationRuleChange
{
    public int Id { get; set; }
    public AllocationRule Rule { get; set; }
    public DateTime ChangedAt { get; set; }
    public string? ChangedById { get; set; }
}
