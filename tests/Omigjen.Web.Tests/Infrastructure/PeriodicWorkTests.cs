using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Tests.Infrastructure;

public sealed class PeriodicWorkTests
{
    [Fact]
    public async Task A_failed_run_is_reported_and_the_next_tick_runs_again_until_the_app_stops()
    {
        using var stopping = new CancellationTokenSource();
        var runs = 0;
        var failures = new List<Exception>();
        await PeriodicWork.RunAsync(TimeSpan.FromMilliseconds(5), TimeProvider.System, _ =>
        {
            runs++;
            if (runs == 1) throw new InvalidOperationException("first run fails");
            if (runs == 3) stopping.Cancel();
            return Task.CompletedTask;
        }, failures.Add, stopping.Token);
        Assert.Equal(3, runs);
        Assert.Equal("first run fails", Assert.Single(failures).Message);
    }
}
