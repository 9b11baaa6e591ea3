using System.Globalization;
using Omigjen.OpeningHours;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending.Catalogue;

/// <summary>The initiative that lends a type out, and where.</summary>
public sealed record LendingInitiativeDto(string Slug, string Name, string? Address, string? PostalCode, string? City, double? Lat, double? Lon, string Url);

/// <summary>The price: <c>free</c>, <c>per-day</c> or <c>per-week</c> in whole kroner, as text too, and the deposit (null when none).</summary>
public sealed record LendingPriceDto(string Kind, int Nok, string Text, int? DepositNok);

/// <summary>A photo of the type; <see cref="Url"/> is the 640 pixels wide JPEG.</summary>
public sealed record LendingPhotoDto(string Key, string AltText, string Url);

/// <summary>
/// One type in a search result. With a period, <c>freeUnits</c> counts units of the size (or any size) free for all of
/// it and <c>labels</c> the sizes free for all of it; without one, the units and sizes that can be booked.
/// </summary>
public sealed record LendingTypeSummaryDto(
    int Id, string Name, string Category, LendingInitiativeDto Initiative, double? DistanceKm, LendingPriceDto Price, int FreeUnits,
    int TotalUnits, IReadOnlyList<string> Labels, LendingPhotoDto? Photo, string Url);

/// <summary>A page of the lending search, with the period searched (local dates, both included) when there was one.</summary>
public sealed record LendingTypePageDto(
    IReadOnlyList<LendingTypeSummaryDto> Items, int Total, int Page, int PageSize, int PageCount, string? From, string? To, string? Size);

/// <summary>One unit: its size or label and whether it can be booked (<c>available</c>) or is in <c>maintenance</c>.</summary>
public sealed record LendingUnitDto(string Label, string State);

/// <summary>One size: its label, its key (what <c>size</c> compares), units not retired, and how many of those can be booked.</summary>
public sealed record LendingSizeDto(string Label, string Key, int Units, int Available);

/// <summary>
/// The lending terms: price and deposit, longest loan in days, hours of notice, whether pickup is self-service, and when
/// pickup and return can happen (the type's staffed slots, else the initiative's opening hours; null when unknown).
/// </summary>
public sealed record LendingTermsDto(
    LendingPriceDto Price, int MaxDays, int LeadTimeHours, bool SelfService, string? PickupHours, string? PickupHoursText,
    bool PickupHoursAreStaffedSlots);

/// <summary>Everything the type page shows, without the availability (its own endpoint).</summary>
public sealed record LendingTypeDetailDto(
    int Id, string Name, string Description, string Category, LendingInitiativeDto Initiative, LendingTermsDto Terms,
    IReadOnlyList<LendingSizeDto> Sizes, IReadOnlyList<LendingUnitDto> Units, LendingPhotoDto? Photo, string Url, string AvailabilityUrl,
    decimal? WeightKg);

/// <summary>
/// One local day: units free all day, units not retired, whether pickup is possible (<c>open</c>; <c>hours</c> are the
/// open intervals as HH:mm–HH:mm) and, when not, why (<c>closedReasonNb</c>/<c>closedReasonEn</c>).
/// </summary>
public sealed record AvailabilityDayDto(string Date, int Free, int Total, bool Open, bool Bookable, IReadOnlyList<string> Hours,
                                        string? ClosedReasonNb, string? ClosedReasonEn);

/// <summary>A type's availability day by day; <c>hoursKnown</c> is false when no hours are given (every day then counts as open).</summary>
public sealed record LendingAvailabilityDto(int TypeId, string? Size, string From, bool HoursKnown, IReadOnlyList<AvailabilityDayDto> Days);

internal static class LendingDtoMapping
{
    public static LendingInitiativeDto Initiative(DirectoryEntry? entry, Initiative initiative, string baseUrl)
    {
        var l = (entry?.Initiative ?? initiative).Locations.FirstOrDefault();
        return new(initiative.Slug, initiative.Name, l?.Address, l?.PostalCode, l?.City, l?.Latitude, l?.Longitude, $"{baseUrl}/initiativ/{initiative.Slug}");
    }

    public static LendingPriceDto Price(LendingPriceKind kind, int priceNok, int? depositNok) =>
        new(Tokens.Of(kind), kind == LendingPriceKind.Free ? 0 : priceNok, LendingLabels.Price(kind, priceNok), depositNok is > 0 ? depositNok : null);

    public static LendingPhotoDto? Photo(string? key, string? alt, string baseUrl) =>
        key is null ? null : new(key, alt ?? "", baseUrl + ItemPhotoUrls.Of(key, 640, "jpg"));

    public static LendingTypeSummaryDto ToSummary(this LendingHit h, string baseUrl) =>
        new(h.Id, h.Name, Tokens.Of(h.Category), Initiative(h.Entry, h.Entry.Initiative, baseUrl), h.DistanceKm is { } d ? Math.Round(d, 2) : null,
            Price(h.PriceKind, h.PriceNok, h.DepositNok), h.FreeUnits, h.TotalUnits, h.Labels, Photo(h.PhotoKey, h.PhotoAlt, baseUrl),
            FormattableString.Invariant($"{baseUrl}/utlan/{h.Id}"));

    public static LendingTypeDetailDto ToDetail(this LendingTypeDetails details, string baseUrl)
    {
        var t = details.Type;
        var schedule = details.Place.Schedule;
        var hours = details.Place.FromStaffedHours ? t.StaffedHours : details.Entry?.EffectiveHours;
        var terms = new LendingTermsDto(Price(t.PriceKind, t.PriceNok, t.DepositNok), t.MaxDays, t.LeadTimeHours, t.SelfService,
            schedule is null ? null : hours, schedule is null ? null : OpeningHoursText.Describe(schedule, L.IsEnglish ? Language.En : Language.Nb),
            details.Place.FromStaffedHours);
        return new(t.Id, t.Name, t.Description, Tokens.Of(t.Category), Initiative(details.Entry, t.Initiative!, baseUrl), terms,
            details.Sizes.Select(s => new LendingSizeDto(s.Label, s.LabelKey, s.Units, s.Available)).ToList(),
            details.Units.Select(u => new LendingUnitDto(u.Label, Tokens.Of(u.State))).ToList(),
            Photo(t.PhotoKey, t.PhotoAlt, baseUrl),
            FormattableString.Invariant($"{baseUrl}/utlan/{t.Id}"),
            FormattableString.Invariant($"{baseUrl}/api/v1/lending/types/{t.Id}/availability"), t.WeightKg);
    }

    public static LendingAvailabilityDto ToDto(this LendingAvailability a, string? size) =>
        new(a.Type.Id, size, a.From.ToString(LendingQueryParser.DateFormat, CultureInfo.InvariantCulture), a.Place.Schedule is not null,
            a.Days.Select(d => new AvailabilityDayDto(d.Date.ToString(LendingQueryParser.DateFormat, CultureInfo.InvariantCulture), d.Free, d.Total,
                d.Open, d.Bookable, d.Slots.Select(s => s.Text()).ToList(), d.ClosedNb, d.ClosedEn)).ToList());
}
