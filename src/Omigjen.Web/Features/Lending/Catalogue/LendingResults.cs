using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending.Catalogue;

/// <summary>One type found by the lending search, with what the list shows.</summary>
/// <param name="FreeUnits">
/// Units of the wanted size (or of any size) free for the whole period; without a period, the units that can be booked
/// (not in maintenance).
/// </param>
/// <param name="TotalUnits">Units of the wanted size (or of any size) that are not retired.</param>
/// <param name="Labels">The sizes free for the period (without a period: the sizes that can be booked), in natural order.</param>
public sealed record LendingHit(
    int Id, string Name, GoodsCategory Category, LendingPriceKind PriceKind, int PriceNok, int? DepositNok, string? PhotoKey,
    string? PhotoAlt, DirectoryEntry Entry, double? DistanceKm, int FreeUnits, int TotalUnits, IReadOnlyList<string> Labels);

/// <summary>A page of the lending search; <see cref="Period"/> is the local days searched (both included), if any.</summary>
public sealed record LendingSearchResult(int Total, int Page, int PageSize, IReadOnlyList<LendingHit> Hits, (DateOnly From, DateOnly To)? Period)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>An open interval of a local day, as times of day; <see cref="To"/> is 24:00 when it runs to midnight.</summary>
public readonly record struct DaySlot(TimeSpan From, TimeSpan To)
{
    /// <summary>"10:00–18:00" (API and English) or "10.00–18.00" (bokmål).</summary>
    public string Text(bool norwegian = false) => Clock(From, norwegian) + "–" + Clock(To, norwegian);

    public static string Clock(TimeSpan t, bool norwegian = false) => TimeText.Clock(t, english: !norwegian);
}

/// <summary>
/// One local day of a type's availability: units free all day (no active booking touches the day), units of the size
/// not retired, and whether pickup and return can happen that day: the open slots, or why not.
/// </summary>
/// <param name="Open">The place has pickup slots left that day (or its hours are not known).</param>
/// <param name="HoursKnown">False when neither the type nor the initiative has hours: then every day counts as open.</param>
/// <param name="TooSoon">The place is open that day, but every slot ends before the booking's lead time from now.</param>
/// <param name="ClosedNb">Why the place is closed ("Stengt 25. desember (Første juledag)."); null when open.</param>
public sealed record AvailabilityDay(DateOnly Date, int Free, int Total, bool Open, bool HoursKnown, bool TooSoon,
                                     IReadOnlyList<DaySlot> Slots, string? ClosedNb, string? ClosedEn)
{
    public bool Bookable => Open && Free > 0;
}

/// <summary>A type's availability per local day from <see cref="From"/>, for one size (<see cref="LabelKey"/>) or all.</summary>
public sealed record LendingAvailability(LendingType Type, LendingPlace Place, string? LabelKey, DateOnly From, IReadOnlyList<AvailabilityDay> Days);

/// <summary>One size of a type: its label, how many units are not retired and how many of those can be booked.</summary>
public sealed record LendingSize(string Label, string LabelKey, int Units, int Available);

/// <summary>A type as its page and the API show it: with its initiative, its hours and its units (retired ones left out).</summary>
public sealed record LendingTypeDetails(LendingType Type, DirectoryEntry? Entry, LendingPlace Place, IReadOnlyList<LendingUnit> Units)
{
    /// <summary>The sizes in natural order ("120 cm" before "1000 cm", "Nr. 2" before "Nr. 10").</summary>
    public IReadOnlyList<LendingSize> Sizes { get; } = Units
        .GroupBy(u => u.LabelKey, StringComparer.Ordinal)
        .Select(g => new LendingSize(g.OrderBy(u => u.Id).First().Label, g.Key, g.Count(), g.Count(u => u.State == LendingUnitState.Available)))
        .OrderBy(s => s.Label, LabelComparer.Instance).ToList();

    public InitiativeLocation? Location => Entry?.Initiative.Locations.FirstOrDefault();
}
