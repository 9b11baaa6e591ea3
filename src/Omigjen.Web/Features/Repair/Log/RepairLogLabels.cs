using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Repair.Log;

/// <summary>Display names of the repair log's choices in bokmål and English.</summary>
public static class RepairLogLabels
{
    public static string Of(RepairOutcome o) => o switch
    {
        RepairOutcome.Fixed => L.T("Fikset", "Fixed"),
        RepairOutcome.Repairable => L.T("Kan repareres (ikke ferdig)", "Repairable (not finished)"),
        RepairOutcome.EndOfLife => L.T("Kan ikke repareres", "End of life"),
        _ => o.ToString(),
    };

    public static string Of(RepairBarrier b) => b switch
    {
        RepairBarrier.SparePartsNotAvailable => L.T("Reservedeler finnes ikke", "Spare parts not available"),
        RepairBarrier.SparePartsTooExpensive => L.T("Reservedeler for dyre", "Spare parts too expensive"),
        RepairBarrier.NoWayToOpen => L.T("Kan ikke åpnes", "No way to open the product"),
        RepairBarrier.RepairInformationNotAvailable => L.T("Mangler reparasjonsinformasjon", "Repair information not available"),
        RepairBarrier.LackOfEquipment => L.T("Mangler utstyr", "Lack of equipment"),
        RepairBarrier.ItemTooWornOut => L.T("For slitt", "Item too worn out"),
        _ => b.ToString(),
    };

    public static string Of(SpareParts s) => s switch
    {
        SpareParts.None => L.T("Ingen", "None"),
        SpareParts.Manufacturer => L.T("Fra produsenten", "From the manufacturer"),
        SpareParts.ThirdParty => L.T("Fra andre (tredjepart)", "From a third party"),
        _ => s.ToString(),
    };
}
