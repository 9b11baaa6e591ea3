namespace Omigjen.Web.Features.Initiatives;

/// <summary>One place an initiative can be found; pop-ups have a validity period, book cabinets have many.</summary>
public sealed class InitiativeLocation
{
    public int Id { get; set; }
    public int InitiativeId { get; set; }
    public string? Name { get; set; }
    public required string Address { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }

    /// <summary>True while the pin is only the centre of the area chosen at registration, not a point the actor set.</summary>
    public bool PositionApproximate { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }

    public bool IsValidOn(DateOnly day) =>
        (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day <= ValidTo);
}
