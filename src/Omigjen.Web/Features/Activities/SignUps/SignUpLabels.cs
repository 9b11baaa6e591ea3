using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Activities.SignUps;

/// <summary>How sign-ups read on the pages, in the visitor's language.</summary>
public static class SignUpLabels
{
    public static string Status(ActivitySignUp s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Status switch
        {
            SignUpStatus.Unconfirmed => L.T("Venter på bekreftelse fra e-posten", "Waiting for confirmation from the e-mail"),
            SignUpStatus.Confirmed => L.T("Påmeldt", "Signed up"),
            SignUpStatus.Waiting => L.T($"På venteliste, nummer {s.WaitPosition}", $"On the waiting list, number {s.WaitPosition}"),
            SignUpStatus.Offered => L.T("Ledig plass holdes av for deg", "A place is held for you"),
            SignUpStatus.Cancelled => L.T("Avmeldt", "Cancelled"),
            _ => L.T("Tilbudet gikk ut", "The offer ran out"),
        };
    }

    public static string Role(SignUpRole role) => role switch
    {
        SignUpRole.Fixer => L.T("Fikser", "Fixer"),
        SignUpRole.Host => L.T("Vert", "Host"),
        _ => L.T("Deltaker", "Visitor"),
    };

    public static string Places(ActivitySignUp s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.Role != SignUpRole.Visitor) return Role(s.Role);
        return s.Guests == 0 ? L.T("1 plass", "1 place") : L.T($"{s.Places} plasser (du og {s.Guests} gjester)", $"{s.Places} places (you and {s.Guests} guests)");
    }

    public static string Error(SignUpError error, int? capacity = null)
    {
        var (nb, en) = SignUpErrors.Text(error, capacity);
        return L.T(nb, en);
    }

    /// <summary>Whether the person can still cancel (active and before the start).</summary>
    public static bool CanCancel(ActivitySignUp s, DateTime startUtc, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Status is SignUpStatus.Unconfirmed or SignUpStatus.Confirmed or SignUpStatus.Waiting or SignUpStatus.Offered && startUtc > nowUtc;
    }
}
