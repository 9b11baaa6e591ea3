using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Impact.Factors;

namespace Omigjen.Impact.Bench;

/// <summary>The impact benchmark's database: the shared operations and the bulk load of the ledger and its roll-up.</summary>
internal abstract class ImpactDatabase : BenchDatabaseBase
{
    /// <summary>Writes the entries in bulk; returns how many were written. <paramref name="progress"/> is called every 250,000 rows.</summary>
    public abstract Task<int> LoadActsAsync(IEnumerable<ActRow> rows, Action<int> progress, CancellationToken ct);

    /// <summary>Writes the roll-up rows the generator summed (factor set 1).</summary>
    public abstract Task LoadMonthsAsync(IReadOnlyDictionary<MonthKey, MonthSums> rows, CancellationToken ct);

    /// <summary>The municipality's totals: the roll-up summed over the initiatives, as the ledger keeps them.</summary>
    public Task LoadMonthTotalsAsync(CancellationToken ct) => ExecuteAsync("""
        INSERT INTO "ImpactMonthTotals" ("Year", "Month", "Category", "Channel", "FactorSetVersion", "Acts", "Quantity",
            "WeightGrams", "MeasuredGrams", "MeasuredQuantity", "EstimatedQuantity", "Co2eGrams")
        SELECT "Year", "Month", "Category", "Channel", "FactorSetVersion", SUM("Acts"), SUM("Quantity"), SUM("WeightGrams"),
            SUM("MeasuredGrams"), SUM("MeasuredQuantity"), SUM("EstimatedQuantity"), SUM("Co2eGrams")
        FROM "ImpactMonths" GROUP BY "Year", "Month", "Category", "Channel", "FactorSetVersion"
        """, ct);

    protected const string ActColumns = """
        "Kind", "Channel", "InitiativeId", "Category", "Quantity", "WeightGrams", "WeightSource", "FactorSetVersion",
        "Co2eGrams", "Source", "SourceId", "OnceKey", "At", "RecordedAt"
        """;

    protected const string MonthColumns = """
        "Year", "Month", "InitiativeId", "Category", "Channel", "FactorSetVersion", "Acts", "Quantity", "WeightGrams",
        "MeasuredGrams", "MeasuredQuantity", "EstimatedQuantity", "Co2eGrams"
        """;
}

