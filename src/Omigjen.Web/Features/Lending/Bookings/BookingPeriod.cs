namespace Omigjen.Web.Features.Lending.Bookings;

/// <summary>
/// A loan of one unit: picked up at <see cref="PickupAt"/> and due back by <see cref="ReturnBy"/>, as the half-open
/// interval [PickupAt, ReturnBy). Two periods where one ends exactly when the other starts do not overlap.
/// </summary>
public readonly record struct BookingPeriod(DateTimeOffset PickupAt, DateTimeOffset ReturnBy)
{
    public TimeSpan Length => ReturnBy - PickupAt;

    /// <summary>True when both periods share some instant; touching periods do not.</summary>
    public bool Overlaps(BookingPeriod other) => BookingRules.Overlaps(this, other);
}

/// <summary>One thing wrong with a wanted period: the form field it concerns ("pickup" or "return") and the text in bokmål and English.</summary>
public sealed record BookingProblem(string Field, string Nb, string En);
