namespace Omigjen.Web.Features.Points.Issuers;

public enum IssuerStatus
{
    Requested,
    Approved,
    Suspended,
}

/// <summary>An initiative's place in the points programme: asked to join, approved by an administrator, or suspended.</summary>
public sealed class PointsIssuer
{
    public int InitiativeId { get; set; }
    public IssuerStatus Status { get; set; }
    public DateTime RequestedAt { get; set; }
    public DateTime? DecidedAt { get; set; }
}
