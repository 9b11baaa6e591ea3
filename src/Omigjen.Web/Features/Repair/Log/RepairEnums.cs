namespace Omigjen.Web.Features.Repair.Log;

/// <summary>ORDS repair_status: the numbers are the standard's codes.</summary>
public enum RepairOutcome
{
    Fixed = 1, Repairable = 2, EndOfLife = 3,
}

/// <summary>ORDS repair_barrier_if_end_of_life: the numbers are the standard's codes.</summary>
public enum RepairBarrier
{
    SparePartsNotAvailable = 1, SparePartsTooExpensive = 2, NoWayToOpen = 3, RepairInformationNotAvailable = 4,
    LackOfEquipment = 5, ItemTooWornOut = 6,
}

/// <summary>Spare parts needed (as Restarters.net records them): none, from the manufacturer, or from a third party.</summary>
public enum SpareParts
{
    None, Manufacturer, ThirdParty,
}
