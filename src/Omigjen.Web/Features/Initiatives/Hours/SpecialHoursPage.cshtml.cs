using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Editor;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Initiatives.Hours;

/// <summary>
/// Closed days and other exceptions to the weekly hours: "Stengt i dag" in one tap, closed until a date, any date or
/// range closed or with other times. Every change is a revision through <see cref="InitiativeEditor"/>, and the
/// directory shows it at once.
/// </summary>
public sealed class SpecialHoursPageModel(AppDbContext db, InitiativeAccess access, InitiativeEditor editor, MunicipalClock clock) : InitiativePageModel(db, access)
{
    public const int MaxReason = 200;
    public const int MaxDays = 366;

    [BindProperty] public int? BaseVersion { get; set; }

    // "Stengt i dag" (also posted from the portal's overview page, which sends only Reason and returnUrl).
    [BindProperty, StringLength(TextLimits.Line), SingleLine] public string? Reason { get; set; }
    [BindProperty, StringLength(TextLimits.Url), SingleLine] public string? ReturnUrl { get; set; }

    // "Midlertidig stengt til og med".
    [BindProperty, StringLength(20), SingleLine] public string? Until { get; set; }
    [BindProperty, StringLength(TextLimits.Line), SingleLine] public string? UntilReason { get; set; }

    // One date or a range, closed or open at other times.
    [BindProperty, StringLength(20), SingleLine] public string? From { get; set; }
    [BindProperty, StringLength(20), SingleLine] public string? To { get; set; }
    [BindProperty, StringLength(20), SingleLine] public string Kind { get; set; } = "closed";
    [BindProperty, StringLength(20), SingleLine] public string? OpenFrom { get; set; }
    [BindProperty, StringLength(20), SingleLine] public string? OpenTo { get; set; }
    [BindProperty, StringLength(TextLimits.Line), SingleLine] public string? AddReason { get; set; }

    [BindProperty] public int? Id { get; set; }

    public FormErrors Errors { get; } = new();
    public SaveOutcome? Conflict { get; private set; }
    public string? Notice { get; private set; }
    public DateOnly Today => clock.Today;

    /// <summary>Exceptions that are not over yet, in date order.</summary>
    public IReadOnlyList<SpecialHours> Current =>
        Initiative.Exceptions.Where(e => e.To >= Today).OrderBy(e => e.From).ThenBy(e => e.To).ToList();

    /// <summary>The exception that closes today, if any.</summary>
    public SpecialHours? ClosingToday =>
        Initiative.Exceptions.Where(e => e.IsClosed && e.From <= Today && e.To >= Today).OrderByDescending(e => e.From).FirstOrDefault();

    public int Version => BaseVersion ?? Initiative.Version;

