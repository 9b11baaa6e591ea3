namespace Omigjen.Web.Features.Initiatives.Moderation;


/// <summary>One item in the administrators' moderation queue.</summary>
public sealed class ModerationRequest
{
    public int Id { get; set; }
    public ModerationKind Kind { get; set; }
    public int InitiativeId { get; set; }
    public string? UserId { get; set; }
    public string Message { get; set; } = "";
    public ModerationState State { get; set; }
    public string DecisionMessage { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecidedByUserId { get; set; }
}
