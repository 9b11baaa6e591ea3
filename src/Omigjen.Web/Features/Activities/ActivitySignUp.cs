namespace Omigjen.Web.Features.Activities;

/// <summary>
/// One person's sign-up for one occasion: themselves plus guests (a visitor takes 1 + guests places), or a volunteer
/// role (fixer, host) that takes none. A signed-in resident has <see cref="UserId"/>; without an account a name and an
/// e-mail address, confirmed through a link.
/// </summary>
public sealed class ActivitySignUp
{
    public long Id { get; set; }
    public long OccasionId { get; set; }
    public ActivityOccasion? Occasion { get; set; }
    public string? UserId { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public SignUpRole Role { get; set; }
    public int Guests { get; set; }
    public SignUpStatus Status { get; set; }

    /// <summary>Order on the waiting list (1 is first); null when not waiting.</summary>
    public int? WaitPosition { get; set; }
    public DateTime? OfferExpiresAt { get; set; }

    /// <summary>SHA-256 of the secret in the confirmation and cancellation links (hex).</summary>
    public string? TokenHash { get; set; }
    public bool? Attended { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public int Places => Role == SignUpRole.Visitor ? 1 + Guests : 0;
}
