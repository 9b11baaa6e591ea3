namespace Omigjen.Web.Features.Initiatives;

/// <summary>
/// The exchange shape of one initiative: what the import reads (JSON, or CSV mapped onto it) and the API returns.
/// Enumerations are kebab-case tokens ("reuse-shop"); documented in docs/import-format.md.
/// </summary>
public sealed class InitiativeRecord
{
    public string? Slug { get; set; }
    public string? Name { get; set; }
    public TextRecord? ShortDescription { get; set; }
    public TextRecord? LongDescription { get; set; }
    public List<string>? Kinds { get; set; }
    public List<string>? Categories { get; set; }
    public List<string>? Services { get; set; }
    public TextRecord? Accepts { get; set; }
    public TextRecord? Declines { get; set; }
    public string? OrganisationType { get; set; }
    public List<LocationRecord>? Locations { get; set; }
    public string? OpeningHours { get; set; }
    public TextRecord? OpeningHoursNote { get; set; }
    public ContactInfo? Contact { get; set; }
    public AccessibilityInfo? Accessibility { get; set; }
    public TermsRecord? Terms { get; set; }
    public string? Status { get; set; }
    public TextRecord? ClosedReason { get; set; }
    public string? ClosedUntil { get; set; }
    public string? LastConfirmed { get; set; }
    public bool Illustrative { get; set; }
}

public sealed class TextRecord
{
    public string? Nb { get; set; }
    public string? En { get; set; }
}

public sealed class LocationRecord
{
    public string? Name { get; set; }
    public string? Address { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public double? Lat { get; set; }
    public double? Lon { get; set; }
    public string? ValidFrom { get; set; }
    public string? ValidTo { get; set; }
}

public sealed class TermsRecord
{
    public TextRecord? Returns { get; set; }
    public TextRecord? Complaints { get; set; }
    public TextRecord? Warranty { get; set; }
    public TextRecord? FreeServices { get; set; }
}
