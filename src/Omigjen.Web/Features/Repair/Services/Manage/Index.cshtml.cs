using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;

namespace Omigjen.Web.Features.Repair.Services.Manage;

/// <summary>The initiative's repair price list, paged: the active lines or the archived ones, each with edit and archive/restore.</summary>
public sealed class RepairServiceListModel(AppDbContext db, InitiativeAccess access, TimeProvider time, AuditLog audit)
    : InitiativePageModel(db, access)
{
    public bool ShowArchived { get; private set; }
    public List<RepairService> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string? vis, string? melding, CancellationToken ct)
    {
        ShowArchived = vis == "arkivert";
        var query = Db.RepairServices.AsNoTracking().Where(s => s.InitiativeId == Initiative.Id && s.Archived == ShowArchived);
        Paging = Paging.For(Request, await query.CountAsync(ct));
        Rows = await query.OrderBy(s => s.Category).ThenBy(s => s.What).ThenBy(s => s.Id).Skip(Paging.Skip).Take(Paging.PageSize).ToListAsync(ct);
        Notice = melding switch
        {
            "arkivert" => L.T("Tjenesten er arkivert og vises ikke lenger i søket.", "The service is archived and no longer shown in the search."),
            "gjenopprettet" => L.T("Tjenesten er tilbake i prislisten.", "The service is back on the price list."),
            "lagret" => L.T("Endringene er lagret.", "The changes are saved."),
            _ => null,
        };
        return Page();
    }

    public Task<IActionResult> OnPostArchiveAsync(string slug, int id, CancellationToken ct) => SetArchivedAsync(slug, id, true, ct);

    public Task<IActionResult> OnPostRestoreAsync(string slug, int id, CancellationToken ct) => SetArchivedAsync(slug, id, false, ct);

    private async Task<IActionResult> SetArchivedAsync(string slug, int id, bool archived, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        // Only this initiative's line: an id from another initiative changes nothing.
        var changed = await Db.RepairServices.Where(s => s.Id == id && s.InitiativeId == Initiative.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Archived, archived).SetProperty(r => r.UpdatedAt, now), ct);
        if (changed == 0) return NotFound();
        await audit.WriteAsync(archived ? "repair-service-archived" : "repair-service-restored", User.UserId(), User.Identity?.Name ?? "", Initiative.Id, $"repair service {id}", ct);
        return RedirectToPage("/Repair/Services/Manage/Index", new { slug, vis = archived ? null : "arkivert", melding = archived ? "arkivert" : "gjenopprettet" });
    }
}
