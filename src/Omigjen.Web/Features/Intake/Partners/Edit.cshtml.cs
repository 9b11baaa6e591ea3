using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Admin;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;
using Omigjen.Web.Infrastructure.Forms;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Intake.Partners;

/// <summary>A partner's agreement, its pickup plans (station, weekday, weekly or fortnightly), and ending the partnership.</summary>
public sealed class EditModel(AppDbContext db, MunicipalClock clock, TimeProvider time, AuditLog audit) : AdminPageModel
{
    [BindProperty] public PartnerForm Form { get; set; } = new();
    [BindProperty] public int? PlanStation { get; set; }
    [BindProperty, StringLength(20), SingleLine] public string? PlanWeekday { get; set; }
    [BindProperty] public bool PlanFortnightly { get; set; }
    [BindProperty, StringLength(20), SingleLine] public string? PlanFrom { get; set; }
    [BindProperty] public int PlanId { get; set; }

    public Partner Partner { get; private set; } = null!;
    public string Name { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public List<(int Id, string Name)> Stations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, string? lagret, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Form = PartnerForm.Of(Partner);
        PlanFrom = PartnerForm.Iso(clock.Today);
        if (lagret is not null) StatusMessage = L.T("Partneren er lagret.", "The partner is saved.");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        ModelState.Clear();
        var partner = await db.IntakePartners.Include(p => p.Categories).SingleAsync(p => p.Id == id, ct);
        if (!Form.TryApply(ModelState, partner)) return Invalid();
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync("intake-partner-changed", User.UserId(), User.Identity?.Name ?? "", detail: Name, ct: ct);
        return RedirectToPage(new { id, lagret = 1 });
    }

    public async Task<IActionResult> OnPostAddPlanAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        ModelState.Clear();
        Form = PartnerForm.Of(Partner);
        var station = PlanStation is { } s && Stations.Any(x => x.Id == s) ? s : (int?)null;
        if (station is null)
            ModelState.AddError(nameof(PlanStation), "plan-station", "Stasjon: velg en stasjon.", "Station: choose a station.");
        if (!Enum.TryParse<DayOfWeek>(PlanWeekday, ignoreCase: false, out var weekday) || !Enum.IsDefined(weekday) || (PlanWeekday ?? "").Any(char.IsDigit))
            ModelState.AddError(nameof(PlanWeekday), "plan-weekday", "Ukedag: velg en dag.", "Weekday: choose a day.");
        if (!DateInput.TryDate(PlanFrom, out var from, typed: true))
            ModelState.AddError(nameof(PlanFrom), "plan-from", "Første henting: skriv en dato som 2026-01-31.", "First pickup: enter a date such as 2026-01-31.");
        else if (from.DayOfWeek != weekday && ModelState.IsValid)
            ModelState.AddError(nameof(PlanFrom), "plan-from", "Første henting: datoen må falle på den valgte ukedagen.", "First pickup: the date must fall on the chosen weekday.");
        if (ModelState.IsValid && Partner.Plans.Any(p => p.StationId == station && p.Weekday == weekday))
            ModelState.AddError(nameof(PlanWeekday), "plan-weekday", "Ukedag: partneren har allerede en henting denne dagen på denne stasjonen.",
                "Weekday: the partner already has a pickup on this day at this station.");
        if (!ModelState.IsValid) return Invalid();
        db.IntakePickupPlans.Add(new PickupPlan { PartnerId = id, StationId = station!.Value, Weekday = weekday, Fortnightly = PlanFortnightly, FromDate = from });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e, "IX_IntakePickupPlans_PartnerId_StationId_Weekday", "IntakePickupPlans.Weekday"))
        {
            // Added twice at once: the other one is the plan.
        }
        return RedirectToPage(new { id, lagret = 1 });
    }

    public async Task<IActionResult> OnPostRemovePlanAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        await db.IntakePickupPlans.Where(p => p.Id == PlanId && p.PartnerId == id).ExecuteDeleteAsync(ct);
        return RedirectToPage(new { id, lagret = 1 });
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var now = time.GetUtcNow().UtcDateTime;
        var changed = Partner.WithdrawnAt is null
            ? await db.IntakePartners.Where(p => p.Id == id && p.WithdrawnAt == null).ExecuteUpdateAsync(s => s.SetProperty(p => p.WithdrawnAt, (DateTime?)now), ct)
            : await db.IntakePartners.Where(p => p.Id == id && p.WithdrawnAt != null).ExecuteUpdateAsync(s => s.SetProperty(p => p.WithdrawnAt, (DateTime?)null), ct);
        if (changed > 0)
            await audit.WriteAsync(Partner.WithdrawnAt is null ? "intake-partner-ended" : "intake-partner-resumed", User.UserId(), User.Identity?.Name ?? "", detail: Name, ct: ct);
        return RedirectToPage(new { id, lagret = 1 });
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var partner = await db.IntakePartners.AsNoTracking().Include(p => p.Categories).Include(p => p.Plans).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (partner is null) return false;
        Partner = partner;
        var initiative = await db.Initiatives.AsNoTracking().Where(i => i.Id == partner.InitiativeId).Select(i => new { i.Name, i.Slug }).SingleAsync(ct);
        (Name, Slug) = (initiative.Name, initiative.Slug);
        Stations = (await db.Stations.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct)).Select(s => (s.Id, s.Name)).ToList();
        return true;
    }
}