internal sealed class SqliteImpactDatabase(string path) : ImpactDatabase
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 30, Pooling = true }.ToString();

    public override string Provider => "SQLite";

    public override string ExplainPrefix => "EXPLAIN QUERY PLAN ";

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

    public override async Task<int> LoadActsAsync(IEnumerable<ActRow> rows, Action<int> progress, CancellationToken ct)
    {
        var count = 0;
        await LoadAsync($"INSERT INTO \"ReuseActs\" ({ActColumns}) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p12)",
            13, rows, (p, a) =>
            {
                p[0].Value = a.Kind.ToString();
                p[1].Value = a.Channel.ToString();
                p[2].Value = a.InitiativeId;
                p[3].Value = a.Category.ToString();
                p[4].Value = a.Quantity;
                p[5].Value = a.WeightGrams;
                p[6].Value = a.WeightSource.ToString();
                p[7].Value = FirstFactorSet.Version;
                p[8].Value = a.Co2eGrams;
                p[9].Value = a.Source.ToString();
                p[10].Value = a.SourceId;
                p[11].Value = (object?)a.OnceKey ?? DBNull.Value;
                p[12].Value = a.At;
                if (++count % 250_000 == 0) progress(count);
            }, ct);
        return count;
    }

    public override Task LoadMonthsAsync(IReadOnlyDictionary<MonthKey, MonthSums> rows, CancellationToken ct) =>
        LoadAsync($"INSERT INTO \"ImpactMonths\" ({MonthColumns}) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12)",
            13, rows, (p, r) =>
            {
                var (k, s) = (r.Key, r.Value);
                p[0].Value = k.Year;
                p[1].Value = k.Month;
                p[2].Value = k.InitiativeId;
                p[3].Value = k.Category.ToString();
                p[4].Value = k.Channel.ToString();
                p[5].Value = FirstFactorSet.Version;
                p[6].Value = s.Acts;
                p[7].Value = s.Quantity;
                p[8].Value = s.WeightGrams;
                p[9].Value = s.MeasuredGrams;
                p[10].Value = s.MeasuredQuantity;
                p[11].Value = s.EstimatedQuantity;
                p[12].Value = s.Co2eGrams;
            }, ct);

    /// <summary>One prepared insert, committed every 50,000 rows.</summary>
    private async Task LoadAsync<T>(string sql, int parameterCount, IEnumerable<T> rows, Action<SqliteParameter[], T> bind, CancellationToken ct)
    {
        const int PerTransaction = 50_000;
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        foreach (var pragma in new[] { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=OFF", "PRAGMA cache_size=-131072", "PRAGMA temp_store=MEMORY" })
        {
            await using var p = connection.CreateCommand();
            p.CommandText = pragma;
            await p.ExecuteNonQueryAsync(ct);
        }
        await using var insert = connection.CreateCommand();
        insert.CommandText = sql;
        var parameters = Enumerable.Range(0, parameterCount).Select(i => insert.Parameters.Add(new SqliteParameter { ParameterName = "$p" + i })).ToArray();
        var count = 0;
        SqliteTransaction? transaction = null;
        try
        {
            foreach (var row in rows)
            {
                if (count++ % PerTransaction == 0)
                {
                    if (transaction is not null) await transaction.CommitAsync(ct);
                    transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
                    insert.Transaction = transaction;
                    insert.Prepare();
                }
                bind(parameters, row);
                await insert.ExecuteNonQueryAsync(ct);
            }
            if (transaction is not null) await transaction.CommitAsync(ct);
        }
        finally
        {
            if (transaction is not null) await transaction.DisposeAsync();
        }
    }
}

internal sealed class PostgresImpactDatabase(string connectionString) : ImpactDatabase
{
    /// <summary>Finishing a COPY of millions of rows (the indexes) takes longer than a command's default 30 s.</summary>
    private static readonly TimeSpan LoadTimeout = TimeSpan.FromMinutes(30);

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

    public override async Task<int> LoadActsAsync(IEnumerable<ActRow> rows, Action<int> progress, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var writer = await connection.BeginBinaryImportAsync($"COPY \"ReuseActs\" ({ActColumns}) FROM STDIN (FORMAT BINARY)", ct);
        writer.Timeout = LoadTimeout;
        var count = 0;
        foreach (var a in rows)
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(a.Kind.ToString(), NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(a.Channel.ToString(), NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(a.InitiativeId, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(a.Category.ToString(), NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(a.Quantity, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(a.WeightGrams, NpgsqlDbType.Bigint, ct);
            await writer.WriteAsync(a.WeightSource.ToString(), NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(FirstFactorSet.Version, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(a.Co2eGrams, NpgsqlDbType.Bigint, ct);
            await writer.WriteAsync(a.Source.ToString(), NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(a.SourceId, NpgsqlDbType.Integer, ct);
            if (a.OnceKey is null) await writer.WriteNullAsync(ct);
            else await writer.WriteAsync(a.OnceKey, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(a.At, NpgsqlDbType.TimestampTz, ct);
            await writer.WriteAsync(a.At, NpgsqlDbType.TimestampTz, ct);
            if (++count % 250_000 == 0) progress(count);
        }
        await writer.CompleteAsync(ct);
        return count;
    }

    public override async Task LoadMonthsAsync(IReadOnlyDictionary<MonthKey, MonthSums> rows, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var writer = await connection.BeginBinaryImportAsync($"COPY \"ImpactMonths\" ({MonthColumns}) FROM STDIN (FORMAT BINARY)", ct);
        writer.Timeout = LoadTimeout;
        foreach (var (k, s) in rows)
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(k.Year, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(k.Month, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(k.InitiativeId, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(k.Category.ToString(), NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(k.Channel.ToString(), NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(FirstFactorSet.Version, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(s.Acts, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(s.Quantity, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(s.WeightGrams, NpgsqlDbType.Bigint, ct);
            await writer.WriteAsync(s.MeasuredGrams, NpgsqlDbType.Bigint, ct);
            await writer.WriteAsync(s.MeasuredQuantity, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(s.EstimatedQuantity, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(s.Co2eGrams, NpgsqlDbType.Bigint, ct);
        }
        await writer.CompleteAsync(ct);
    }
}
