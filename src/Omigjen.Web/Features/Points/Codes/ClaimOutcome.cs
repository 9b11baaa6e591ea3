using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Points.Codes;

public enum ClaimOutcome
{
    Credited,
    Open,
    Unknown,
    Expired,
    AlreadyUsed,
    IssuerSuspended,
    OwnInitiative,
    ResidentDayCap,
    ResidentMonthCap,
    IssuerDayCap,
    TooManyGuesses,
}

/// <summary>What a code is for, and how a claim of it went.</summary>
public sealed record ClaimResult(ClaimOutcome Outcome, string? InitiativeName = null, PointsAction? Action = null, int Points = 0)
{
    /// <summary>Why the code gave no points, in both languages; null when it did or still can.</summary>
    public string? Refusal => Outcome switch
    {
        ClaimOutcome.Unknown => L.T("Vi finner ingen kode med disse tegnene. Sjekk at du har skrevet den riktig.",
            "We find no code with these characters. Check that you typed it correctly."),
        ClaimOutcome.Expired => L.T("Koden er utløpt. Be om en ny kode der du var.", "The code has expired. Ask for a new code where you were."),
        ClaimOutcome.AlreadyUsed => L.T("Koden er allerede brukt. Hver kode gir poeng én gang.", "The code has already been used. Each code gives points once."),
        ClaimOutcome.IssuerSuspended => L.T("Tiltaket som ga koden, kan ikke gi poeng nå. Koden virker ikke.",
            "The initiative that gave the code cannot give points now. The code does not work."),
        ClaimOutcome.OwnInitiative => L.T("Du er med i tiltaket som ga koden, og kan ikke få poeng fra det selv.",
            "You are a member of the initiative that gave the code, and cannot get points from it yourself."),
        ClaimOutcome.ResidentDayCap => L.T("Du har nådd taket for poeng i dag. Koden er ikke brukt; prøv igjen i morgen.",
            "You have reached the limit of points for today. The code is not used; try again tomorrow."),
        ClaimOutcome.ResidentMonthCap => L.T("Du har nådd taket for poeng denne måneden. Koden er ikke brukt.",
            "You have reached the limit of points this month. The code is not used."),
        ClaimOutcome.IssuerDayCap => L.T("Tiltaket har gitt så mange poeng i dag som programmet tillater. Koden er ikke brukt.",
            "The initiative has given as many points today as the programme allows. The code is not used."),
        ClaimOutcome.TooManyGuesses => L.T("For mange feil koder. Vent en stund før du prøver igjen.",
            "Too many wrong codes. Wait a while before you try again."),
        _ => null,
    };

    public int StatusCode => Outcome switch
    {
        ClaimOutcome.Unknown => StatusCodes.Status404NotFound,
        ClaimOutcome.TooManyGuesses => StatusCodes.Status429TooManyRequests,
        ClaimOutcome.Credited or ClaimOutcome.Open => StatusCodes.Status200OK,
        _ => StatusCodes.Status409Conflict,
    };
}
