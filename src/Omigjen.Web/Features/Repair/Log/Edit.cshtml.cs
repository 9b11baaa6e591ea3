using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Repair.Log;

/// <summary>
/// One logged repair, changed or deleted by the volunteer who logged it or by an owner (or an administrator); other
/// members get 403. The impact ledger follows the outcome in the same transaction.
/// </summary>
public sealed class EditRepairModel(AppDbContext db, InitiativeAccess access, MunicipalClock clock, RepairLedger repairLedger)
    : InitiativePageModel(db, access)
{
    [BindProperty] public RepairForm Form { get; set; } = new();

    public RepairEntry Entry { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, int id, CancellationToken ct)
    {
        if (await FindAsync(id, tracked: false, ct) is { } refused) return refused;
        Form = RepairForm.From(Entry);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, int id, CancellationToken ct)
    {
        ModelState.Clear();
        await using var transaction = await Db.Database.BeginTransactionAsync(ct);
        if (await FindAsync(id, tracked: true, ct) is { } refused) return refused;
        var before = (RepairCategory.Of(Entry).LedgerCategory, Entry.WeightKg);
        if (!Form.TryApply(ModelState, Entry, clock.Today.Year))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Entry.RecordedAt = clock.Now.UtcDateTime;
        await Db.SaveChangesAsync(ct);
        var countedChanged = before != (RepairCategory.Of(Entry).LedgerCategory, Entry.WeightKg);
        await repairLedger.SyncAsync(Db, Entry, countedChanged, ct);
        await transaction.CommitAsync(ct);
        return Back(slug);
    }

    public async Task<IActionResult> OnPostDeleteAsync(string slug, int id, CancellationToken ct)
    {
        await using var transaction = await Db.Database.BeginTransactionAsync(ct);
        if (await FindAsync(id, tracked: true, ct) is { } refused) return refused;
        await repairLedger.RemoveAsync(Db, Entry.Id, ct);
        Db.RepairEntries.Remove(Entry);
        await Db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Back(slug);
    }

    /// <summary>Back to the session the entry belongs to.</summary>
    private RedirectToPageResult Back(string slug) => RedirectToPage("/Repair/Log/Log", new
    {
        slug,
        okasjon = Entry.ActivityOccasionId,
        dato = Entry.ActivityOccasionId is null ? Entry.EventDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
    });

    /// <summary>The initiative's entry; 404 when there is none, 403 for a member who neither logged it nor owns the initiative.</summary>
    private async Task<IActionResult?> FindAsync(int id, bool tracked, CancellationToken ct)
    {
        var query = Db.RepairEntries.Where(e => e.Id == id && e.InitiativeId == Initiative.Id);
        var entry = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct);
        if (entry is null) return NotFound();
        if (!CanManage && entry.LoggedById != User.UserId()) return Forbid();
        Entry = entry;
        return null;
    }
}
