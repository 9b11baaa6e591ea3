namespace Omigjen.Web.Features.Points.Codes;

/// <summary>
/// One act at an issuer's counter, worth points to the one resident who claims it before it expires. Only the code's
/// hash is kept: a copy of the database gives no codes to claim.
/// </summary>
public sealed class PointsCode
{
    public long Id { get; set; }

    /// <summary>SHA-256 of the normalised code, hex (<see cref="CodeAlphabet.Hash"/>).</summary>
    public required string CodeHash { get; set; }

    public int InitiativeId { get; set; }
    public PointsAction Action { get; set; }
    public int Points { get; set; }
    public string? IssuedByUserId { get; set; }
    public DateTime IssuedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? ClaimedAt { get; set; }
    public string? ClaimedByUserId { get; set; }

    /// <summary>The recorded act the code was issued for ("reuse-act:12"), opaque to the programme; claiming it tells the
    /// <see cref="IPointsClaimHook"/>s.</summary>
    public string? Reference { get; set; }
}
