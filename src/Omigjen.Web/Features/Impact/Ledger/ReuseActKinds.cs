namespace Omigjen.Web.Features.Impact.Ledger;

/// <summary>How each kind of act is counted. A new kind of act is one enum value and one row here.</summary>
public static class ReuseActKinds
{
    public sealed record Rule(ReuseChannel Channel, ImpactActivity Activity, ReuseSource Source, bool Once);

    private static readonly Dictionary<ReuseActKind, Rule> Rules = new()
    {
        [ReuseActKind.ItemSold] = new(ReuseChannel.Shop, ImpactActivity.Reuse, ReuseSource.Item, Once: false),
        [ReuseActKind.HoldCollected] = new(ReuseChannel.Shop, ImpactActivity.Reuse, ReuseSource.Hold, Once: true),
        [ReuseActKind.LoanReturned] = new(ReuseChannel.Lending, ImpactActivity.Lending, ReuseSource.Booking, Once: true),
        // Not "once": an entry changed from fixed to not fixed and back is reversed and recorded again. The repair log
        // keeps at most one open act per entry itself (RepairLedger).
        [ReuseActKind.Repaired] = new(ReuseChannel.Repair, ImpactActivity.Repair, ReuseSource.RepairEntry, Once: false),
    };

    public static Rule Of(ReuseActKind kind) => Rules[kind];

    /// <summary>
    /// True when the channel's weight is kept from the waste. A loan keeps an object in use that stays with the lender,
    /// so its weight is not counted again on every loan; its CO2e is (the published lending policy).
    /// </summary>
    public static bool CountsWaste(ReuseChannel channel) => channel != ReuseChannel.Lending;
}
