namespace Omigjen.Web.Features.Initiatives;

/// <summary>A reuse initiative in the directory: one actor's place (or places) and what it offers.</summary>
public sealed class Initiative
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public LocalizedText ShortDescription { get; set; } = new();
    public LocalizedText LongDescription { get; set; } = new();
    public List<InitiativeKind> Kinds { get; set; } = [];
    public List<GoodsCategory> Categories { get; set; } = [];
    public List<InitiativeService> Services { get; set; } = [];
    public LocalizedText Accepts { get; set; } = new();
    public LocalizedText Declines { get; set; } = new();
    public OrganisationType OrganisationType { get; set; }
    public List<InitiativeLocation> Locations { get; set; } = [];

    /// <summary>OSM opening_hours syntax; empty when unknown.</summary>
    public string OpeningHours { get; set; } = "";
    public LocalizedText OpeningHoursNote { get; set; } = new();

    public ContactInfo Contact { get; set; } = new();
    public AccessibilityInfo Accessibility { get; set; } = new();
    public ConsumerTerms Terms { get; set; } = new();

    public InitiativeStatus Status { get; set; } = InitiativeStatus.Active;
    public LocalizedText ClosedReason { get; set; } = new();
    public DateOnly? ClosedUntil { get; set; }
    public DateOnly? LastConfirmed { get; set; }

    /// <summary>Dated changes to the regular hours ("Stengt i dag", holidays, extra days).</summary>
    public List<SpecialHours> Exceptions { get; set; } = [];

    /// <summary>Only approved entries are public; a registration waits for an administrator.</summary>
    public ModerationState Moderation { get; set; } = ModerationState.Approved;

    /// <summary>The number of the latest revision; a save based on an older one is a conflict.</summary>
    public int Version { get; set; }

    /// <summary>When the owners were last asked "is this still correct?".</summary>
    public DateTime? LastReminderAt { get; set; }

    /// <summary>A hold on an item lasts until closing time of this many opening days after today (1 = the next one).</summary>
    public int HoldOpeningDays { get; set; } = 1;

    /// <summary>Demo entries: the name is real, address, coordinates and hours are not confirmed.</summary>
    public bool IsIllustrative { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
