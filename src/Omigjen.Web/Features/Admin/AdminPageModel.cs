using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Admin;

/// <summary>An administration page: municipality administrators only, for every handler.</summary>
[Authorize(Policy = Policies.Admin)]
[EnableRateLimiting(RateLimiting.WritePolicy)]
public abstract class AdminPageModel : PageModel
{
    public FormErrors Errors { get; } = new();

    /// <summary>A confirmation shown with <c>role="status"</c>.</summary>
    public string? StatusMessage { get; protected set; }

    /// <summary>A refusal that is not about one field (shown with <c>role="alert"</c>).</summary>
    public string? Refusal { get; protected set; }
}

/// <summary>Dates and texts shared by the administration pages.</summary>
public static class AdminText
{
    /// <summary>A stored UTC time as local date and time in the municipality's zone: "5. des. 2026 kl. 10.00" / "5 Dec 2026 10:00".</summary>
    public static string When(MunicipalClock clock, DateTime utc)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return TimeText.Stamp(clock.ToLocal(utc));
    }

    public static string When(MunicipalClock clock, DateTime? utc) => utc is { } u ? When(clock, u) : "–";

    public static string Date(DateOnly? date) =>
        date is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : L.T("aldri", "never");

    public static string Of(ModerationState s) => s switch
    {
        ModerationState.Pending => L.T("Venter", "Pending"),
        ModerationState.Approved => L.T("Godkjent", "Approved"),
        ModerationState.Rejected => L.T("Avvist", "Rejected"),
        _ => s.ToString(),
    };

    public static string Of(ModerationKind k) => k switch
    {
        ModerationKind.Registration => L.T("Nytt tiltak", "New initiative"),
        ModerationKind.Claim => L.T("Overtakelse", "Takeover"),
        _ => k.ToString(),
    };

    public static string Of(Initiatives.InitiativeStatus s) => s switch
    {
        Initiatives.InitiativeStatus.Active => L.T("Aktiv", "Active"),
        Initiatives.InitiativeStatus.TemporarilyClosed => L.T("Midlertidig stengt", "Temporarily closed"),
        Initiatives.InitiativeStatus.Archived => L.T("Arkivert", "Archived"),
        _ => s.ToString(),
    };

    /// <summary>The moderation state in a URL (<c>?moderering=venter</c>).</summary>
    public static string Token(ModerationState s) => s switch
    {
        ModerationState.Pending => "venter",
        ModerationState.Approved => "godkjent",
        _ => "avvist",
    };
}
