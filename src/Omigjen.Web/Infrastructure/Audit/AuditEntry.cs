namespace Omigjen.Web.Infrastructure.Audit;

/// <summary>
/// A security or moderation event. When an account is deleted its entries stay, with the user link removed and the
/// e-mail address replaced, so the log keeps its meaning without personal data.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }

    /// <summary>What happened, e.g. <c>sign-in</c>, <c>sign-in-failed</c>, <c>role-granted</c>, <c>initiative-approved</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>The account that acted, when known and not deleted.</summary>
    public string? UserId { get; set; }

    /// <summary>Who acted as text: an e-mail address, or "slettet bruker" after deletion.</summary>
    public string Actor { get; set; } = "";

    public int? InitiativeId { get; set; }
    public string Detail { get; set; } = "";
}
