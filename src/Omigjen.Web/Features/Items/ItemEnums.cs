namespace Omigjen.Web.Features.Items;

/// <summary>ny, som ny, pent brukt, brukt, må repareres.</summary>
public enum ItemCondition
{
    New, AsNew, GentlyUsed, Used, NeedsRepair,
}

public enum ItemStatus
{
    /// <summary>At least one unit can be held or bought.</summary>
    Available,

    /// <summary>Every remaining unit is held for pickup.</summary>
    Reserved,

    /// <summary>Sold or given away: no units left.</summary>
    Sold,

    /// <summary>Taken down by the actor.</summary>
    Removed,
}
