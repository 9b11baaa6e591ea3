namespace Omigjen.Web.Features.Initiatives;

public enum ModerationKind
{
    /// <summary>A new initiative registered by an actor.</summary>
    Registration,

    /// <summary>An actor asks to take over an existing (demo or imported) entry.</summary>
    Claim,
}

public enum ModerationState
{
    Pending, Approved, Rejected,
}
