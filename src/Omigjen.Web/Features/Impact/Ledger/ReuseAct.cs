using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Impact.Ledger;

/// <summary>
/// One verified act that kept something in use, in the append-only impact ledger. Written in the same transaction as
/// the act that proves it (an item sold, a hold collected, a loan returned). Never updated or deleted: an act undone is
/// a second entry with the opposite sign that names the entry it reverses.
/// </summary>
public sealed class ReuseAct
{
    public long Id { get; set; }
    public ReuseActKind Kind { get; set; }
    public ReuseChannel Channel { get; set; }
    public int InitiativeId { get; set; }
    public GoodsCategory Category { get; set; }

    /// <summary>Units; negative in a reversing entry.</summary>
    public int Quantity { get; set; }

    /// <summary>Weight of all the units in grams (negative in a reversing entry).</summary>
    public long WeightGrams { get; set; }

    public WeightSource WeightSource { get; set; }

    /// <summary>The factor set the CO2e was computed with.</summary>
    public int FactorSetVersion { get; set; }

    /// <summary>Greenhouse gas emissions avoided, grams CO2e (negative in a reversing entry).</summary>
    public long Co2eGrams { get; set; }

    /// <summary>The resident the act is linked to, when it is linked to one; null after the account is deleted.</summary>
    public string? UserId { get; set; }

    public ReuseSource Source { get; set; }
    public int SourceId { get; set; }

    /// <summary>Set for acts that may be recorded only once ("hold:12", "booking:7"); unique.</summary>
    public string? OnceKey { get; set; }

    /// <summary>The entry this one reverses; unique, so an entry is reversed at most once.</summary>
    public long? ReversesId { get; set; }

    /// <summary>When the act happened (UTC). A reversing entry carries the time of the act it reverses, so every report
    /// by period loses the act where it counted it.</summary>
    public DateTime At { get; set; }

    /// <summary>When the entry was written (UTC).</summary>
    public DateTime RecordedAt { get; set; }
}

/// <summary>What happened. Add a kind here and a row in <see cref="ReuseActKinds"/>.</summary>
public enum ReuseActKind
{
    ItemSold, HoldCollected, LoanReturned, Repaired,
}

public enum ReuseChannel
{
    Shop, Lending, Repair, IntakeHandOver, Swap,
}

/// <summary>The factor rows an act uses: reuse of a product, a loan, a repair.</summary>
public enum ImpactActivity
{
    Reuse, Lending, Repair,
}

public enum WeightSource
{
    Weighed, Entered, CategoryAverage,
}

public enum ReuseSource
{
    Item, Hold, Booking, RepairEntry,
}
