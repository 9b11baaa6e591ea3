using Omigjen.Web.Infrastructure;
using Xunit;

namespace Omigjen.Web.Tests.Infrastructure;

public sealed class ConflictRetryTests
{
    [Fact]
    public async Task A_conflict_is_tried_again_until_the_work_succeeds()
    {
        var (tries, retried) = (0, 0);
        var result = await ConflictRetry.RunAsync(() => ++tries < 3 ? throw new TimeoutException() : Task.FromResult("done"),
            e => e is TimeoutException, _ => retried++);
        Assert.Equal(("done", 3, 2), (result, tries, retried));
    }

    [Fact]
    public async Task The_last_conflict_goes_to_the_caller_and_other_errors_are_not_retried()
    {
        var tries = 0;
        await Assert.ThrowsAsync<TimeoutException>(() => ConflictRetry.RunAsync<int>(() => { tries++; throw new TimeoutException(); }, e => e is TimeoutException, _ => { }, 4));
        Assert.Equal(4, tries);

        tries = 0;
        await Assert.ThrowsAsync<InvalidOperationException>(() => ConflictRetry.RunAsync<int>(() => { tries++; throw new InvalidOperationException(); },
            e => e is TimeoutException, _ => { }));
        Assert.Equal(1, tries);
    }
}
