using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure.Audit;

namespace Omigjen.Web.Features.Repair.Services.Manage;

/// <summary>Change one line of the repair price list; only the initiative's own lines are found.</summary>
public sealed class EditRepairServiceModel(AppDbContext db, InitiativeAccess access, TimeProvider time, AuditLog audit)
    : InitiativePageModel(db, access)
{
    [BindProperty] public RepairServiceInput Form { get; set; } = new();
    public int Id { get; private set; }
    public bool Archived { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } service) return NotFound();
        Form = RepairServiceInput.From(service);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, int id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } service) return NotFound();
        if (RepairServiceForm.Validate(Form, ModelState) is not { } values) return Page();
        values.ApplyTo(service);
        service.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await Db.SaveChangesAsync(ct);
        await audit.WriteAsync("repair-service-changed", User.UserId(), User.Identity?.Name ?? "", Initiative.Id, $"repair service {service.Id}: {service.What}", ct);
        return RedirectToPage("/Repair/Services/Manage/Index", new { slug, vis = service.Archived ? "arkivert" : null, melding = "lagret" });
    }

    private async Task<RepairService?> FindAsync(int id, CancellationToken ct)
    {
        var service = await Db.RepairServices.FirstOrDefaultAsync(s => s.Id == id && s.InitiativeId == Initiative.Id, ct);
        (Id, Archived) = (id, service?.Archived ?? false);
        return service;
    }
}
