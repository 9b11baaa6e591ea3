using Microsoft.AspNetCore.Mvc;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure.Audit;

namespace Omigjen.Web.Features.Repair.Services.Manage;

/// <summary>Add a line to the repair price list from the phone; the category starts as the initiative's first.</summary>
public sealed class NewRepairServiceModel(AppDbContext db, InitiativeAccess access, TimeProvider time, AuditLog audit)
    : InitiativePageModel(db, access)
{
    [BindProperty] public RepairServiceInput Form { get; set; } = new();

    public IActionResult OnGet(string slug)
    {
        Form.Category = (Initiative.Categories.Count > 0 ? Initiative.Categories[0] : GoodsCategory.Other).ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        if (RepairServiceForm.Validate(Form, ModelState) is not { } values) return Page();
        var now = time.GetUtcNow().UtcDateTime;
        var service = new RepairService { InitiativeId = Initiative.Id, What = values.What, CreatedAt = now, UpdatedAt = now };
        values.ApplyTo(service);
        Db.RepairServices.Add(service);
        await Db.SaveChangesAsync(ct);
        await audit.WriteAsync("repair-service-added", User.UserId(), User.Identity?.Name ?? "", Initiative.Id, $"repair service {service.Id}: {service.What}", ct);
        return RedirectToPage("/Repair/Services/Manage/Index", new { slug, melding = "lagret" });
    }
}
