using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Items;

/// <summary>Something an initiative has for sale, to give away or swap: one listing, possibly of several identical units.</summary>
public sealed class Item
{
    public int Id { get; set; }
    public int InitiativeId { get; set; }
    public Initiative? Initiative { get; set; }

    /// <summary>The place the item is at; null means the initiative's first location.</summary>
    public int? LocationId { get; set; }

    /// <summary>The actor's own id from a spreadsheet; a re-import with the same id updates the item.</summary>
    public string? ExternalId { get; set; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    public GoodsCategory Category { get; set; } = GoodsCategory.Other;
    public string? Subcategory { get; set; }
    public ItemCondition Condition { get; set; } = ItemCondition.GentlyUsed;

    /// <summary>Whole kroner; 0 is free.</summary>
    public int PriceNok { get; set; }

    /// <summary>Units not yet sold or given away.</summary>
    public int Quantity { get; set; } = 1;

    /// <summary>Units neither sold nor held: Quantity minus active holds. Changed only by conditional updates.</summary>
    public int Available { get; set; } = 1;

    public string? Size { get; set; }
    public string? AgeGroup { get; set; }
    public string? Brand { get; set; }
    public string? Colour { get; set; }
    public string? Dimensions { get; set; }

    /// <summary>One unit's weight in kg when the actor knows it; without it the impact ledger uses the category's average.</summary>
    public decimal? WeightKg { get; set; }

    public ItemStatus Status { get; set; } = ItemStatus.Available;

    /// <summary>Copied from the item's location so distance filters need no join.</summary>
    public double Latitude { get; set; }
    public double Longitude { get; set; }

    /// <summary>Analysed search terms (NorwegianAnalyzer), space separated; the databases' full-text indexes serve them.</summary>
    public string TitleTerms { get; set; } = "";
    public string BodyTerms { get; set; } = "";

    /// <summary>The <see cref="Search.ItemIndexing.TermsVersion"/> the terms were made with; older rows are analysed again.</summary>
    public int TermsVersion { get; set; }

    public List<ItemPhoto> Photos { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
