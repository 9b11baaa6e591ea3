using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using Omigjen.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Omigjen.Web.Tests.Features.Items;

/// <summary>
/// The real command-line import, killed in the middle of a 100,000-row file: the database holds all the rows or none,
/// never some, on both databases.
/// </summary>
public sealed class ImportKillTests(ITestOutputHelper output)
{
    private const int Rows = 100_000;
    private const string Slug = "hallenskog-ombrukslager";
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task AKilledImportLeavesAllOrNothingOnSqlite()
    {
        var path = Path.Combine(Path.GetTempPath(), $"omigjen-kill-{Guid.NewGuid():N}.db");
        string[] database = ["--Database:Provider=Sqlite", $"--Database:ConnectionString=Data Source={path}"];
        try
        {
            await RunKilledImportAsync(database);
            await using var connection = new SqliteConnection($"Data Source={path};Pooling=false");
            await connection.OpenAsync();
            await AssertAllOrNothingAsync(connection);
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", (string?)await check.ExecuteScalarAsync());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
        }
    }

    [Fact]
    public async Task AKilledImportLeavesAllOrNothingOnPostgres()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync();
        try
        {
            await RunKilledImportAsync(["--Database:Provider=Postgres", $"--Database:ConnectionString={connectionString}"]);
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await AssertAllOrNothingAsync(connection);
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(connectionString);
        }
    }

    private static async Task AssertAllOrNothingAsync(System.Data.Common.DbConnection connection)
    {
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM \"Items\" WHERE \"ExternalId\" LIKE 'kill-%'";
        var n = Convert.ToInt32(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        Assert.True(n is 0 or Rows, $"{n} of {Rows} rows were left after the kill: the import was not atomic");
    }

    private async Task RunKilledImportAsync(string[] database)
    {
        using var timeout = new CancellationTokenSource(Limit);
        var (seedCode, seedOutput) = await RunToEndAsync(["seed-demo", .. database], timeout.Token);
        Assert.True(seedCode == 0, "seed-demo failed: " + seedOutput);

        var file = Path.Combine(Path.GetTempPath(), $"omigjen-kill-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, Generate(), new UTF8Encoding(true), timeout.Token);
        try
        {
            using var process = Start(["import", "items", "--initiative", Slug, file, .. database]);
            var seen = new StringBuilder();
            var killed = false;
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                seen.AppendLine(line);
                // Progress past the first 10,000 rows: the transaction is open and holds rows. Kill it now.
                if (line.Contains("rows written", StringComparison.Ordinal))
                {
                    process.Kill(entireProcessTree: true);
                    killed = true;
                    break;
                }
            }
            await process.WaitForExitAsync(timeout.Token);
            output.WriteLine(seen.ToString());
            output.WriteLine(killed ? "killed after progress" : $"finished before the kill, exit code {process.ExitCode}");
            Assert.True(killed || process.ExitCode == 0, "the import ended without progress: " + seen + await process.StandardError.ReadToEndAsync(timeout.Token));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Generate()
    {
        var sb = new StringBuilder(Rows * 90);
        sb.Append("external_id;title;description;category;condition;price_nok;quantity;size;brand\n");
        string[] categories = ["sykler", "møbler", "bøker", "verktøy", "sport", "clothes-shoes"];
        for (var i = 0; i < Rows; i++)
            sb.Append(CultureInfo.InvariantCulture, $"kill-{i};Vare nummer {i};Beskrivelse av vare {i}, pent brukt;{categories[i % categories.Length]};brukt;{i % 500};1;M;Merke {i % 50}\n");
        return sb.ToString();
    }

    private static Process Start(string[] args)
    {
        var dll = typeof(Program).Assembly.Location;
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        return Process.Start(info) ?? throw new InvalidOperationException("could not start the command line");
    }

    private static async Task<(int Code, string Output)> RunToEndAsync(string[] args, CancellationToken ct)
    {
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, await stdout + await stderr);
    }
}
