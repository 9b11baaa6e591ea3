using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Data;

/// <summary>
/// <c>seed-demo</c>, run as the real command line on an empty database, loads everything the first start of an empty
/// database loads: the initiatives, the items and the lending types, on both databases.
/// </summary>
public sealed class SeedDemoCommandTests
{
    [Fact]
    public async Task Seed_demo_loads_the_lending_types_on_sqlite()
    {
        var path = Path.Combine(Path.GetTempPath(), $"omigjen-seed-{Guid.NewGuid():N}.db");
        try
        {
            await SeedAsync(["--Database:Provider=Sqlite", $"--Database:ConnectionString=Data Source={path}"]);
            await using var connection = new SqliteConnection($"Data Source={path};Pooling=false");
            await AssertDemoLoadedAsync(connection);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
        }
    }

    [Fact]
    public async Task Seed_demo_loads_the_lending_types_on_postgres()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync();
        try
        {
            await SeedAsync(["--Database:Provider=Postgres", $"--Database:ConnectionString={connectionString}"]);
            await using var connection = new NpgsqlConnection(connectionString);
            await AssertDemoLoadedAsync(connection);
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(connectionString);
        }
    }

    private static async Task AssertDemoLoadedAsync(DbConnection connection)
    {
        await connection.OpenAsync();
        foreach (var table in new[] { "Initiatives", "Items", "LendingTypes", "LendingUnits" })
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            Assert.True(Convert.ToInt32(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture) > 0, $"seed-demo left {table} empty");
        }
    }

    private static async Task SeedAsync(string[] database)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var dll = typeof(Program).Assembly.Location;
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("seed-demo");
        foreach (var a in database) info.ArgumentList.Add(a);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the command line");
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"seed-demo failed ({process.ExitCode}): {await stdout}{await stderr}");
    }
}
