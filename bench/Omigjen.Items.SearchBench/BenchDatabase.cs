using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Items.Search;

namespace Omigjen.Items.SearchBench;

/// <summary>The item search benchmark's database: the shared operations, bulk loading and index handling.</summary>
internal abstract class BenchDatabase : BenchDatabaseBase
{
    /// <summary>Writes the items in bulk; returns how many were written. <paramref name="progress"/> is called every 100,000 rows.</summary>
    public abstract Task<int> LoadItemsAsync(IEnumerable<ItemRow> rows, Action<int> progress, CancellationToken ct);

    /// <summary>The statements that (re)create the secondary indexes on Items, as the migrations made them.</summary>
    public abstract Task<List<(string Name, string Sql)>> ItemIndexesAsync(CancellationToken ct);
}

internal sealed class SqliteBenchDatabase(string path) : BenchDatabase
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

    public override async Task<List<(string Name, string Sql)>> ItemIndexesAsync(CancellationToken ct)
    {
        await using var connection = NewConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Items' AND sql IS NOT NULL";
        var list = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) list.Add((reader.GetString(0), reader.GetString(1)));
        return list;
    }

    public override async Task<int> LoadItemsAsync(IEnumerable<ItemRow> rows, Action<int> progress, CancellationToken ct)
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
        insert.CommandText = """
            INSERT INTO "Items" ("InitiativeId", "LocationId", "Title", "Description", "Category", "Subcategory", "Condition",
                "PriceNok", "Quantity", "Available", "Size", "Brand", "Colour", "Status", "Latitude", "Longitude",
                "TitleTerms", "BodyTerms", "TermsVersion", "CreatedAt", "UpdatedAt")
            VALUES ($initiative, $location, $title, $description, $category, $subcategory, $condition, $price, $quantity,
                $quantity, $size, $brand, $colour, 'Available', $lat, $lon, $titleTerms, $bodyTerms, $termsVersion, $created, $created)
            """;
        string[] names = ["$initiative", "$location", "$title", "$description", "$category", "$subcategory", "$condition", "$price",
            "$quantity", "$size", "$brand", "$colour", "$lat", "$lon", "$titleTerms", "$bodyTerms", "$created", "$termsVersion"];
        var parameters = names.Select(n => insert.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();

        var count = 0;
        SqliteTransaction? transaction = null;
        try
        {
            foreach (var row in rows)
            {
                if (count % PerTransaction == 0)
                {
                    if (transaction is not null) await transaction.CommitAsync(ct);
                    transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
                    insert.Transaction = transaction;
                    insert.Prepare();
                }
                parameters[0].Value = row.InitiativeId;
                parameters[1].Value = (object?)row.LocationId ?? DBNull.Value;
                parameters[2].Value = row.Title;
                parameters[3].Value = row.Description;
                parameters[4].Value = row.Category.ToString();
                parameters[5].Value = (object?)row.Subcategory ?? DBNull.Value;
                parameters[6].Value = row.Condition.ToString();
                parameters[7].Value = row.PriceNok;
                parameters[8].Value = row.Quantity;
                parameters[9].Value = (object?)row.Size ?? DBNull.Value;
                parameters[10].Value = (object?)row.Brand ?? DBNull.Value;
                parameters[11].Value = (object?)row.Colour ?? DBNull.Value;
                parameters[12].Value = row.Latitude;
                parameters[13].Value = row.Longitude;
                parameters[14].Value = row.TitleTerms;
                parameters[15].Value = row.BodyTerms;
                parameters[16].Value = row.CreatedAt;
                parameters[17].Value = ItemIndexing.TermsVersion;
                await insert.ExecuteNonQueryAsync(ct);
                if (++count % 100_000 == 0) progress(count);
            }
            if (transaction is not null) await transaction.CommitAsync(ct);
        }
        finally
        {
            if (transaction is not null) await transaction.DisposeAsync();
        }
        return count;
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

    public override async Task<List<(string Name, string Sql)>> ItemIndexesAsync(CancellationToken ct)
    {
        await using var connection = NewConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'Items' AND indexname <> 'PK_Items'""";
        var list = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) list.Add((reader.GetString(0), reader.GetString(1)));
        return list;
    }

    public override async Task<int> LoadItemsAsync(IEnumerable<ItemRow> rows, Action<int> progress, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var writer = await connection.BeginBinaryImportAsync("""
            COPY "Items" ("InitiativeId", "LocationId", "Title", "Description", "Category", "Subcategory", "Condition",
                "PriceNok", "Quantity", "Available", "Size", "Brand", "Colour", "Status", "Latitude", "Longitude",
                "TitleTerms", "BodyTerms", "TermsVersion", "CreatedAt", "UpdatedAt") FROM STDIN (FORMAT BINARY)
            """, ct);
        var count = 0;
        foreach (var row in rows)
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(row.InitiativeId, NpgsqlDbType.Integer, ct);
            await WriteNullableAsync(writer, row.LocationId, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(row.Title, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(row.Description, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(row.Category.ToString(), NpgsqlDbType.Varchar, ct);
            await WriteNullableAsync(writer, row.Subcategory, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(row.Condition.ToString(), NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(row.PriceNok, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(row.Quantity, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(row.Quantity, NpgsqlDbType.Integer, ct);
            await WriteNullableAsync(writer, row.Size, NpgsqlDbType.Varchar, ct);
            await WriteNullableAsync(writer, row.Brand, NpgsqlDbType.Varchar, ct);
            await WriteNullableAsync(writer, row.Colour, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync("Available", NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(row.Latitude, NpgsqlDbType.Double, ct);
            await writer.WriteAsync(row.Longitude, NpgsqlDbType.Double, ct);
            await writer.WriteAsync(row.TitleTerms, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(row.BodyTerms, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(ItemIndexing.TermsVersion, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(row.CreatedAt, NpgsqlDbType.TimestampTz, ct);
            await writer.WriteAsync(row.CreatedAt, NpgsqlDbType.TimestampTz, ct);
            if (++count % 100_000 == 0) progress(count);
        }
        await writer.CompleteAsync(ct);
        return count;
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken ct)
    {
        if (value is null) await writer.WriteNullAsync(ct);
        else await writer.WriteAsync(value, type, ct);
    }

    /// <summary>VACUUM as autovacuum would after a bulk load: statistics and the visibility map (index-only scans).</summary>
    public override Task AnalyzeAsync(CancellationToken ct) => ExecuteAsync("VACUUM (ANALYZE);", ct);
}
