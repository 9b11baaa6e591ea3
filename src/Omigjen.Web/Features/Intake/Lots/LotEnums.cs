namespace Omigjen.Web.Features.Intake.Lots;

/// <summary>
/// Where a lot is on its way back to use. A lot starts <see cref="Registered"/> (or <see cref="RefusedForSafety"/>); the
/// partner and allocation steps move it on: a standing pickup plans it, an extra lot is announced and allocated, the
/// partner collects it; what nobody takes goes to the public, then to recycling.
/// </summary>
public enum LotState
{
    Registered, PlannedForPickup, Announced, Allocated, Collected, ToThePublic, ToRecycling, RefusedForSafety,
}

/// <summary>Whether the weight was read on a scale or estimated (from the category's typical weight or by eye).</summary>
public enum WeightSource
{
    Weighed, Estimated,
}

public enum LotCondition
{
    Good, Worn, NeedsRepair,
}
