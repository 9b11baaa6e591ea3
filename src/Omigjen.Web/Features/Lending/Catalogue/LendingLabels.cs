using System.Globalization;
using Omigjen.Web.Features.Lending.Bookings;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending.Catalogue;

/// <summary>Display texts for lending in bokmål and English.</summary>
public static class LendingLabels
{
    private static readonly CultureInfo Nb = CultureInfo.GetCultureInfo("nb-NO");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"Gratis", "150 kr per dag", "400 kr per uke".</summary>
    public static string Price(LendingPriceKind kind, int priceNok) => Price(kind, priceNok, L.IsEnglish);

    public static string Price(LendingPriceKind kind, int priceNok, bool english)
    {
        if (kind == LendingPriceKind.Free || priceNok == 0) return english ? "Free" : "Gratis";
        var amount = english ? $"NOK {priceNok.ToString("N0", En)}" : $"{priceNok.ToString("N0", Nb)} kr";
        return kind == LendingPriceKind.PerDay
            ? english ? amount + " per day" : amount + " per dag"
            : english ? amount + " per week" : amount + " per uke";
    }

    /// <summary>"500 kr" / "NOK 500"; null when there is no deposit.</summary>
    public static string? Deposit(int? depositNok, bool english) =>
        depositNok is > 0 and { } d ? english ? $"NOK {d.ToString("N0", En)}" : $"{d.ToString("N0", Nb)} kr" : null;

    /// <summary>"3 ledige" / "3 free".</summary>
    public static string Free(int count) => count == 1 ? L.T("1 ledig", "1 free") : L.T($"{count} ledige", $"{count} free");

    /// <summary>"5.–6. desember" / "5–6 December" for a period of local days (both included); one day alone when equal.</summary>
    public static string Period(DateOnly from, DateOnly to)
    {
        if (from == to) return L.T(from.ToString("d. MMMM", Nb), from.ToString("d MMMM", En));
        if (from.Month == to.Month && from.Year == to.Year)
            return L.T($"{from.Day}.–{to.ToString("d. MMMM", Nb)}", $"{from.Day}–{to.ToString("d MMMM", En)}");
        return L.T($"{from.ToString("d. MMMM", Nb)}–{to.ToString("d. MMMM", Nb)}", $"{from.ToString("d MMMM", En)}–{to.ToString("d MMMM", En)}");
    }

    public static string Of(LendingUnitState state) => BookingLabels.UnitState(state);
}
