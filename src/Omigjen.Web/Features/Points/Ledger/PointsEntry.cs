namespace Omigjen.Web.Features.Points.Ledger;

public enum PointsEntryKind
{
    Credit,
    Redemption,
}

/// <summary>
/// One line of the append-only points ledger: a credit (positive) or a redemption (negative). Nothing is updated in
/// place except the person, who is removed when the account is deleted. Expiry is derived (<see cref="PointsBalance"/>).
/// </summary>
public sealed class PointsEntry
{
    public long Id { get; set; }
    public string? UserId { get; set; }
    public PointsEntryKind Kind { get; set; }
    public int Points { get; set; }
    public int? InitiativeId { get; set; }
    public PointsAction? Action { get; set; }
    public DateTime At { get; set; }

    /// <summary>When a credit's points lapse; null for redemptions.</summary>
    public DateTime? ExpiresAt { get; set; }

    /// <summary>What the entry stems from ("code:12", "hold:7", "booking:3", "voucher:5"); unique, so nothing is counted twice.</summary>
    public required string SourceKey { get; set; }
}
