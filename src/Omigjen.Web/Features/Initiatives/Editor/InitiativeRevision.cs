namespace Omigjen.Web.Features.Initiatives.Editor;

/// <summary>
/// One saved state of an initiative's editable fields (a JSON snapshot), numbered from 1. Every change adds one;
/// restoring an old revision adds a new one with its content.
/// </summary>
public sealed class InitiativeRevision
{
    public long Id { get; set; }
    public int InitiativeId { get; set; }
    public int Number { get; set; }
    public DateTime At { get; set; }
    public string? UserId { get; set; }

    /// <summary>Who saved it as text (e-mail address), or "slettet bruker" once the account is deleted.</summary>
    public string Author { get; set; } = "";

    /// <summary>A short description: which fields changed, or "Gjenopprettet fra versjon 3".</summary>
    public string Summary { get; set; } = "";

    public required string Snapshot { get; set; }
}
