using System.Globalization;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Repair.Services;

/// <summary>How a repair service's price, turnaround, warranty and visit read, in the request's language.</summary>
public static class RepairLabels
{
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    /// <summary>"250 kr", "150–300 kr" or "Gratis".</summary>
    public static string Price(RepairPriceKind kind, int? from, int? to) => kind switch
    {
        RepairPriceKind.Free => L.T("Gratis", "Free"),
        RepairPriceKind.Range => $"{Kr(from)}–{Kr(to)} kr",
        _ => $"{Kr(from)} kr",
    };

    public static string Price(RepairService s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Price(s.PriceKind, s.PriceFromNok, s.PriceToNok);
    }

    public static string Kind(RepairPriceKind kind) => kind switch
    {
        RepairPriceKind.Free => L.T("Gratis", "Free"),
        RepairPriceKind.Range => L.T("Fra–til", "From–to"),
        _ => L.T("Fast pris", "Fixed price"),
    };

    public static string Visit(RepairVisit visit) => visit switch
    {
        RepairVisit.Booking => L.T("Bestill time", "Book first"),
        RepairVisit.Either => L.T("Drop-in eller bestill time", "Drop in or book"),
        _ => L.T("Drop-in", "Drop in"),
    };

    /// <summary>"Mens du venter", "3 dager" or the actor's own text; empty when not given.</summary>
    public static string Turnaround(int? days, string? text) => days switch
    {
        0 => L.T("Mens du venter", "While you wait"),
        1 => L.T("1 dag", "1 day"),
        { } d => L.T($"{d} dager", $"{d} days"),
        null => text ?? "",
    };

    /// <summary>"90 dager" or the actor's own text; "Ingen oppgitt" when not given.</summary>
    public static string Warranty(int? days, string? text) => days switch
    {
        0 => L.T("Ingen", "None"),
        1 => L.T("1 dag", "1 day"),
        { } d => L.T($"{d} dager", $"{d} days"),
        null => text ?? L.T("Ikke oppgitt", "Not stated"),
    };

    /// <summary>The promise as a consumer right: "Forbrukerrettighet: gratis justering … innen 30 dager etter kjøpet".</summary>
    public static string Promise(string text, int days) =>
        L.T($"Forbrukerrettighet: {text} innen {days} dager etter kjøpet", $"Consumer right: {text} within {days} days of the purchase");

    private static string Kr(int? value) => (value ?? 0).ToString("#,0", Norwegian).Replace('\u00A0', ' ');
}
