namespace Omigjen.Web.Features.SavedSearches;

/// <summary>A resident's stored search: new matching items are e-mailed and listed in a secret Atom feed.</summary>
public sealed class SavedSearch
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string Name { get; set; }

    /// <summary>The search as its canonical query string (q=…&amp;category=…&amp;near=…), the same as the search page's URL.</summary>
    public required string Query { get; set; }
    public AlertFrequency Frequency { get; set; } = AlertFrequency.Immediate;

    /// <summary>Random secret in the feed URL; the feed needs no sign-in.</summary>
    public required string FeedToken { get; set; }

    /// <summary>Random secret in the one-click unsubscribe link of every e-mail.</summary>
    public required string UnsubscribeToken { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Items created after this were not yet e-mailed.</summary>
    public DateTime NotifiedUpTo { get; set; }
    public DateTime? LastSentAt { get; set; }
}

public enum AlertFrequency
{
    /// <summary>No e-mail: the feed only (also what unsubscribing leaves).</summary>
    None,
    Immediate,
    Daily,
}
