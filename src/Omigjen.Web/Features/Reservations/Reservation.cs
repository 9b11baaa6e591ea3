using Omigjen.Web.Features.Items;

namespace Omigjen.Web.Features.Reservations;

/// <summary>A resident's hold on one unit of an item until pickup.</summary>
public sealed class Reservation
{
    public int Id { get; set; }
    public int ItemId { get; set; }
    public Item? Item { get; set; }
    public required string UserId { get; set; }

    /// <summary>Short code the resident shows at pickup; unique among all holds.</summary>
    public required string Code { get; set; }
    public ReservationStatus Status { get; set; } = ReservationStatus.Active;
    public DateTime CreatedAt { get; set; }

    /// <summary>Closing time of the place's next opening day(s), in UTC.</summary>
    public DateTime ExpiresAt { get; set; }
    public DateTime? EndedAt { get; set; }

    /// <summary>When both sides were told that the hold ran out; set once, by the job that claimed it.</summary>
    public DateTime? ExpiryNoticeSentAt { get; set; }
}

public enum ReservationStatus
{
    Active, Collected, Released, Cancelled, Expired,
}
