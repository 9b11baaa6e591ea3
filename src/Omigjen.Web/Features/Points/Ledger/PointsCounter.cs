namespace Omigjen.Web.Features.Points.Ledger;

public enum CounterScope
{
    ResidentDay = 1,
    ResidentMonth = 2,
    IssuerDay = 3,
}

/// <summary>
/// Points credited in one cap's period ("2026-12-07" or "2026-12") to one resident or by one issuer. A credit raises
/// it with a guarded update (<c>Total + n &lt;= cap</c>), so a cap holds however many claims arrive at once.
/// </summary>
public sealed class PointsCounter
{
    public CounterScope Scope { get; set; }
    public required string Key { get; set; }
    public required string Period { get; set; }
    public int Total { get; set; }
}
