namespace Omigjen.Web.Infrastructure;

/// <summary>
/// The conflict-and-retry loop of a race-safe write: the work runs in a transaction of its own, and when the database
/// refuses it for a reason that a fresh look can settle (a constraint, a drawn code, a deadlock), it runs again.
/// </summary>
public static class ConflictRetry
{
    /// <summary>Attempts before the conflict is left to the caller.</summary>
    public const int DefaultAttempts = 6;

    /// <summary>
    /// Runs <paramref name="attempt"/>; when it throws an exception that <paramref name="isConflict"/> accepts and
    /// attempts remain, calls <paramref name="beforeRetry"/> (clear the change tracker, log) and runs it again.
    /// The last attempt's exception goes to the caller, who decides what a lost race means.
    /// </summary>
    public static async Task<T> RunAsync<T>(Func<Task<T>> attempt, Func<Exception, bool> isConflict, Action<Exception> beforeRetry,
                                            int maxAttempts = DefaultAttempts)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(isConflict);
        ArgumentNullException.ThrowIfNull(beforeRetry);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        for (var tries = 1; ; tries++)
        {
            try
            {
                return await attempt();
            }
            catch (Exception e) when (tries < maxAttempts && isConflict(e))
            {
                beforeRetry(e);
            }
        }
    }
}
