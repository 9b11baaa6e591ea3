using Npgsql;

namespace Omigjen.Bench.Shared;

/// <summary>A throwaway database on a PostgreSQL server (pg-create / pg-drop).</summary>
public static class PostgresServer
{
    /// <summary>The connection string for <paramref name="database"/> on the server, or the connection as given.</summary>
    public static string For(string connection, string? database) =>
        database is null ? connection : new NpgsqlConnectionStringBuilder(connection) { Database = database }.ToString();

    public static async Task<int> RunAsync(string command, string? postgres, string? database, CancellationToken ct)
    {
        var server = postgres ?? throw new ArgumentException("--postgres CONNECTION is required");
        var name = database ?? throw new ArgumentException("--database NAME is required");
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')) throw new ArgumentException("--database: letters, digits and _ only");
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync(ct);
        await using var sql = connection.CreateCommand();
        sql.CommandText = command == "pg-create"
            ? $"CREATE DATABASE \"{name}\""
            : $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        await sql.ExecuteNonQueryAsync(ct);
        Output.Line($"==> PostgreSQL: {(command == "pg-create" ? "created" : "dropped")} database {name}");
        return 0;
    }
}
