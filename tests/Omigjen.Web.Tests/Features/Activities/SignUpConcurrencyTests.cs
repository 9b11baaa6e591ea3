using Omigjen.Web.Features.Activities;
using Omigjen.Web.Features.Activities.SignUps;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Activities;

/// <summary>
/// A hundred residents sign up at the same moment for the last place of an occasion: exactly one gets it, the other 99
/// are on the waiting list at positions 1 to 99 without gaps or duplicates, and the database never counts more places
/// taken than there are.
/// </summary>
public abstract class SignUpConcurrencyTests(AppFactory factory)
{
    private const int Residents = 100;

    [Fact]
    public async Task Exactly_one_of_a_hundred_simultaneous_sign_ups_gets_the_last_place_and_the_rest_wait_in_order()
    {
        factory.Clock.Now = TestClock.Default;
        var o = await factory.OccasionAsync(capacity: 3);
        var early = await factory.ResidentAsync("tidlig");
        Assert.Equal(SignUpStatus.Confirmed, (await factory.SignUpAsync(o.OccasionId, early.UserId, guests: 1)).SignUp!.Status);

        var residents = new List<string>();
        foreach (var batch in Enumerable.Range(0, Residents).Chunk(10))
            residents.AddRange((await Task.WhenAll(batch.Select(_ => factory.ResidentAsync("kapplop")))).Select(r => r.UserId));

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var signUps = residents.Select(async userId =>
        {
            await start.Task;
            return await factory.SignUpAsync(o.OccasionId, userId);
        }).ToList();
        start.SetResult();
        var results = await Task.WhenAll(signUps);

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error?.ToString()));
        Assert.Single(results, r => r.SignUp!.Status == SignUpStatus.Confirmed);
        var waiting = results.Where(r => r.SignUp!.Status == SignUpStatus.Waiting).Select(r => r.SignUp!.WaitPosition!.Value).Order().ToList();
        Assert.Equal(Enumerable.Range(1, Residents - 1), waiting);

        var occasion = await factory.OccasionRowAsync(o.OccasionId);
        Assert.Equal(3, occasion.Taken);
        Assert.Equal(Residents - 1, occasion.LastWaitPosition);
        var rows = (await factory.SignUpsAsync(o.OccasionId)).Where(s => s.UserId != early.UserId).ToList();
        Assert.Equal(Residents, rows.Count);
        Assert.Single(rows, s => s.Status == SignUpStatus.Confirmed);
        Assert.Equal(Enumerable.Range(1, Residents - 1), rows.Where(s => s.Status == SignUpStatus.Waiting).Select(s => s.WaitPosition!.Value).Order());
    }
}

public sealed class SignUpConcurrencyTestsOnSqlite(SqliteAppFactory f) : SignUpConcurrencyTests(f), IClassFixture<SqliteAppFactory>;

public sealed class SignUpConcurrencyTestsOnPostgres(PostgresAppFactory f) : SignUpConcurrencyTests(f), IClassFixture<PostgresAppFactory>;
