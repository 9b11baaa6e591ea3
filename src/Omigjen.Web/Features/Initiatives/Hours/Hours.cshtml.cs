using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Omigjen.OpeningHours;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives.Editor;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Forms;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Initiatives.Hours;

/// <summary>
/// The opening-hours editor: a weekly form for the usual case, the raw OSM value under "Avansert" for the rest, a
/// preview of the coming two weeks, and saving through <see cref="InitiativeEditor"/> with conflict detection.
/// </summary>
public sealed class HoursModel(AppDbContext db, InitiativeAccess access, InitiativeEditor editor, MunicipalClock clock) : InitiativePageModel(db, access)
{
    /// <summary>The longest value the database keeps.</summary>
    public const int MaxValueLength = 2000;

    /// <summary>The element id (and error key) of the "Avansert" field.</summary>
    public const string RawId = "raw";

    [BindProperty] public List<HoursDayInput> Days { get; set; } = [];
    [BindProperty] public bool ClosedOnPublicHolidays { get; set; }
    [BindProperty, StringLength(2000)] public string? Raw { get; set; }
    [BindProperty, StringLength(20), SingleLine] public string Mode { get; set; } = HoursForm.Weekly;
    [BindProperty] public int BaseVersion { get; set; }

    public SaveOutcome? Conflict { get; private set; }
    public string? Notice { get; private set; }
    public MunicipalClock Clock => clock;

    /// <summary>Why the weekly form cannot show the stored value, in plain words; null when it can.</summary>
    public string? AdvancedReason { get; private set; }

    /// <summary>How the library reads the stored value, when the weekly form cannot show it.</summary>
    public string? StoredDescription { get; private set; }

    /// <summary>Dated rules inside the stored value that the weekly form keeps without showing them.</summary>
    public int KeptExceptions { get; private set; }

    /// <summary>A tidier way to write the value, from the library's warnings.</summary>
    public ParseWarning? Suggestion { get; private set; }

    public IReadOnlyList<HoursPreviewDay> Preview { get; private set; } = [];

    /// <summary>The exceptions page's rules, appended to the value for the preview (the script does the same).</summary>
    public string ExceptionRules { get; private set; } = "";

    public EvaluationContext Context { get; private set; } = null!;

    public bool IsAdvanced => Mode == HoursForm.Advanced;

    public async Task<IActionResult> OnGetAsync(string slug, string? lagret, string? uendret, CancellationToken ct)
    {
        BaseVersion = Initiative.Version;
        Raw = Initiative.OpeningHours;
        if (OpeningHoursBuilder.TryFromOsm(Raw, out var weekly) && weekly is not null)
        {
            Days = HoursForm.From(weekly, known: true);
            ClosedOnPublicHolidays = weekly.ClosedOnPublicHolidays;
            Mode = HoursForm.Weekly;
        }
        else
        {
            Days = HoursForm.From(null, known: false);
            ClosedOnPublicHolidays = true;
            Mode = string.IsNullOrWhiteSpace(Raw) ? HoursForm.Weekly : HoursForm.Advanced;
        }
        if (lagret == "1") Notice = L.T("Åpningstidene er lagret. Kartet og «Åpent nå» viser dem med en gang.", "The opening hours are saved. The map and “Open now” show them at once.");
        else if (uendret == "1") Notice = L.T("Ingenting var endret, så ingenting ble lagret.", "Nothing had changed, so nothing was saved.");
        Prepare(Raw);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        ModelState.Clear(); // the checks below name every problem in both languages
        Mode = Mode == HoursForm.Advanced ? HoursForm.Advanced : HoursForm.Weekly;
        while (Days.Count < 7) Days.Add(new HoursDayInput());
        var value = IsAdvanced ? FromAdvanced() : FromWeekly();
        if (value is not null && value.Length > MaxValueLength)
        {
            HoursForm.Add(ModelState, IsAdvanced ? RawId : HoursForm.FieldId(0, 0, true),
                $"Åpningstidene: høyst {MaxValueLength} tegn som tekst (nå {value.Length}). Slå sammen regler, eller fjern gamle datoer.",
                $"Opening hours: at most {MaxValueLength} characters as text (now {value.Length}). Join rules, or remove old dates.");
        }
        if (value is null || !ModelState.IsValid)
        {
            Prepare(null);
            return Page();
        }
        var outcome = await editor.SaveAsync(slug, BaseVersion, User, i => i.OpeningHours = value, "Åpningstider / opening hours", ct);
        switch (outcome.Status)
        {
            case SaveStatus.Saved:
                return RedirectToPage("/Initiatives/Hours/Hours", new { slug, lagret = 1 });
            case SaveStatus.Unchanged:
                return RedirectToPage("/Initiatives/Hours/Hours", new { slug, uendret = 1 });

            default:
                // Nothing was written. The form keeps what this person submitted; the next save is based on the
                // version they have now seen, so it goes through once they have read what the other person changed.
                Conflict = outcome;
                BaseVersion = outcome.Version;
                Raw = value;
                Prepare(value);
                return Page();
        }
    }

