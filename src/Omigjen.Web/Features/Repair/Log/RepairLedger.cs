using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Impact.Ledger;

namespace Omigjen.Web.Features.Repair.Log;

/// <summary>
/// Keeps the impact ledger in step with the repair log: a fixed entry is one open reuse act (a repair, with the entered
/// weight or the category's average); an entry changed away from fixed, or deleted, has its act reversed. Called inside
/// the transaction that saves or deletes the entry, after it is saved.
/// </summary>
public sealed class RepairLedger(ImpactLedger ledger)
{
    /// <summary>
    /// Records or reverses so the ledger holds exactly one open act when the entry is fixed, none otherwise. When the
    /// category or weight of a fixed entry changed (<paramref name="countedChanged"/>), its act is reversed and recorded anew.
    /// </summary>
    public async Task SyncAsync(AppDbContext db, RepairEntry entry, bool countedChanged, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entry);
        var open = await OpenActsAsync(db, entry.Id, ct);
        if (open > 0 && countedChanged && entry.Outcome == RepairOutcome.Fixed)
        {
            await ledger.ReverseAsync(db, ReuseSource.RepairEntry, entry.Id, null, ct);
            open = 0;
        }
        if (entry.Outcome == RepairOutcome.Fixed && open == 0)
        {
            // The volunteer's id is not linked to the act: the act is the visitor's, and the visitor is not recorded.
            var draft = new ImpactLedger.Draft(ReuseActKind.Repaired, entry.InitiativeId, RepairCategory.Of(entry).LedgerCategory, 1,
                entry.WeightKg, null, entry.Id);
            await ledger.RecordAsync(db, draft, ct);
        }
        else if (entry.Outcome != RepairOutcome.Fixed && open > 0)
        {
            await ledger.ReverseAsync(db, ReuseSource.RepairEntry, entry.Id, null, ct);
        }
    }

    /// <summary>Reverses the entry's act, if it has one; call before deleting the entry.</summary>
    public Task<int> RemoveAsync(AppDbContext db, int entryId, CancellationToken ct) =>
        ledger.ReverseAsync(db, ReuseSource.RepairEntry, entryId, null, ct);

    /// <summary>Units recorded for the entry and not reversed.</summary>
    public static async Task<int> OpenActsAsync(AppDbContext db, int entryId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var acts = db.ReuseActs.Where(a => a.Source == ReuseSource.RepairEntry && a.SourceId == entryId);
        return await acts.SumAsync(a => (int?)a.Quantity, ct) ?? 0;
    }
}
