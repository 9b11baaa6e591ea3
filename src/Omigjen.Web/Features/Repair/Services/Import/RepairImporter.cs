using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Repair.Services.Import;

/// <summary>What an import did; nothing is written when there is any problem (then the counts are what would have happened).</summary>
public sealed record RepairImportResult(int Created, int Updated, IReadOnlyList<ImportError> Errors)
{
    public bool Written => Errors.Count == 0;
}

/// <summary>
/// Loads a price list into one initiative, all or nothing: a row whose external id (or "omigjen-{id}" from an export) is
/// already there updates that line, any other row adds one. One SaveChanges writes every row in one transaction.
/// </summary>
public static class RepairImporter
{
    public static async Task<RepairImportResult> ImportAsync(AppDbContext db, int initiativeId, RepairCsvFile file, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(time);
        var existing = await db.RepairServices.Where(s => s.InitiativeId == initiativeId).ToListAsync(ct);
        var byKey = existing.ToDictionary(RepairCsv.ExternalIdOf, StringComparer.Ordinal);
        var now = time.GetUtcNow().UtcDateTime;
        int created = 0, updated = 0;
        foreach (var row in file.Rows)
        {
            if (row.ExternalId is { } key && byKey.TryGetValue(key, out var service)) updated++;
            else
            {
                service = new RepairService { InitiativeId = initiativeId, What = row.Values.What, ExternalId = row.ExternalId, CreatedAt = now };
                if (file.Errors.Count == 0) db.RepairServices.Add(service);
                created++;
            }
            row.Values.ApplyTo(service);
            service.UpdatedAt = now;
        }
        if (file.Errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return new RepairImportResult(created, updated, file.Errors);
        }
        await db.SaveChangesAsync(ct);
        return new RepairImportResult(created, updated, []);
    }
}
