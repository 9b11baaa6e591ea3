using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Omigjen.Web.Data;

namespace Omigjen.Lending.Bench;

/// <summary>What differs between the two databases: contexts, connections, parameters, emptying and statistics.</summary>
internal abstract class BenchDatabase
{
    /// <summary>The Identity store options the app runs with (schema version 3), so the model matches the migrations.</summary>
    protected static readonly IServiceProvider AppServices = new ServiceCollection()
        .Configure<IdentityOptions>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
        .BuildServiceProvider();

    public abstract string Provider { get; }

    /// <summary>A new context, as one web request gets; the connections underneath are pooled.</summary>
    public abstract AppDbContext NewContext(CommandCapture? capture = null);

    public abstract DbConnection NewConnection();

    /// <summary>A copy of a captured parameter for a raw command.</summary>
    public abstract DbParameter CopyParameter(DbParameter parameter);

    /// <summary>Prepares an empty file or database for a fresh load (the schema comes from the migrations afterwards).</summary>
    public abstract Task ResetAsync(CancellationToken ct);

    public abstract string ExplainPrefix { get; }

    /// <summary>Table statistics for the planner, after loading.</summary>
    public abstract Task AnalyzeAsync(CancellationToken ct);

    /// <summary>Statements run on each loading connection first (SQLite: no fsync while loading).</summary>
    protected virtual IEnumerable<string> LoadPragmas => [];

    public async Task<int> ScalarIntAsync(string sql, CancellationToken ct)
    {
        await using var connection = NewConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync(ct);
        return value is null or DBNull ? 0 : Convert.ToInt32(value, CultureInfo.InvariantCulture);
    }

    public async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var connection = NewConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>True when the lending tables exist (the schema has been migrated).</summary>
    public async Task<bool> HasLendingTablesAsync(CancellationToken ct)
    {
        try
        {
            await using var db = NewContext();
            return (await db.Database.GetAppliedMigrationsAsync(ct)).Any(m => m.EndsWith("_Lending", StringComparison.Ordinal));
        }
        catch (DbException)
        {
            return false;
        }
    }

    /// <summary>
    /// Writes the bookings with multi-row INSERT statements of <paramref name="rowsPerStatement"/> rows, committed every
    /// <paramref name="rowsPerTransaction"/> rows; the database's no-overlap rule checks every row as the app's writes do.
    /// Returns how many were written; <paramref name="progress"/> is called at every commit.
    /// </summary>
    public async Task<int> LoadBookingsAsync(IEnumerable<BookingRow> rows, Action<int> progress, CancellationToken ct,
                                             int rowsPerStatement = 500, int rowsPerTransaction = 50_000)
    {
        await using var connection = NewConnection();
        await connection.OpenAsync(ct);
        foreach (var pragma in LoadPragmas)
        {
            await using var p = connection.CreateCommand();
            p.CommandText = pragma;
            await p.ExecuteNonQueryAsync(ct);
        }

        var count = 0;
        DbTransaction? transaction = null;
        try
        {
            foreach (var batch in rows.Chunk(rowsPerStatement))
            {
                if (transaction is null) transaction = await connection.BeginTransactionAsync(ct);
                await using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = InsertSql(batch.Length);
                foreach (var row in batch)
                {
                    Add(insert, row.UnitId);
                    Add(insert, row.TypeId);
                    Add(insert, row.Code);
                    Add(insert, row.Status);
                    Add(insert, row.PickupAt);
                    Add(insert, row.ReturnBy);
                    Add(insert, row.CreatedAt);
                }
                await insert.ExecuteNonQueryAsync(ct);
                var before = count;
                count += batch.Length;
                if (count / rowsPerTransaction != before / rowsPerTransaction)
                {
                    await transaction.CommitAsync(ct);
                    await transaction.DisposeAsync();
                    transaction = null;
                    progress(count);
                }
            }
            if (transaction is not null) await transaction.CommitAsync(ct);
        }
        finally
        {
            if (transaction is not null) await transaction.DisposeAsync();
        }
        return count;
    }

    private static void Add(DbCommand command, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = "@p" + command.Parameters.Count.ToString(CultureInfo.InvariantCulture);
        p.Value = value;
        command.Parameters.Add(p);
    }

    private static readonly Dictionary<int, string> InsertTexts = [];

    private static string InsertSql(int rows)
    {
        if (InsertTexts.TryGetValue(rows, out var sql)) return sql;
        var text = new StringBuilder("""INSERT INTO "Bookings" ("UnitId", "TypeId", "Code", "Status", "PickupAt", "ReturnBy", "CreatedAt") VALUES """);
        for (var r = 0; r < rows; r++)
        {
            if (r > 0) text.Append(", ");
            text.Append('(');
            for (var c = 0; c < 7; c++)
            {
                if (c > 0) text.Append(", ");
                text.Append("@p").Append((r * 7 + c).ToString(CultureInfo.InvariantCulture));
            }
            text.Append(')');
        }
        sql = text.ToString();
        InsertTexts[rows] = sql;
        return sql;
    }
}

internal sealed class SqliteBenchDatabase(string path) : BenchDatabase
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 30, Pooling = true }.ToString();

    public override string Provider => "SQLite";

    public override string ExplainPrefix => "EXPLAIN QUERY PLAN ";

    protected override IEnumerable<string> LoadPragmas => ["PRAGMA journal_mode=WAL", "PRAGMA synchronous=OFF", "PRAGMA cache_size=-131072"];

    public override AppDbContext NewContext(CommandCapture? capture = null)
    {
        var builder = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(_connectionString).UseApplicationServiceProvider(AppServices);
        if (capture is not null) builder.AddInterceptors(capture);
        return new SqliteAppDbContext(builder.Options);
    }

    public override DbConnection NewConnection() => new SqliteConnection(_connectionString);

    public override DbParameter CopyParameter(DbParameter parameter)
    {
        var source = (SqliteParameter)parameter;
        return new SqliteParameter(source.ParameterName, source.Value) { SqliteType = source.SqliteType, Size = source.Size };
    }

    public override Task ResetAsync(CancellationToken ct)
    {
        SqliteConnection.ClearAllPools();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
            if (File.Exists(file)) File.Delete(file);
        return Task.CompletedTask;
    }

    public override Task AnalyzeAsync(CancellationToken ct) => ExecuteAsync("ANALYZE;", ct);
}

internal sealed class PostgresBenchDatabase(string connectionString) : BenchDatabase
{
    public override string Provider => "PostgreSQL";

    public override string ExplainPrefix => "EXPLAIN (ANALYZE, BUFFERS) ";

    public override AppDbContext NewContext(CommandCapture? capture = null)
    {
        var builder = new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connectionString).UseApplicationServiceProvider(AppServices);
        if (capture is not null) builder.AddInterceptors(capture);
        return new PostgresAppDbContext(builder.Options);
    }

    public override DbConnection NewConnection() => new NpgsqlConnection(connectionString);

    public override DbParameter CopyParameter(DbParameter parameter) => ((NpgsqlParameter)parameter).Clone();

    /// <summary>The run script creates an empty database; a reused one is emptied here.</summary>
    public override async Task ResetAsync(CancellationToken ct) =>
        await ExecuteAsync("DROP SCHEMA public CASCADE; CREATE SCHEMA public;", ct);

    /// <summary>VACUUM as autovacuum would after a bulk load: statistics and the visibility map (index-only scans).</summary>
    public override Task AnalyzeAsync(CancellationToken ct) => ExecuteAsync("VACUUM (ANALYZE);", ct);
}
