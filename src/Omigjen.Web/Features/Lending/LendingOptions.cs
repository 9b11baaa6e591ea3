namespace Omigjen.Web.Features.Lending;

/// <summary>Settings for lending and rental (section <c>Lending</c>).</summary>
public sealed class LendingOptions
{
    public const string Section = "Lending";

    /// <summary>Hours a person offered a unit from the waiting list has to accept it.</summary>
    public int OfferHours { get; set; } = 24;

    /// <summary>Active bookings (booked or checked out) one resident may have at once.</summary>
    public int MaxActivePerResident { get; set; } = 5;

    /// <summary>Whether the background job sends reminders and ends lapsed offers (tests run it themselves).</summary>
    public bool JobsEnabled { get; set; } = true;
}
