using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Repair.Log;

/// <summary>
/// One repair attempt logged at a repair café, one row of the Open Repair Data Standard (ORDS v0.3) export. The item is
/// either powered (an ORDS product category 1–40) or unpowered (one of OMigjen's goods categories), never both.
/// Nothing about the visitor is stored: <see cref="Problem"/> is passed through <see cref="PersonalDataFilter"/> on save.
/// </summary>
public sealed class RepairEntry
{
    public int Id { get; set; }
    public int InitiativeId { get; set; }

    /// <summary>The repair café session it was logged at; null for a day without an occasion (or when the occasion is gone).</summary>
    public long? ActivityOccasionId { get; set; }

    /// <summary>The day of the repair, a local date in the municipality's time zone.</summary>
    public DateOnly EventDate { get; set; }

    /// <summary>ORDS product category 1–40 for a powered item; null for an unpowered one.</summary>
    public int? OrdsCategoryId { get; set; }

    /// <summary>OMigjen's category for an unpowered item (textiles, furniture, bikes); null for a powered one.</summary>
    public GoodsCategory? GoodsCategory { get; set; }

    public string? Brand { get; set; }
    public int? YearOfManufacture { get; set; }

    /// <summary>Age in years with one decimal.</summary>
    public decimal? AgeYears { get; set; }

    public required string Problem { get; set; }
    public RepairOutcome Outcome { get; set; }

    /// <summary>Why it could not be repaired: required at end of life, refused otherwise (a check constraint).</summary>
    public RepairBarrier? Barrier { get; set; }
    public SpareParts SpareParts { get; set; }
    public decimal? WeightKg { get; set; }

    /// <summary>The volunteer who logged it; never exported. Null after the account is deleted.</summary>
    public string? LoggedById { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Last change (UTC), the ORDS record_date.</summary>
    public DateTime RecordedAt { get; set; }
}
