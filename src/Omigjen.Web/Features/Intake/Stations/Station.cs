namespace Omigjen.Web.Features.Intake.Stations;

public enum StationKind
{
    /// <summary>One of the municipality's recycling stations (gjenvinningsstasjon).</summary>
    RecyclingStation,

    /// <summary>The reuse centre's own intake.</summary>
    CentreIntake,
}

/// <summary>A place where goods are handed in: a recycling station or the centre's intake, with its hours and staff.</summary>
public sealed class Station
{
    public int Id { get; set; }

    /// <summary>The station screen's address: <c>/stasjon/{slug}</c>.</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }
    public StationKind Kind { get; set; }
    public required string Address { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }

    /// <summary>In the OpenStreetMap opening_hours syntax, as everywhere in OMigjen.</summary>
    public required string OpeningHours { get; set; }

    /// <summary>Illustrative data, not a real place.</summary>
    public bool IsDemo { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<StationStaffMember> Staff { get; set; } = [];
}

/// <summary>An account that works at a station, granted by an administrator.</summary>
public sealed class StationStaffMember
{
    public int StationId { get; set; }
    public required string UserId { get; set; }
    public DateTime GrantedAt { get; set; }
    public string? GrantedById { get; set; }
}
