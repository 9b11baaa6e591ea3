using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Admin;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;
using Omigjen.Web.Infrastructure.Forms;

namespace Omigjen.Web.Features.Intake.Partners;

/// <summary>Approves an initiative as a collector, with its agreement. An initiative can be a partner once.</summary>
public sealed class NewModel(AppDbContext db, MunicipalClock clock, TimeProvider time, AuditLog audit) : AdminPageModel
{
    public const string InitiativeFieldId = "partner-initiative";

    [BindProperty] public PartnerForm Form { get; set; } = new();
    [BindProperty] public int? InitiativeId { get; set; }

    public List<(int Id, string Name)> Initiatives { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Form = PartnerForm.New(clock.Today);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var partner = new Partner { ReturnToUse = "", ApprovedAt = time.GetUtcNow().UtcDateTime, ApprovedById = User.UserId() };
        var initiative = InitiativeId is { } id ? await db.Initiatives.AsNoTracking().Where(i => i.Id == id).Select(i => new { i.Id, i.Name }).FirstOrDefaultAsync(ct) : null;
        if (initiative is null)
            ModelState.AddError(nameof(InitiativeId), InitiativeFieldId, "Tiltak: velg tiltaket som skal bli partner.", "Initiative: choose the initiative to approve.");
        else if (await db.IntakePartners.AnyAsync(p => p.InitiativeId == initiative.Id, ct))
            ModelState.AddError(nameof(InitiativeId), InitiativeFieldId, "Tiltak: dette tiltaket er allerede partner. Endre avtalen på partnerens side.",
                "Initiative: this initiative is already a partner. Change the agreement on the partner's page.");
        if (!Form.TryApply(ModelState, partner) || initiative is null || !ModelState.IsValid)
        {
            await LoadAsync(ct);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        partner.InitiativeId = initiative.Id;
        db.IntakePartners.Add(partner);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e, "IX_IntakePartners_InitiativeId", "IntakePartners.InitiativeId"))
        {
            return RedirectToPage("/Intake/Partners/Index");
        }
        await audit.WriteAsync("intake-partner-approved", User.UserId(), User.Identity?.Name ?? "", detail: initiative.Name, ct: ct);
        return RedirectToPage("/Intake/Partners/Edit", new { id = partner.Id, lagret = 1 });
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Initiatives = (await db.Initiatives.AsNoTracking().Where(i => i.Status != InitiativeStatus.Archived && !db.IntakePartners.Any(p => p.InitiativeId == i.Id))
            .OrderBy(i => i.Name).Select(i => new { i.Id, i.Name }).ToListAsync(ct)).Select(i => (i.Id, i.Name)).ToList();
}
