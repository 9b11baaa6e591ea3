using Omigjen.Web.Features.Lending.Bookings;

namespace Omigjen.Web.Features.Lending;

/// <summary>What a resident asks for: a type, optionally a size (as typed, e.g. "150 cm"), and a period.</summary>
public sealed record BookingRequest(int TypeId, string? Label, DateTimeOffset PickupAt, DateTimeOffset ReturnBy)
{
    public string? CoBorrowerName { get; init; }
    public int? CoBorrowerAge { get; init; }
    public string? Phone { get; init; }

    public BookingPeriod Period => new(PickupAt, ReturnBy);
}
