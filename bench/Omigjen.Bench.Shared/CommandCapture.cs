using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Omigjen.Bench.Shared;

/// <summary>A command the app sent: its SQL and copies of its parameters, to be run again directly.</summary>
public sealed record CapturedCommand(string Sql, IReadOnlyList<DbParameter> Parameters);

/// <summary>Records every query EF sends while <see cref="Target"/> is set; which of them are replayed is the caller's choice.</summary>
public sealed class CommandCapture(Func<DbParameter, DbParameter> copy) : DbCommandInterceptor
{
    public List<CapturedCommand>? Target { get; set; }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        if (Target is not { } target) return;
        var parameters = new DbParameter[command.Parameters.Count];
        for (var i = 0; i < parameters.Length; i++) parameters[i] = copy(command.Parameters[i]);
        target.Add(new CapturedCommand(command.CommandText, parameters));
    }
}
