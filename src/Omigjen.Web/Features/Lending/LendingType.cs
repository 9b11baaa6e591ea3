using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Lending.Bookings;

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

    /// <summary>One unit's weight in kg when the actor knows it; without it the impact ledger uses the category's average.</summary>
    public decimal? WeightKg { get; set; }

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
