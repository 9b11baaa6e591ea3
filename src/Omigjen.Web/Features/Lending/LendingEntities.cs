using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Lending;

/// <summary>
/// Something an initiative lends or rents out, such as "Langrennski, klassisk": the description and terms shared by
/// its units, which are the things actually booked.
/// </summary>
public sealed class LendingType
{
    public int Id { get; set; }
    public int InitiativeId { get; set; }
    public Initiative? Initiative { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public GoodsCategory Category { get; set; } = GoodsCategory.Other;

    /// <summary>Free, or a price per day or per week in whole kroner (<see cref="PriceNok"/>).</summary>
    public LendingPriceKind PriceKind { get; set; } = LendingPriceKind.Free;
    public int PriceNok { get; set; }

    /// <summary>Deposit in whole kroner paid at pickup and returned with the unit; null or 0 when none.</summary>
    public int? DepositNok { get; set; }

    /// <summary>The longest loan in days, counted as local dates (default 7).</summary>
    public int MaxDays { get; set; } = BookingRules.DefaultMaxDays;

    /// <summary>Hours a booking must be made before its pickup (0: any time before).</summary>
    public int LeadTimeHours { get; set; }

    /// <summary>
    /// When pickup and return can happen: the initiative's opening hours (null), or staffed slots given as an
    /// opening_hours value of their own ("Tu,Th 17:00-19:00").
    /// </summary>
    public string? StaffedHours { get; set; }

    /// <summary>The borrower fetches and returns the unit without staff (a locker, a shed with a code).</summary>
    public bool SelfService { get; set; }

    /// <summary>Analysed search terms of the name, category and description (NorwegianAnalyzer), space separated, with spaces at both ends.</summary>
    public string SearchTerms { get; set; } = " ";

    /// <summary>Copied from the initiative's first location so "near me" needs no join.</summary>
    public double Latitude { get; set; }
    public double Longitude { get; set; }

    /// <summary>Key of the photo in the photo store (several sizes, WebP and JPEG), with its alt text.</summary>
    public string? PhotoKey { get; set; }
    public string? PhotoAlt { get; set; }
    public bool Archived { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<LendingUnit> Units { get; set; } = [];
}

public enum LendingPriceKind
{
    Free, PerDay, PerWeek,
}

/// <summary>One bookable thing of a type, with its own size or label ("150 cm") and state.</summary>
public sealed class LendingUnit
{
    public int Id { get; set; }
    public int TypeId { get; set; }
    public LendingType? Type { get; set; }

    /// <summary>Size or label as the staff writes it ("150 cm", "Nr. 2").</summary>
    public required string Label { get; set; }

    /// <summary>The label lower-cased without spaces ("150cm"), so "150 cm", "150cm" and "150 CM" find the same units.</summary>
    public required string LabelKey { get; set; }
    public LendingUnitState State { get; set; } = LendingUnitState.Available;

    /// <summary>Why the unit is in maintenance or retired, for the staff.</summary>
    public string? StateNote { get; set; }
    public DateTime CreatedAt { get; set; }

    public static string KeyOf(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return string.Concat(label.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
    }

    /// <summary>
    /// Whether a unit's label key answers the size asked for: the same key, or for a bare number ("130") that number
    /// with a unit after it ("130cm"), since people type the number and leave the unit out. "13" does not find "130cm".
    /// </summary>
    public static bool SizeMatches(string labelKey, string wantedKey)
    {
        ArgumentNullException.ThrowIfNull(labelKey);
        ArgumentNullException.ThrowIfNull(wantedKey);
        return labelKey == wantedKey
            || (IsBareNumber(wantedKey) && labelKey.Length > wantedKey.Length && labelKey.StartsWith(wantedKey, StringComparison.Ordinal)
                && !NumberCharacters.Contains(labelKey[wantedKey.Length], StringComparison.Ordinal));
    }

    /// <summary>What may continue a number: a further digit or a decimal separator means another number.</summary>
    public const string NumberCharacters = "0123456789.,";

    /// <summary>A key that is only a number ("130", "42,5"): the unit is left for the label to give.</summary>
    public static bool IsBareNumber(string key) =>
        key.Length > 0 && char.IsAsciiDigit(key[0]) && key.All(c => NumberCharacters.Contains(c, StringComparison.Ordinal));
}

public enum LendingUnitState
{
    Available, Maintenance, Retired,
}

/// <summary>
/// One loan of one unit for the half-open period [PickupAt, ReturnBy). While it is <see cref="IsActive"/> no other
/// active booking of the unit may overlap it: PostgreSQL's exclusion constraint and SQLite's triggers refuse one.
/// A waiting-list offer is a booking too (<see cref="BookingStatus.Offered"/>), so the offered unit stays free for
/// the person offered it until the offer runs out.
/// </summary>
public sealed class Booking
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public LendingUnit? Unit { get; set; }

    /// <summary>The unit's type, kept here so statistics and lists need no join.</summary>
    public int TypeId { get; set; }

    /// <summary>The responsible borrower; null for a walk-in loan registered by the staff.</summary>
    public string? UserId { get; set; }

    /// <summary>Code shown at pickup; unique.</summary>
    public required string Code { get; set; }
    public BookingStatus Status { get; set; } = BookingStatus.Booked;
    public DateTime PickupAt { get; set; }
    public DateTime ReturnBy { get; set; }

    /// <summary>A child (or other person) who uses the unit while the booker stays responsible.</summary>
    public string? CoBorrowerName { get; set; }
    public int? CoBorrowerAge { get; set; }

    /// <summary>Walk-in borrower's name (when there is no account).</summary>
    public string? BorrowerName { get; set; }

    /// <summary>Mobile number for SMS reminders; optional.</summary>
    public string? Phone { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? CheckedOutAt { get; set; }
    public DateTime? ReturnedAt { get; set; }
    public DateTime? CancelledAt { get; set; }

    /// <summary>What the staff noted about the unit's condition at check-in.</summary>
    public string? ConditionNote { get; set; }

    /// <summary>For an offer from the waiting list: when it runs out.</summary>
    public DateTime? OfferExpiresAt { get; set; }

    /// <summary>The waiting-list entry an offer answers.</summary>
    public int? WaitlistEntryId { get; set; }

    public DateTime? PickupReminderSentAt { get; set; }
    public DateTime? ReturnReminderSentAt { get; set; }
    public DateTime? OverdueNoticeSentAt { get; set; }

    public bool IsActive => BookingStatuses.Active.Contains(Status);

    /// <summary>The resident takes a waiting-list offer: it becomes an ordinary booking.</summary>
    public void Accept() => Become(BookingStatus.Booked);

    /// <summary>Staff hands the unit out.</summary>
    public void CheckOut(DateTime now)
    {
        Become(BookingStatus.CheckedOut);
        CheckedOutAt = now;
    }

    /// <summary>Staff takes the unit back.</summary>
    public void Return(DateTime now)
    {
        Become(BookingStatus.Returned);
        ReturnedAt = now;
    }

    /// <summary>The resident or the staff calls off a booking or an offer before the pickup.</summary>
    public void Cancel(DateTime now)
    {
        Become(BookingStatus.Cancelled);
        CancelledAt = now;
    }

    /// <summary>An offer nobody took in time.</summary>
    public void Lapse(DateTime now)
    {
        Become(BookingStatus.Lapsed);
        CancelledAt = now;
    }

    /// <summary>The period ended without a pickup.</summary>
    public void NoShow(DateTime now)
    {
        Become(BookingStatus.NoShow);
        CancelledAt = now;
    }

    /// <summary>Moves to <paramref name="next"/> when <see cref="BookingStatuses.Transitions"/> allows it; throws otherwise.</summary>
    private void Become(BookingStatus next)
    {
        if (!BookingStatuses.CanBecome(Status, next))
            throw new InvalidOperationException($"A booking that is {Status} cannot become {next}.");
        Status = next;
    }
}

public enum BookingStatus
{
    /// <summary>Offered from the waiting list; holds the unit until <see cref="Booking.OfferExpiresAt"/>.</summary>
    Offered,
    Booked,
    CheckedOut,
    Returned,
    Cancelled,

    /// <summary>A waiting-list offer nobody took in time.</summary>
    Lapsed,

    /// <summary>Booked, but never picked up before the period ended.</summary>
    NoShow,
}

/// <summary>A resident waiting for a unit of a type (and size) for a period when none was free.</summary>
public sealed class WaitlistEntry
{
    public int Id { get; set; }
    public int TypeId { get; set; }
    public LendingType? Type { get; set; }
    public required string UserId { get; set; }

    /// <summary>The wanted size as a <see cref="LendingUnit.LabelKey"/>; null for any unit.</summary>
    public string? LabelKey { get; set; }
    public DateTime PickupAt { get; set; }
    public DateTime ReturnBy { get; set; }
    public string? CoBorrowerName { get; set; }
    public int? CoBorrowerAge { get; set; }
    public string? Phone { get; set; }
    public WaitlistStatus Status { get; set; } = WaitlistStatus.Waiting;
    public DateTime CreatedAt { get; set; }
    public DateTime? OfferedAt { get; set; }
}

public enum WaitlistStatus
{
    Waiting, Offered, Accepted, Cancelled,

    /// <summary>The offer ran out, or the wanted pickup passed with nothing offered.</summary>
    Lapsed,
}
