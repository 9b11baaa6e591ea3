using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items.Import;
using Omigjen.Web.Features.Items.Search;
using Omigjen.Web.Features.Lending.Catalogue;
using Omigjen.Web.Features.Repair.Services;

namespace Omigjen.Web.Data;

/// <summary>Migrates the database and, for an empty embedded database, loads the demo data.</summary>
public static class DatabaseSetup
{
    /// <summary>Applies the migrations, then brings search terms an older analyser made up to date.</summary>
    public static async Task MigrateAsync(AppDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            // WAL lets the public pages read while an import writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        await ItemIndexing.ReindexStaleAsync(db, ct);
        await LendingIndexing.RefreshAsync(db, ct);
        await RepairSearchTerms.RefreshAsync(db, ct);
    }

    /// <summary>The first start of an empty database: the demo data, with the initiatives only when there are none.</summary>
    public static async Task<bool> SeedDemoIfEmptyAsync(AppDbContext db, TimeProvider time, SlugAllocator slugs, CancellationToken ct = default)
    {
        var seed = await SeedDemoAsync(db, time, slugs, initiativesOnlyIfNone: true, ct: ct);
        if (seed.Initiatives is { Succeeded: false } failed)
            throw new InvalidOperationException("Demo data is invalid: " + string.Join("; ", failed.Errors));
        return seed.Initiatives is not null || seed.Items > 0 || seed.LendingTypes > 0;
    }

    /// <summary>
    /// The one way demo data is loaded, by the first start and by <c>seed-demo</c>: the initiatives through the importer
    /// real data uses (a second run updates them), then the demo items and lending types, each while there are none.
    /// </summary>
    public static async Task<DemoSeed> SeedDemoAsync(AppDbContext db, TimeProvider time, SlugAllocator slugs, bool initiativesOnlyIfNone,
        IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ImportResult? imported = null;
        if (!initiativesOnlyIfNone || !await db.Initiatives.AnyAsync(ct))
        {
            imported = await InitiativeImporter.ImportFileAsync(db, DemoData.FilePath, time, slugs, progress, ct);
            if (!imported.Succeeded) return new(imported, 0, 0);
        }
        // The items and lending types go into the demo initiatives, so they come after them.
        var items = await DemoItems.SeedIfNoneAsync(db, time, ct);
        var lending = await DemoLending.SeedIfNoneAsync(db, time, ct);
        await Features.Repair.Services.DemoRepairServices.SeedIfNoneAsync(db, time, ct);
        await DemoRepairLog.SeedIfNoneAsync(db, time, ct);
        await DemoActivities.SeedIfNoneAsync(db, time, ct);
        await Features.Intake.Stations.DemoStations.SeedIfNoneAsync(db, time, ct);
        return new(imported, items, lending);
    }

    internal static void ClearSqlitePools() => SqliteConnection.ClearAllPools();
}

/// <summary>What <see cref="DatabaseSetup.SeedDemoAsync"/> did: the initiative import (null when skipped) and how many items and lending types it added.</summary>
public sealed record DemoSeed(ImportResult? Initiatives, int Items, int LendingTypes);
