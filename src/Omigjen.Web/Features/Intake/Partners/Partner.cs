using Omigjen.Web.Features.Intake.Lots;

namespace Omigjen.Web.Features.Intake.Partners;

/// <summary>A standing agreement (regular pickups, usually 12 months) or a short-term one.</summary>
public enum AgreementKind
{
    Standing, ShortTerm,
}

/// <summary>
/// An initiative the administrator approved as a collector of goods from the stations, with its agreement: the period,
/// the categories it wants (some with first pick), its pickup plan and how the goods return to use. A new agreement
/// period replaces the old one on the same row; the figures keep the partner.
/// </summary>
public sealed class Partner
{
    public int Id { get; set; }
    public int InitiativeId { get; set; }
    public AgreementKind Agreement { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public bool NonProfit { get; set; }

    /// <summary>How the goods return to use (shop, give-away, repair first…), as the partner described it.</summary>
    public required string ReturnToUse { get; set; }

    public DateTime ApprovedAt { get; set; }
    public string? ApprovedById { get; set; }

    /// <summary>When the administrator ended the partnership; such a partner is offered nothing.</summary>
    public DateTime? WithdrawnAt { get; set; }

    public List<PartnerCategory> Categories { get; set; } = [];
    public List<PickupPlan> Plans { get; set; } = [];

    public bool InForceOn(DateOnly day) => WithdrawnAt is null && StartsOn <= day && day <= EndsOn;
}

/// <summary>A category a partner wants; <see cref="FirstPick"/> puts its claims ahead of the others' (the SSAM pattern).</summary>
public sealed class PartnerCategory
{
    public int PartnerId { get; set; }
    public IntakeCategory Category { get; set; }
    public bool FirstPick { get; set; }
}

/// <summary>A regular pickup: a station, a weekday, every week or every other week from <see cref="FromDate"/>.</summary>
public sealed class PickupPlan
{
    public int Id { get; set; }
    public int PartnerId { get; set; }
    public int StationId { get; set; }
    public DayOfWeek Weekday { get; set; }
    public bool Fortnightly { get; set; }

    /// <summary>The first pickup day; a fortnightly plan runs every other week from it.</summary>
    public DateOnly FromDate { get; set; }
}
