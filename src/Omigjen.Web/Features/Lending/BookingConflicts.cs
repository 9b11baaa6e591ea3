using Microsoft.Data.Sqlite;
using Npgsql;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending;

/// <summary>What a database error during a booking write means.</summary>
public static class BookingConflicts
{
    /// <summary>The database refused an overlapping active booking (PostgreSQL's exclusion constraint, SQLite's trigger).</summary>
    public static bool IsOverlap(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is PostgresException { SqlState: PostgresErrorCodes.ExclusionViolation }) return true;
            if (inner is SqliteException sqlite && sqlite.Message.Contains("EX_Bookings_Unit_Period", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>A conflict a fresh look may settle: the unit was just taken, the code was drawn twice, or a deadlock.</summary>
    public static bool IsBookingConflict(Exception e) =>
        IsOverlap(e) || DatabaseErrors.IsUniqueViolation(e, "Code", "Bookings.Code") || DatabaseErrors.IsTransient(e);
}
