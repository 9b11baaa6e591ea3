using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items.Import;

namespace Omigjen.Web.Data;

/// <summary>Migrates the database and, for an empty embedded database, loads the demo data.</summary>
public static class DatabaseSetup
{
    public static async Task MigrateAsync(AppDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            // WAL lets the public pages read while an import writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }

    public static async Task<bool> SeedDemoIfEmptyAsync(AppDbContext db, TimeProvider time, SlugAllocator slugs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var seeded = false;
        if (!await db.Initiatives.AnyAsync(ct))
        {
            var result = await InitiativeImporter.ImportFileAsync(db, DemoData.FilePath, time, slugs, ct: ct);
            if (!result.Succeeded)
                throw new InvalidOperationException("Demo data is invalid: " + string.Join("; ", result.Errors));
            seeded = true;
        }
        // The demo items go into the demo initiatives, through the spreadsheet importer, while there are no items at all.
        if (await DemoItems.SeedIfNoneAsync(db, time, ct) > 0) seeded = true;
        if (await DemoLending.SeedIfNoneAsync(db, time, ct) > 0) seeded = true;
        return seeded;
    }

    internal static void ClearSqlitePools() => SqliteConnection.ClearAllPools();
}
