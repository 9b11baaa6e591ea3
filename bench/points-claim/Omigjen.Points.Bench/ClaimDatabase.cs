using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Data;

namespace Omigjen.Points.Bench;

/// <summary>A fresh database of either kind, migrated with the app's own migrations.</summary>
internal sealed class ClaimDatabase(string? sqlite, string? postgres)
{
    public string Provider => sqlite is not null ? "SQLite" : "PostgreSQL";

    public AppDbContext NewContext() => sqlite is not null
        ? new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = sqlite, DefaultTimeout = 30, Pooling = true }.ToString())
            .UseApplicationServiceProvider(Services.App).Options)
        : new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(postgres).UseApplicationServiceProvider(Services.App).Options);

    public async Task ResetAndMigrateAsync(CancellationToken ct)
    {
        if (sqlite is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { sqlite, sqlite + "-wal", sqlite + "-shm" })
                if (File.Exists(file)) File.Delete(file);
        }
        await using var db = NewContext();
        if (sqlite is null) await db.Database.ExecuteSqlRawAsync("DROP SCHEMA public CASCADE; CREATE SCHEMA public;", ct);
        await db.Database.MigrateAsync(ct);
        if (sqlite is not null) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}

internal static class Services
{
    /// <summary>The Identity store options the app runs with, so the model matches the migrations.</summary>
    public static readonly IServiceProvider App = new ServiceCollection()
        .Configure<Microsoft.AspNetCore.Identity.IdentityOptions>(o => o.Stores.SchemaVersion = Microsoft.AspNetCore.Identity.IdentitySchemaVersions.Version3)
        .BuildServiceProvider();
}
