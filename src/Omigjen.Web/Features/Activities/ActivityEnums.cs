namespace Omigjen.Web.Features.Activities;

/// <summary>What kind of activity a series is; one model serves them all.</summary>
public enum ActivityKind
{
    RepairCafe, Course, SwapMarket, Children, PopUpMarket, Other,
}

/// <summary>The state of one occasion. A moved occasion keeps its earlier start in <see cref="ActivityOccasion.PreviousStartUtc"/>.</summary>
public enum OccasionStatus
{
    Scheduled, Cancelled, Moved,
}

/// <summary>Where a sign-up stands.</summary>
public enum SignUpStatus
{
    /// <summary>Made without an account; waits for the e-mail link to be followed. Holds no place yet.</summary>
    Unconfirmed,

    /// <summary>Has its places (1 + guests) counted in <see cref="ActivityOccasion.Taken"/>.</summary>
    Confirmed,

    /// <summary>On the waiting list, at <see cref="ActivitySignUp.WaitPosition"/>.</summary>
    Waiting,

    /// <summary>Promoted from the waiting list: the places are held until <see cref="ActivitySignUp.OfferExpiresAt"/>.</summary>
    Offered,

    Cancelled,

    /// <summary>
    /// An offer not accepted in time (the places went to the next in line), or a sign-up without an account whose
    /// e-mail link was not followed in time.
    /// </summary>
    Lapsed,
}

/// <summary>Why a person signs up: visitors take places; volunteers sign up for a role and take none.</summary>
public enum SignUpRole
{
    Visitor, Fixer, Host,
}
