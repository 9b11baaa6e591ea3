namespace Omigjen.Web.Features.Lending;

/// <summary>
/// One loan of one unit for the half-open period [PickupAt, ReturnBy). While it is <see cref="IsActive"/> no other
/// active booking of the unit may overlap it: PostgreSQL's exclusion constraint and SQLite's triggers refuse one.
/// A waiting-list offer is a booking too (<see cref="BookingStatus.Offered"/>), so the offered unit stays free for
/// the person offered it until the offer runs out.
/// </summary>
public sealed class Booking
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public LendingUnit? Unit { get; set; }

    /// <summary>The unit's type, kept here so statistics and lists need no join.</summary>
    public int TypeId { get; set; }

    /// <summary>The responsible borrower; null for a walk-in loan registered by the staff.</summary>
    public string? UserId { get; set; }

    /// <summary>Code shown at pickup; unique.</summary>
    public required string Code { get; set; }
    public BookingStatus Status { get; set; } = BookingStatus.Booked;
    public DateTime PickupAt { get; set; }
    public DateTime ReturnBy { get; set; }

    /// <summary>A child (or other person) who uses the unit while the booker stays responsible.</summary>
    public string? CoBorrowerName { get; set; }
    public int? CoBorrowerAge { get; set; }

    /// <summary>Walk-in borrower's name (when there is no account).</summary>
    public string? BorrowerName { get; set; }

    /// <summary>Mobile number for SMS reminders; optional.</summary>
    public string? Phone { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? CheckedOutAt { get; set; }
    public DateTime? ReturnedAt { get; set; }
    public DateTime? CancelledAt { get; set; }

    /// <summary>What the staff noted about the unit's condition at check-in.</summary>
    public string? ConditionNote { get; set; }

    /// <summary>For an offer from the waiting list: when it runs out.</summary>
    public DateTime? OfferExpiresAt { get; set; }

    /// <summary>The waiting-list entry an offer answers.</summary>
    public int? WaitlistEntryId { get; set; }

    public DateTime? PickupReminderSentAt { get; set; }
    public DateTime? ReturnReminderSentAt { get; set; }
    public DateTime? OverdueNoticeSentAt { get; set; }

    public bool IsActive => BookingStatuses.Active.Contains(Status);

    /// <summary>The resident takes a waiting-list offer: it becomes an ordinary booking.</summary>
    public void Accept() => Become(BookingStatus.Booked);

    /// <summary>Staff hands the unit out.</summary>
    public void CheckOut(DateTime now)
    {
        Become(BookingStatus.CheckedOut);
        CheckedOutAt = now;
    }

    /// <summary>Staff takes the unit back.</summary>
    public void Return(DateTime now)
    {
        Become(BookingStatus.Returned);
        ReturnedAt = now;
    }

    /// <summary>The resident or the staff calls off a booking or an offer before the pickup.</summary>
    public void Cancel(DateTime now)
    {
        Become(BookingStatus.Cancelled);
        CancelledAt = now;
    }

    /// <summary>An offer nobody took in time.</summary>
    public void Lapse(DateTime now)
    {
        Become(BookingStatus.Lapsed);
        CancelledAt = now;
    }

    /// <summary>The period ended without a pickup.</summary>
    public void NoShow(DateTime now)
    {
        Become(BookingStatus.NoShow);
        CancelledAt = now;
    }

    /// <summary>Moves to <paramref name="next"/> when <see cref="BookingStatuses.Transitions"/> allows it; throws otherwise.</summary>
    private void Become(BookingStatus next)
    {
        if (!BookingStatuses.CanBecome(Status, next))
            throw new InvalidOperationException($"A booking that is {Status} cannot become {next}.");
        Status = next;
    }
}

public enum BookingStatus
{
    /// <summary>Offered from the waiting list; holds the unit until <see cref="Booking.OfferExpiresAt"/>.</summary>
    Offered,
    Booked,
    CheckedOut,
    Returned,
    Cancelled,

    /// <summary>A waiting-list offer nobody took in time.</summary>
    Lapsed,

    /// <summary>Booked, but never picked up before the period ended.</summary>
    NoShow,
}