    /// <summary>The OSM value for the weekly fields in the query, for the page's script (the builder stays the one source).</summary>
    public async Task<IActionResult> OnGetOsmAsync(string slug, [FromQuery] List<HoursDayInput>? days, [FromQuery] bool closedOnPublicHolidays, CancellationToken ct)
    {
        ModelState.Clear();
        Days = days ?? [];
        ClosedOnPublicHolidays = closedOnPublicHolidays;
        var value = FromWeekly();
        return new JsonResult(new
        {
            value = ModelState.IsValid ? value : null,
            errors = ModelState.Summary().All.Select(e => new { field = e.Field, day = DayOf(e.Field), message = e.Text }),
        });
    }

    private static int? DayOf(string field) =>
        field.Length > 1 && field[0] == 'd' && char.IsAsciiDigit(field[1]) ? field[1] - '0' : null;

    private string? FromWeekly()
    {
        var days = HoursForm.Read(Days, ModelState);
        if (days is null) return null;
        // Dated rules already inside the stored value are kept: the weekly form does not show them.
        var kept = OpeningHoursBuilder.TryFromOsm(Initiative.OpeningHours, out var current) && current is not null ? current.Exceptions : [];
        var value = OpeningHoursBuilder.ToOsm(new WeeklyHours(days, ClosedOnPublicHolidays, kept));
        if (OpeningHoursSchedule.Parse(value).Error is { } error)
        {
            HoursForm.Add(ModelState, HoursForm.FieldId(0, 0, true), "Åpningstidene: " + error.MessageNb, "Opening hours: " + error.MessageEn);
            return null;
        }
        Raw = value;
        return value;
    }

    private string? FromAdvanced()
    {
        var value = string.Join(' ', (Raw ?? "").Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Trim();
        Raw = value;
        if (value.Length == 0) return value; // unknown hours: allowed, the public page says they are not given
        var parsed = OpeningHoursSchedule.Parse(value);
        if (parsed.Error is { } e)
        {
            var (nb, en) = OpeningHoursErrorText.For("Avansert", "Advanced", value, e);
            HoursForm.Add(ModelState, RawId, nb, en);
            return null;
        }
        return value;
    }

    /// <summary>Sets what the page shows besides the form: the preview (of <paramref name="candidate"/> when it is valid, else of the stored value) and explanations.</summary>
    private void Prepare(string? candidate)
    {
        Context = HoursPreview.ContextFor(Initiative, clock);
        ExceptionRules = HoursPreview.ExceptionRules(Initiative);
        var stored = Initiative.OpeningHours;
        if (!OpeningHoursBuilder.TryFromOsm(stored, out var weekly) || weekly is null)
        {
            if (!string.IsNullOrWhiteSpace(stored))
            {
                var parsed = OpeningHoursSchedule.Parse(stored);
                if (parsed.Schedule is { } schedule)
                {
                    AdvancedReason = L.T(
                        "De lagrede åpningstidene bruker regler som ukeskjemaet ikke kan vise, for eksempel bestemte datoer, uker, sesonger, soloppgang eller kommentarer. Derfor står de i feltet «Avansert». Du kan rette dem der, eller fylle ut ukeskjemaet og lagre det for å erstatte dem.",
                        "The stored opening hours use rules the weekly form cannot show, for example particular dates, weeks, seasons, sunrise or comments. That is why they are in the “Advanced” field. You can edit them there, or fill in the weekly form and save it to replace them.");
                    StoredDescription = OpeningHoursText.Describe(schedule, L.IsEnglish ? Language.En : Language.Nb);
                }
                else
                {
                    AdvancedReason = L.T(
                        $"De lagrede åpningstidene har en feil og kan ikke vises i ukeskjemaet: {parsed.Error!.MessageNb} Rett feilen i feltet «Avansert», eller fyll ut ukeskjemaet og lagre det for å erstatte dem.",
                        $"The stored opening hours contain an error and cannot be shown in the weekly form: {parsed.Error!.MessageEn} Fix it in the “Advanced” field, or fill in the weekly form and save it to replace them.");
                }
            }
        }
        else
        {
            KeptExceptions = weekly.Exceptions.Count;
        }

        var previewValue = stored;
        if (candidate is not null && (candidate.Length == 0 || OpeningHoursSchedule.Parse(candidate).IsValid)) previewValue = candidate;
        var current = string.IsNullOrWhiteSpace(Raw) ? null : OpeningHoursSchedule.Parse(Raw);
        Suggestion = current?.Warnings.FirstOrDefault(w => !string.Equals(w.SuggestedValue, Raw, StringComparison.Ordinal));
        var effective = OpeningHoursBuilder.WithExceptions(previewValue, Initiative.Exceptions.OrderBy(e => e.From).Select(e => e.ToRule()));
        Preview = HoursPreview.Build(effective, Context, clock);
    }
}
