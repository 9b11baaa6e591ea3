using System.Globalization;
using Omigjen.Web.Features.Lending.Catalogue;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending.Bookings;

/// <summary>
/// Texts about bookings shared by the resident's and the staff's pages: statuses, the price and deposit, and times
/// ("lørdag 5. desember kl. 10:00"), in the request's language.
/// </summary>
public static class BookingLabels
{
    private static readonly CultureInfo Nb = CultureInfo.GetCultureInfo("nb-NO");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    public static string Status(BookingStatus status) => status switch
    {
        BookingStatus.Offered => L.T("Tilbudt fra ventelisten", "Offered from the waiting list"),
        BookingStatus.Booked => L.T("Bestilt", "Booked"),
        BookingStatus.CheckedOut => L.T("Utlånt", "On loan"),
        BookingStatus.Returned => L.T("Levert", "Returned"),
        BookingStatus.Cancelled => L.T("Avbestilt", "Cancelled"),
        BookingStatus.NoShow => L.T("Ikke hentet", "Not picked up"),
        _ => L.T("Tilbudet gikk ut", "The offer ran out"),
    };

    public static string Waitlist(WaitlistStatus status) => status switch
    {
        WaitlistStatus.Waiting => L.T("Venter", "Waiting"),
        WaitlistStatus.Offered => L.T("Fått tilbud", "Offered"),
        WaitlistStatus.Accepted => L.T("Tatt imot", "Accepted"),
        WaitlistStatus.Cancelled => L.T("Forlatt", "Left"),
        _ => L.T("Gått ut", "Lapsed"),
    };

    public static string UnitState(LendingUnitState state) => state switch
    {
        LendingUnitState.Available => L.T("Tilgjengelig", "Available"),
        LendingUnitState.Maintenance => L.T("Til vedlikehold", "In maintenance"),
        _ => L.T("Tatt ut av utlån", "Retired"),
    };

    /// <summary>"Gratis", "50 kr per dag" or "200 kr per uke".</summary>
    public static string Price(LendingPriceKind kind, int priceNok) => LendingLabels.Price(kind, priceNok);

    public static string Price(LendingType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Price(type.PriceKind, type.PriceNok);
    }

    /// <summary>"Depositum 500 kr (betales ved henting og betales tilbake ved levering)", or null when there is none.</summary>
    public static string? Deposit(int? depositNok)
    {
        if (depositNok is not > 0) return null;
        var kr = depositNok.Value.ToString(CultureInfo.InvariantCulture);
        return L.T($"Depositum {kr} kr (betales ved henting, du får det tilbake ved levering)",
                   $"Deposit NOK {kr} (paid at pickup, returned when you bring it back)");
    }

    /// <summary>"Høyst 7 dager".</summary>
    public static string MaxDays(int days)
    {
        var n = days.ToString(CultureInfo.InvariantCulture);
        return days == 1 ? L.T("Høyst 1 dag", "At most 1 day") : L.T($"Høyst {n} dager", $"At most {n} days");
    }

    /// <summary>"lørdag 5. desember kl. 10.00" / "Saturday 5 December at 10:00" for a local time.</summary>
    public static string When(DateTimeOffset local) => TimeText.DayAndTime(local);

    /// <summary>"lørdag 5. desember" / "Saturday 5 December".</summary>
    public static string Day(DateOnly date) =>
        L.IsEnglish ? date.ToString("dddd d MMMM", En) : date.ToString("dddd d. MMMM", Nb);

    /// <summary>"Ola (9 år)" / "Ola (age 9)", or just the name when no age was given.</summary>
    public static string? CoBorrower(string? name, int? age)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        if (age is not { } a) return name;
        var n = a.ToString(CultureInfo.InvariantCulture);
        return L.T($"{name} ({n} år)", $"{name} (age {n})");
    }
}
