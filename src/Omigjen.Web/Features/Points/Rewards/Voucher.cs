namespace Omigjen.Web.Features.Points.Rewards;

/// <summary>A reward redeemed by a resident: a one-time code shown at the counter. Used once (a guarded update).</summary>
public sealed class Voucher
{
    public long Id { get; set; }
    public int RewardId { get; set; }
    public Reward? Reward { get; set; }
    public string? UserId { get; set; }
    public required string Code { get; set; }
    public int PointsPaid { get; set; }
    public DateTime IssuedAt { get; set; }
    public DateTime? UsedAt { get; set; }
    public int? UsedAtInitiativeId { get; set; }
}
