namespace Omigjen.Web.Features.Initiatives.Members;

public enum MemberRole
{
    Owner, Editor,
}

/// <summary>A person's role in one initiative (the actor). One person may belong to several.</summary>
public sealed class InitiativeMember
{
    public int InitiativeId { get; set; }
    public required string UserId { get; set; }
    public MemberRole Role { get; set; }
    public DateTime AddedAt { get; set; }
}

/// <summary>An invitation by e-mail to join an initiative as editor. Only a hash of the token is stored.</summary>
public sealed class Invitation
{
    public int Id { get; set; }
    public int InitiativeId { get; set; }
    public required string Email { get; set; }
    public required string TokenHash { get; set; }
    public MemberRole Role { get; set; } = MemberRole.Editor;
    public string? InvitedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? AcceptedAt { get; set; }
}
