using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Omigjen.Web.Data;

namespace Omigjen.Lending.Bench;

/// <summary>The lending benchmark's database: the shared operations and the bookings load.</summary>
internal abstract class BenchDatabase : BenchDatabaseBase
{
    /// <summary>Statements run on each loading connection first (SQLite: no fsync while loading).</summary>
    protected virtual IEnumerable<string> LoadPragmas => [];

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
