using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Data;

namespace Omigjen.Bench.Shared;

/// <summary>What every benchmark database offers: contexts, connections, parameters, emptying, statistics and raw commands.</summary>
public abstract class BenchDatabaseBase
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

    /// <summary>True when a migration whose name ends with <paramref name="suffix"/> has been applied.</summary>
    public async Task<bool> HasMigrationAsync(string suffix, CancellationToken ct)
    {
        try
        {
            await using var db = NewContext();
            return (await db.Database.GetAppliedMigrationsAsync(ct)).Any(m => m.EndsWith(suffix, StringComparison.Ordinal));
        }
        catch (DbException)
        {
            return false;
        }
    }

    /// <summary>Creates the extra indexes for a trial run (then refreshes the statistics); returns the statements that ran.</summary>
    public async Task<List<string>> AddIndexesAsync(IEnumerable<string> statements, CancellationToken ct)
    {
        var added = new List<string>();
        foreach (var sql in statements)
        {
            var step = Stopwatch.StartNew();
            await ExecuteAsync(sql, ct);
            added.Add(sql);
            Output.Line($"    extra index for this run: {sql} ({step.Elapsed.TotalSeconds:0.0} s)");
        }
        if (added.Count > 0) await AnalyzeAsync(ct);
        return added;
    }

    /// <summary>Drops the indexes a trial run added, leaving the generated database as the migrations made it.</summary>
    public async Task DropIndexesAsync(IEnumerable<string> added)
    {
        foreach (var sql in added)
        {
            var name = sql.Split('"', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1);
            if (name is not null) await ExecuteAsync($"DROP INDEX IF EXISTS \"{name}\"", CancellationToken.None);
        }
    }

    /// <summary>Runs a captured command again on an open connection, with the same parameters, and reads every value.</summary>
    public async Task ReplayAsync(DbConnection connection, CapturedCommand captured, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = captured.Sql;
        foreach (var p in captured.Parameters) command.Parameters.Add(CopyParameter(p));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            for (var f = 0; f < reader.FieldCount; f++) _ = reader.GetValue(f);
    }

    /// <summary>Prints the SQL and the plan of each command, for diagnosis.</summary>
    public async Task PrintPlansAsync(IEnumerable<CapturedCommand> commands, CancellationToken ct)
    {
        await using var connection = NewConnection();
        await connection.OpenAsync(ct);
        foreach (var captured in commands)
        {
            Console.WriteLine(Output.Indent(captured.Sql.Length > 3000 ? captured.Sql[..3000] + " ..." : captured.Sql, "      | "));
            await using var command = connection.CreateCommand();
            command.CommandText = ExplainPrefix + captured.Sql;
            foreach (var p in captured.Parameters) command.Parameters.Add(CopyParameter(p));
            var plan = new StringBuilder();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                plan.AppendLine(string.Join("  ", Enumerable.Range(0, reader.FieldCount).Select(f => Convert.ToString(reader.GetValue(f), CultureInfo.InvariantCulture))));
            Console.WriteLine(Output.Indent(plan.ToString(), "      > "));
        }
    }
}