    public async Task<IActionResult> OnGetAsync(string slug, string? melding, CancellationToken ct)
    {
        BaseVersion = Initiative.Version;
        Notice = melding switch
        {
            "stengt" => L.T("Stengt i dag er lagt inn. Kartet og «Åpent nå» viser det med en gang.", "Closed today is saved. The map and “Open now” show it at once."),
            "apnet" => L.T("Stengingen i dag er fjernet. Dere vises med de vanlige åpningstidene.", "Today's closing is removed. You are shown with the usual opening hours."),
            "lagret" => L.T("Unntaket er lagret.", "The exception is saved."),
            "fjernet" => L.T("Unntaket er fjernet.", "The exception is removed."),
            "uendret" => L.T("Ingenting var endret, så ingenting ble lagret.", "Nothing had changed, so nothing was saved."),
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostClosedTodayAsync(string slug, CancellationToken ct)
    {
        var reason = CleanReason(Reason, "reason");
        if (Errors.Any) return Page();
        var today = Today;
        var outcome = await editor.SaveAsync(slug, Version, User, i => CloseToday(i, today, reason), "Stengt i dag / closed today", ct);
        if (outcome.Status == SaveStatus.Conflict)
        {
            // Closing today only adds a closed day on top of whatever is stored (a closing that covered only today is
            // replaced by this one), so saving it on top of the other person's version loses none of their work.
            // The overview page's one-tap form sends no version at all. One retry; a second conflict is shown.
            outcome = await editor.SaveAsync(slug, outcome.Version, User, i => CloseToday(i, today, reason), "Stengt i dag / closed today", ct);
        }
        if (outcome.Status == SaveStatus.Conflict) return await ShowConflictAsync(slug, outcome, ct);
        if (!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) && ReturnUrl.StartsWith("/portal/", StringComparison.Ordinal))
            return LocalRedirect(ReturnUrl);
        return Done(slug, outcome.Status == SaveStatus.Saved ? "stengt" : "uendret");
    }

    public async Task<IActionResult> OnPostReopenTodayAsync(string slug, CancellationToken ct)
    {
        var today = Today;
        var outcome = await editor.SaveAsync(slug, Version, User, i => ReopenToday(i, today), "Åpnet igjen i dag / reopened today", ct);
        if (outcome.Status == SaveStatus.Conflict) return await ShowConflictAsync(slug, outcome, ct);
        return Done(slug, outcome.Status == SaveStatus.Saved ? "apnet" : "uendret");
    }

    public async Task<IActionResult> OnPostClosedUntilAsync(string slug, CancellationToken ct)
    {
        var today = Today;
        if (!DateInput.TryDate(Until, out var until, typed: true))
            Errors.Add("until", "Stengt til og med: skriv en gyldig dato, for eksempel 24.12.2026.", "Closed until: enter a valid date, for example 24/12/2026.");
        else if (until < today)
            Errors.Add("until", "Stengt til og med: datoen er passert. Velg i dag eller en senere dato.", "Closed until: the date has passed. Choose today or a later date.");
        else if (until.DayNumber - today.DayNumber + 1 > MaxDays)
            Errors.Add("until", $"Stengt til og med: høyst {MaxDays} dager fram i tid.", $"Closed until: at most {MaxDays} days ahead.");
        var reason = CleanReason(UntilReason, "until-reason");
        if (Errors.Any) return Page();
        var exception = new SpecialHours { From = today, To = until, Hours = "", Reason = reason };
        var outcome = await editor.SaveAsync(slug, Version, User, i => Add(i, exception), "Midlertidig stengt / temporarily closed", ct);
        if (outcome.Status == SaveStatus.Conflict) return await ShowConflictAsync(slug, outcome, ct);
        return Done(slug, outcome.Status == SaveStatus.Saved ? "lagret" : "uendret");
    }

    public async Task<IActionResult> OnPostAddAsync(string slug, CancellationToken ct)
    {
        var today = Today;
        var fromOk = DateInput.TryDate(From, out var from, typed: true);
        if (!fromOk)
            Errors.Add("ex-from", "Fra dato: skriv en gyldig dato, for eksempel 24.12.2026.", "From date: enter a valid date, for example 24/12/2026.");
        var to = from;
        var toOk = string.IsNullOrWhiteSpace(To) || DateInput.TryDate(To, out to, typed: true);
        if (!toOk)
            Errors.Add("ex-to", "Til dato: skriv en gyldig dato, for eksempel 26.12.2026, eller la feltet stå tomt for én dag.", "To date: enter a valid date, for example 26/12/2026, or leave it empty for one day.");
        if (fromOk && toOk)
        {
            var lastField = string.IsNullOrWhiteSpace(To) ? "ex-from" : "ex-to";
            if (to < from)
                Errors.Add("ex-to", "Til dato: kan ikke være før fra-datoen.", "To date: cannot be before the from date.");
            else if (to < today)
                Errors.Add(lastField, "Datoen er passert. Du kan bare legge inn unntak for i dag og senere.", "The date has passed. You can only add exceptions for today and later.");
            else if (to.DayNumber - from.DayNumber + 1 > MaxDays)
                Errors.Add("ex-to", $"Til dato: et unntak kan vare høyst {MaxDays} dager.", $"To date: an exception can last at most {MaxDays} days.");
        }
        var hours = "";
        if (Kind == "open")
        {
            if (!HoursText.TryParseTime(OpenFrom, false, out var start))
                Errors.Add("ex-open-from", "Åpent fra: skriv et gyldig klokkeslett, for eksempel 10:00.", "Open from: enter a valid time, for example 10:00.");
            else if (!HoursText.TryParseTime(OpenTo, true, out var end))
                Errors.Add("ex-open-to", "Åpent til: skriv et gyldig klokkeslett, for eksempel 14:00.", "Open until: enter a valid time, for example 14:00.");
            else if (end != TimeOnly.MinValue && end <= start)
                Errors.Add("ex-open-to", "Åpent til: må være etter «Åpent fra». 00:00 betyr midnatt.", "Open until: must be after “Open from”. 00:00 means midnight.");
            else
                hours = HoursText.Input(start) + "-" + (end == TimeOnly.MinValue ? "24:00" : HoursText.Input(end));
        }
        var reason = CleanReason(AddReason, "ex-reason");
        if (Errors.Any) return Page();
        var exception = new SpecialHours { From = from, To = to, Hours = hours, Reason = reason };
        var outcome = await editor.SaveAsync(slug, Version, User, i => Add(i, exception), "Avvik fra åpningstidene / exception to the hours", ct);
        if (outcome.Status == SaveStatus.Conflict) return await ShowConflictAsync(slug, outcome, ct);
        return Done(slug, outcome.Status == SaveStatus.Saved ? "lagret" : "uendret");
    }

    public async Task<IActionResult> OnPostRemoveAsync(string slug, CancellationToken ct)
    {
        var id = Id;
        var outcome = await editor.SaveAsync(slug, Version, User, i => i.Exceptions.RemoveAll(e => e.Id == id),
            "Fjernet avvik / removed an exception", ct);
        if (outcome.Status == SaveStatus.Conflict) return await ShowConflictAsync(slug, outcome, ct);
        return Done(slug, "fjernet");
    }

    /// <summary>Closed today: replaces closings and other hours that covered only today; a longer one that starts today moves to tomorrow.</summary>
    internal static void CloseToday(Initiative initiative, DateOnly today, string reason)
    {
        initiative.Exceptions.RemoveAll(e => e.From == today && e.To == today);
        foreach (var e in initiative.Exceptions.Where(e => e.From == today && e.To > today)) e.From = today.AddDays(1);
        initiative.Exceptions.Add(new SpecialHours { From = today, To = today, Hours = "", Reason = reason });
    }

    /// <summary>Open as usual today: closings that cover today give up today, and are split around it when they go on.</summary>
    internal static void ReopenToday(Initiative initiative, DateOnly today)
    {
        foreach (var e in initiative.Exceptions.Where(e => e.IsClosed && e.From <= today && e.To >= today).ToList())
        {
            initiative.Exceptions.Remove(e);
            if (e.From < today) initiative.Exceptions.Add(new SpecialHours { From = e.From, To = today.AddDays(-1), Hours = "", Reason = e.Reason });
            if (e.To > today) initiative.Exceptions.Add(new SpecialHours { From = today.AddDays(1), To = e.To, Hours = "", Reason = e.Reason });
        }
    }

    /// <summary>Adds an exception; one for exactly the same dates is replaced.</summary>
    private static void Add(Initiative initiative, SpecialHours exception)
    {
        initiative.Exceptions.RemoveAll(e => e.From == exception.From && e.To == exception.To);
        initiative.Exceptions.Add(exception);
    }

    private string CleanReason(string? text, string field)
    {
        var reason = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (reason.Length > MaxReason)
            Errors.Add(field, $"Årsak: høyst {MaxReason} tegn (nå {reason.Length}).", $"Reason: at most {MaxReason} characters (now {reason.Length}).");
        return reason;
    }

    private async Task<IActionResult> ShowConflictAsync(string slug, SaveOutcome outcome, CancellationToken ct)
    {
        // Nothing was written; show the current state with what the other person changed, keep what was typed, and let
        // the next save build on the version now seen.
        Conflict = outcome;
        BaseVersion = outcome.Version;
        return Page();
    }

    private RedirectToPageResult Done(string slug, string message) =>
        RedirectToPage("/Initiatives/Hours/SpecialHoursPage", new { slug, melding = message });

}
