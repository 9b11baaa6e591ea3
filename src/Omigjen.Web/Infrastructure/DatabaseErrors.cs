using Microsoft.Data.Sqlite;
using Npgsql;

namespace Omigjen.Web.Infrastructure;

/// <summary>What a database error means, the same question asked of PostgreSQL and SQLite.</summary>
public static class DatabaseErrors
{
    /// <summary>
    /// A unique index refused a row: on PostgreSQL a constraint whose name contains <paramref name="constraintPart"/>,
    /// on SQLite the column named "Table.Column" in <paramref name="sqliteColumn"/>.
    /// </summary>
    public static bool IsUniqueViolation(Exception e, string constraintPart, string sqliteColumn)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.InnerException switch
        {
            PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation && pg.ConstraintName?.Contains(constraintPart, StringComparison.Ordinal) == true,
            SqliteException sqlite => sqlite.SqliteExtendedErrorCode == 2067 && sqlite.Message.Contains(sqliteColumn, StringComparison.Ordinal),
            _ => false,
        };
    }

    /// <summary>PostgreSQL broke a lock cycle or a serialization conflict; the transaction wrote nothing and may run again.</summary>
    public static bool IsTransient(Exception e) =>
        (e as PostgresException ?? e?.InnerException as PostgresException) is { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure };
}
