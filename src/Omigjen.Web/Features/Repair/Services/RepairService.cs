using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Repair.Services;

/// <summary>One line of an initiative's repair price list: what it repairs, for how much, how fast and with what warranty.</summary>
public sealed class RepairService
{
    public int Id { get; set; }
    public int InitiativeId { get; set; }
    public Initiative? Initiative { get; set; }

    /// <summary>The actor's own id from a spreadsheet; a re-import with the same id updates the line.</summary>
    public string? ExternalId { get; set; }

    /// <summary>The kind of goods repaired, from the directory's categories.</summary>
    public GoodsCategory Category { get; set; } = GoodsCategory.Other;

    /// <summary>What is repaired, as people say it: "glidelås", "punktering", "skjerm på mobil".</summary>
    public required string What { get; set; }
    public string Description { get; set; } = "";

    public RepairPriceKind PriceKind { get; set; }

    /// <summary>Whole kroner: the price (fixed) or the lowest price (from–to); null when free.</summary>
    public int? PriceFromNok { get; set; }

    /// <summary>Whole kroner: the highest price of a from–to price; null otherwise.</summary>
    public int? PriceToNok { get; set; }

    /// <summary>Typical turnaround in days (0: while you wait), when the actor gave a number; else the text.</summary>
    public int? TurnaroundDays { get; set; }
    public string? TurnaroundText { get; set; }

    public RepairVisit Visit { get; set; } = RepairVisit.DropIn;

    /// <summary>The warranty on the repair in days, when given as a number; else the text.</summary>
    public int? WarrantyDays { get; set; }
    public string? WarrantyText { get; set; }

    /// <summary>
    /// A free-repair promise on goods bought at the initiative ("gratis justering av brukte ski kjøpt her innen 30
    /// dager"): the text, how many days after the purchase it lasts and the category of goods it covers; all or none.
    /// </summary>
    public string? PromiseText { get; set; }
    public int? PromiseDays { get; set; }
    public GoodsCategory? PromiseCategory { get; set; }

    public bool Archived { get; set; }

    /// <summary>Analysed search terms (NorwegianAnalyzer) of what, the description and the category.</summary>
    public string SearchTerms { get; set; } = "";

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

public enum RepairPriceKind { Fixed, Range, Free }

/// <summary>How to come: drop in during opening hours, book first, or either.</summary>
public enum RepairVisit { DropIn, Booking, Either }
