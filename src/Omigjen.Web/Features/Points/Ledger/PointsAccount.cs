namespace Omigjen.Web.Features.Points.Ledger;

/// <summary>
/// One row per resident who has spent points, bumped at the start of every redemption: the update locks the row, so
/// a resident's redemptions run one after another and two cannot spend the same balance.
/// </summary>
public sealed class PointsAccount
{
    public required string UserId { get; set; }
    public long Redemptions { get; set; }
}
