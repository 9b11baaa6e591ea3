using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Lending.Catalogue;

namespace Omigjen.Web.Features.Lending;

/// <summary>
/// A booking with what a message about it needs: the type and terms, the unit, the place and the borrower.
/// <paramref name="OfferNeverAccepted"/>: the booking was a waiting-list offer the resident never took (declined, lapsed or withdrawn).
/// </summary>
public sealed record LendingBookingDetails(
    Booking Booking, string TypeName, LendingPriceKind PriceKind, int PriceNok, int? DepositNok, bool SelfService, string UnitLabel,
    int InitiativeId, string InitiativeSlug, string InitiativeName, string? PlaceName, string? Address, string? PostalCode, string? City,
    double? Latitude, double? Longitude, string? BorrowerEmail, string? BorrowerDisplayName,
    bool OfferNeverAccepted)
{

    private static readonly CultureInfo Nb = CultureInfo.GetCultureInfo("nb-NO");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"Langrennski, klassisk (150 cm)".</summary>
    [JsonIgnore]
    public string Title => $"{TypeName} ({UnitLabel})";

    /// <summary>The place in one line: "Navn, Adresse, 1384 Asker".</summary>
    [JsonIgnore]
    public string Place
    {
        get
        {
            var town = string.Join(" ", new[] { PostalCode, City }.Where(s => !string.IsNullOrWhiteSpace(s)));
            return string.Join(", ", new[] { InitiativeName, PlaceName, Address, town }.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct());
        }
    }

    /// <summary>Who borrows, for the staff: the first name, else the e-mail address, else the walk-in's name.</summary>
    [JsonIgnore]
    public string BorrowerLabel =>
        BorrowerDisplayName?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault()
        ?? BorrowerEmail ?? Booking.BorrowerName ?? "Ukjent / Unknown";

    /// <summary>"for Ola (9 år)", or null without a co-borrower.</summary>
    [JsonIgnore]
    public string? CoBorrowerNb => Booking.CoBorrowerName is { } name
        ? Booking.CoBorrowerAge is { } age ? $"for {name} ({age} år)" : $"for {name}" : null;

    /// <summary>"for Ola (age 9)", or null without a co-borrower.</summary>
    [JsonIgnore]
    public string? CoBorrowerEn => Booking.CoBorrowerName is { } name
        ? Booking.CoBorrowerAge is { } age ? $"for {name} (age {age})" : $"for {name}" : null;

    [JsonIgnore]
    public string TermsNb
    {
        get
        {
            var price = LendingLabels.Price(PriceKind, PriceNok, english: false);
            var deposit = LendingLabels.Deposit(DepositNok, english: false) is { } d ? $", depositum {d} (betales ved henting, tilbake ved levering)" : "";
            return price + deposit + ".";
        }
    }

    [JsonIgnore]
    public string TermsEn
    {
        get
        {
            var price = LendingLabels.Price(PriceKind, PriceNok, english: true);
            var deposit = LendingLabels.Deposit(DepositNok, english: true) is { } d ? $", deposit {d} (paid at pickup, returned when you bring it back)" : "";
            return price + deposit + ".";
        }
    }

    /// <summary>A local time in words: ("lørdag 5. desember kl. 10.00", "Saturday 5 December at 10:00").</summary>
    public static (string Nb, string En) When(DateTimeOffset local) =>
        (local.ToString("dddd d. MMMM 'kl.' HH'.'mm", Nb), local.ToString("dddd d MMMM 'at' HH':'mm", En));

    /// <summary>The booking with its type, unit, place and borrower; null when there is no such booking.</summary>
    public static async Task<LendingBookingDetails?> LoadAsync(AppDbContext db, int bookingId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var booking = await db.Bookings.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookingId, ct);
        if (booking is null) return null;
        var unitLabel = await db.LendingUnits.AsNoTracking().Where(u => u.Id == booking.UnitId).Select(u => u.Label).FirstOrDefaultAsync(ct) ?? "";
        var type = await db.LendingTypes.AsNoTracking().Where(t => t.Id == booking.TypeId)
            .Select(t => new
            {
                t.Name, t.PriceKind, t.PriceNok, t.DepositNok, t.SelfService, t.Latitude, t.Longitude, t.InitiativeId,
                InitiativeSlug = t.Initiative!.Slug, InitiativeName = t.Initiative.Name,
            })
            .FirstOrDefaultAsync(ct);
        if (type is null) return null;
        var location = await db.InitiativeLocations.AsNoTracking().Where(l => l.InitiativeId == type.InitiativeId).OrderBy(l => l.Id)
            .Select(l => new { l.Name, l.Address, l.PostalCode, l.City }).FirstOrDefaultAsync(ct);
        var user = booking.UserId is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == booking.UserId)
            .Select(u => new { u.Email, u.DisplayName }).FirstOrDefaultAsync(ct);
        var neverAccepted = booking.WaitlistEntryId is { } entryId
            && !await db.WaitlistEntries.AnyAsync(w => w.Id == entryId && w.Status == WaitlistStatus.Accepted, ct);
        return new(booking, type.Name, type.PriceKind, type.PriceNok, type.DepositNok, type.SelfService, unitLabel,
            type.InitiativeId, type.InitiativeSlug, type.InitiativeName, location?.Name, location?.Address, location?.PostalCode, location?.City,
            type.Latitude, type.Longitude, user?.Email, user?.DisplayName, neverAccepted);
    }
}
