namespace Omigjen.Web.Features.Activities.SignUps;

/// <summary>Why a sign-up, a confirmation, an acceptance or a cancellation was refused.</summary>
public enum SignUpError
{
    UnknownOccasion,
    OccasionCancelled,
    OccasionPast,
    TooManyGuests,
    AlreadySignedUp,
    NameAndEmailRequired,
    UnknownSignUp,

    /// <summary>The sign-up is not in a state that allows this (already cancelled, the offer ran out).</summary>
    WrongState,
}

/// <summary>The bokmål and English text of each <see cref="SignUpError"/>.</summary>
public static class SignUpErrors
{
    public static (string Nb, string En) Text(SignUpError error, int? capacity = null) => error switch
    {
        SignUpError.UnknownOccasion => ("Fant ikke denne aktiviteten.", "This activity was not found."),
        SignUpError.OccasionCancelled => ("Denne gangen er avlyst, så du kan ikke melde deg på.", "This occasion is cancelled, so you cannot sign up."),
        SignUpError.OccasionPast => ("Denne gangen har allerede begynt eller er over.", "This occasion has already started or is over."),
        SignUpError.TooManyGuests => capacity is { } c
            ? ($"Det er bare {c} plasser i alt, så du kan ta med høyst {Math.Max(0, c - 1)} gjester.", $"There are only {c} places in all, so you can bring at most {Math.Max(0, c - 1)} guests.")
            : ($"Du kan ta med høyst {SignUpService.MaxGuests} gjester.", $"You can bring at most {SignUpService.MaxGuests} guests."),
        SignUpError.AlreadySignedUp => ("Du er allerede påmeldt denne gangen.", "You are already signed up for this occasion."),
        SignUpError.NameAndEmailRequired => ("Skriv navnet ditt og en gyldig e-postadresse.", "Enter your name and a valid e-mail address."),
        SignUpError.UnknownSignUp => ("Fant ikke påmeldingen. Lenken kan være utløpt; bruk lenken i den nyeste e-posten.", "The sign-up was not found. The link may have expired; use the link in the latest e-mail."),
        _ => ("Påmeldingen kan ikke endres slik nå.", "The sign-up cannot be changed like that now."),
    };
}

/// <summary>What a sign-up asks for: a signed-in resident (<see cref="UserId"/>) or a name and an e-mail address.</summary>
public sealed record SignUpRequest(long OccasionId, string? UserId, string? Name, string? Email, int Guests = 0, SignUpRole Role = SignUpRole.Visitor);

/// <summary>The result: the sign-up (with its status and waiting position) or why it was refused.</summary>
public sealed record SignUpResult(ActivitySignUp? SignUp, SignUpError? Error = null)
{
    public bool Succeeded => Error is null;
}
