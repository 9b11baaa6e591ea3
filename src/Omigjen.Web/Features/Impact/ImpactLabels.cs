using System.Globalization;
using Omigjen.Web.Features.Impact.Factors;
using Omigjen.Web.Features.Impact.Ledger;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Impact;

/// <summary>Names of the impact ledger's values and its numbers, in the page's language.</summary>
public static class ImpactLabels
{
    public static string Of(ReuseChannel c) => c switch
    {
        ReuseChannel.Shop => L.T("Butikk og gis bort", "Shop and give-away"),
        ReuseChannel.Lending => L.T("Utlån", "Lending"),
        ReuseChannel.Repair => L.T("Reparasjon", "Repair"),
        ReuseChannel.IntakeHandOver => L.T("Utlevert fra mottak", "Handed over from intake"),
        ReuseChannel.Swap => L.T("Bytte", "Swap"),
        _ => c.ToString(),
    };

    public static string Of(ReuseActKind k) => k switch
    {
        ReuseActKind.ItemSold => L.T("Solgt eller gitt bort", "Sold or given away"),
        ReuseActKind.HoldCollected => L.T("Reservasjon hentet", "Hold collected"),
        ReuseActKind.LoanReturned => L.T("Lån levert tilbake", "Loan returned"),
        ReuseActKind.Repaired => L.T("Reparert", "Repaired"),
        _ => k.ToString(),
    };

    public static string Of(EuReuseCategory c) => c switch
    {
        EuReuseCategory.Textiles => L.T("Tekstiler", "Textiles"),
        EuReuseCategory.ElectricalElectronic => L.T("Elektrisk og elektronisk utstyr", "Electrical and electronic equipment"),
        EuReuseCategory.Furniture => L.T("Møbler", "Furniture"),
        EuReuseCategory.Construction => L.T("Byggevarer", "Construction products"),
        EuReuseCategory.Other => L.T("Andre produkter", "Other products"),
        _ => c.ToString(),
    };

    /// <summary>Kilograms with one decimal ("12,5 kg" / "12.5 kg").</summary>
    public static string Kg(long grams) => (grams / 1000m).ToString("N1", CultureInfo.CurrentCulture) + " kg";

    /// <summary>Tonnes with one decimal.</summary>
    public static string Tonnes(long grams) => (grams / 1_000_000m).ToString("N1", CultureInfo.CurrentCulture);
}
