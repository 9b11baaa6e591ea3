using Omigjen.Web.Features.Intake.Lots;

namespace Omigjen.Web.Features.Intake.Pickups;

public enum PickupState
{
    Planned, Cancelled, Done, Missed,
}

/// <summary>Who cancelled a pickup: the station's staff or the partner's members.</summary>
public enum PickupSide
{
    Station, Partner,
}

/// <summary>
/// One day of a partner's pickup plan at a station, made by the intake job for the next 14 days. One per plan and day
/// (a unique index), so the job may run twice. It leaves <see cref="PickupState.Planned"/> once, by a guarded update:
/// cancelled (by whom and why), done (the partner confirmed the kg taken) or missed (two days after, unconfirmed).
/// </summary>
public sealed class StandingPickup
{
    public long Id { get; set; }
    public int PlanId { get; set; }
    public int PartnerId { get; set; }
    public int StationId { get; set; }
    public DateOnly Date { get; set; }
    public PickupState State { get; set; }
    public DateTime CreatedAt { get; set; }

    public PickupSide? CancelledBy { get; set; }
    public string? CancelledById { get; set; }
    public string? CancelReason { get; set; }

    /// <summary>When it was cancelled, confirmed or marked missed.</summary>
    public DateTime? ClosedAt { get; set; }

    public string? ConfirmedById { get; set; }
}

/// <summary>What the partner says it took at a pickup: kg of one category.</summary>
public sealed class PickupTaken
{
    public long PickupId { get; set; }
    public IntakeCategory Category { get; set; }
    public decimal Kg { get; set; }
}
