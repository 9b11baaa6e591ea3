using Npgsql;

namespace Omigjen.Web.Tests.Infrastructure;

/// <summary>
/// The throwaway PostgreSQL cluster started by test.sh (OMIGJEN_TEST_POSTGRES holds its connection string).
/// Each test host gets a database of its own.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "OMIGJEN_TEST_POSTGRES";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                $"{Variable} is not set: run ./test.sh, which starts a throwaway PostgreSQL cluster, or set it to a server you own.");

    public static async Task<string> CreateDatabaseAsync()
    {
        var name = "omigjen_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var conn = new NpgsqlConnection(AdminConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(AdminConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
