using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;

namespace Omigjen.Web.Features.Initiatives.Editor;

/// <summary>Every saved version: who, when, what changed (as a diff), and restoring an earlier one (owners, administrators).</summary>
public sealed class HistoryModel(AppDbContext db, InitiativeAccess access, InitiativeEditor editor, AuditLog audit) : InitiativePageModel(db, access)
{
    [BindProperty(SupportsGet = true, Name = "versjon")] public int? Selected { get; set; }
    public List<InitiativeRevision> Revisions { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public InitiativeRevision? Shown { get; private set; }
    public InitiativeRevision? Previous { get; private set; }
    public IReadOnlyList<FieldChange> Diff { get; private set; } = [];
    public SaveOutcome? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        await LoadRevisionsAsync(ct);
        return Page();
    }

    [OwnersOnly]
    public async Task<IActionResult> OnPostRestoreAsync(string slug, int number, int baseVersion, CancellationToken ct)
    {
        if (!await Db.InitiativeRevisions.AnyAsync(r => r.InitiativeId == Initiative.Id && r.Number == number, ct)) return NotFound();
        var outcome = await editor.RestoreAsync(slug, number, baseVersion, User, ct);
        if (outcome.Status == SaveStatus.Conflict)
        {
            Conflict = outcome;
            await LoadRevisionsAsync(ct);
            return Page();
        }
        await audit.WriteAsync("revision-restored", User.UserId(), User.Identity?.Name ?? "", Initiative.Id, $"version {number}", ct);
        return RedirectToPage("/Initiatives/Editor/History", new { slug, versjon = outcome.Version });

    }

    private async Task LoadRevisionsAsync(CancellationToken ct)
    {
        var q = Db.InitiativeRevisions.AsNoTracking().Where(r => r.InitiativeId == Initiative.Id);
        Paging = Paging.For(Request, await q.CountAsync(ct));
        Revisions = await q.OrderByDescending(r => r.Number).Skip(Paging.Skip).Take(Paging.PageSize).ToListAsync(ct);
        if (Selected is { } n)
        {
            Shown = await q.FirstOrDefaultAsync(r => r.Number == n, ct);
            Previous = await q.Where(r => r.Number < n).OrderByDescending(r => r.Number).FirstOrDefaultAsync(ct);
            if (Shown is not null)
                Diff = InitiativeSnapshot.Compare(Previous is null ? new InitiativeSnapshot() : InitiativeSnapshot.FromJson(Previous.Snapshot), InitiativeSnapshot.FromJson(Shown.Snapshot));
        }
    }
}
