namespace Omigjen.Web.Infrastructure;

/// <summary>The loop of the background jobs: run now, then on every tick, until the app stops.</summary>
public static class PeriodicWork
{
    /// <summary>
    /// Runs <paramref name="work"/> at once and then every <paramref name="every"/>. A failed run is handed to
    /// <paramref name="failed"/> and does not stop the loop: the next tick tries again.
    /// </summary>
    public static async Task RunAsync(TimeSpan every, TimeProvider time, Func<CancellationToken, Task> work, Action<Exception> failed,
        CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(failed);
        using var timer = new PeriodicTimer(every, time);
        try
        {
            do
            {
                try
                {
                    await work(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failed(e);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
