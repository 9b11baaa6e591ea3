using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.Activities;
using Omigjen.Web.Features.Activities.SignUps;
using Omigjen.Web.Tests.Features.Reservations;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Activities;

/// <summary>The database guard against a double sign-up, and sign-ups without an account whose link was never followed.</summary>
public abstract class SignUpGuardTests(AppFactory factory)
{
    private Task<SignUpJobRun> RunJobAsync() => factory.Services.GetRequiredService<SignUpJobs>().RunOnceAsync();

    private static async Task<T[]> AtOnceAsync<T>(int count, Func<Task<T>> work)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, count).Select(async _ =>
        {
            await start.Task;
            return await work();
        }).ToList();
        start.SetResult();
        return await Task.WhenAll(tasks);
    }

    [Fact]
    public async Task The_same_resident_signing_up_several_times_at_once_gets_one_sign_up_and_the_places_are_counted_once()
    {
        factory.Clock.Now = TestClock.Default;
        var o = await factory.OccasionAsync(capacity: 10);
        var resident = await factory.ResidentAsync("dobbel");

        var results = await AtOnceAsync(8, () => factory.SignUpAsync(o.OccasionId, resident.UserId, guests: 1));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(SignUpError.AlreadySignedUp, r.Error));
        var row = Assert.Single(await factory.SignUpsAsync(o.OccasionId));
        Assert.Equal((SignUpStatus.Confirmed, resident.UserId), (row.Status, row.UserId));
        Assert.Equal(2, (await factory.OccasionRowAsync(o.OccasionId)).Taken);
        var (nb, en) = SignUpErrors.Text(SignUpError.AlreadySignedUp);
        Assert.StartsWith("Du er allerede påmeldt", nb, StringComparison.Ordinal);
        Assert.StartsWith("You are already signed up", en, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_address_signing_up_without_an_account_several_times_at_once_gets_one_sign_up()
    {
        factory.Clock.Now = TestClock.Default;
        var o = await factory.OccasionAsync(capacity: 10);
        var email = ReservationTestData.NewEmail("uten-konto");

        var results = await AtOnceAsync(8, () => factory.WithSignUpsAsync((s, _) =>
            s.SignUpAsync(new SignUpRequest(o.OccasionId, null, "Kari", email.ToUpperInvariant()))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(SignUpError.AlreadySignedUp, r.Error));
        var row = Assert.Single(await factory.SignUpsAsync(o.OccasionId));
        Assert.Equal((SignUpStatus.Unconfirmed, email), (row.Status, row.Email));
        Assert.Equal(0, (await factory.OccasionRowAsync(o.OccasionId)).Taken);
    }

    [Fact]
    public async Task The_database_refuses_a_second_active_sign_up_of_one_person_whatever_the_role_but_not_after_it_ended()
    {
        factory.Clock.Now = TestClock.Default;
        var o = await factory.OccasionAsync(capacity: 10);
        var other = await factory.OccasionAsync(capacity: 10, initiativeId: o.InitiativeId);
        var resident = await factory.ResidentAsync();
        var email = ReservationTestData.NewEmail("direkte");
        var now = factory.Clock.Now.UtcDateTime;
        Task<int> AddAsync(long occasionId, string? userId, string? address, SignUpStatus status, SignUpRole role = SignUpRole.Visitor) =>
            factory.WithDbAsync(db =>
            {
                db.ActivitySignUps.Add(new ActivitySignUp
                {
                    OccasionId = occasionId, UserId = userId, Email = address, Name = "N", Role = role, Status = status, CreatedAt = now, UpdatedAt = now,
                });
                return db.SaveChangesAsync();
            });

        await AddAsync(o.OccasionId, resident.UserId, null, SignUpStatus.Cancelled);
        await AddAsync(o.OccasionId, resident.UserId, null, SignUpStatus.Lapsed);
        await AddAsync(o.OccasionId, resident.UserId, null, SignUpStatus.Confirmed);
        await Assert.ThrowsAsync<DbUpdateException>(() => AddAsync(o.OccasionId, resident.UserId, null, SignUpStatus.Waiting, SignUpRole.Fixer));
        await AddAsync(other.OccasionId, resident.UserId, null, SignUpStatus.Confirmed);
        await AddAsync(o.OccasionId, null, email, SignUpStatus.Unconfirmed);
        await Assert.ThrowsAsync<DbUpdateException>(() => AddAsync(o.OccasionId, null, email, SignUpStatus.Offered));
        await AddAsync(other.OccasionId, null, email, SignUpStatus.Waiting);

        Assert.Equal(4, (await factory.SignUpsAsync(o.OccasionId)).Count);
        Assert.Equal(2, (await factory.SignUpsAsync(other.OccasionId)).Count);
    }

    [Fact]
    public async Task A_sign_up_without_an_account_not_confirmed_in_time_lapses_and_the_address_may_sign_up_again()
    {
        factory.Clock.Now = TestClock.Default;
        var o = await factory.OccasionAsync(capacity: 1);
        var email = ReservationTestData.NewEmail("ubekreftet");
        var first = await factory.WithSignUpsAsync((s, _) => s.SignUpAsync(new SignUpRequest(o.OccasionId, null, "Kari", email)));
        Assert.Equal(SignUpStatus.Unconfirmed, first.SignUp!.Status);
        var link = SmtpTestServer.LinkIn(await factory.Mail.LatestToAsync(email), "/aktiviteter/pamelding/lenke/");
        var token = Uri.UnescapeDataString(link.Split('/')[^1].Split('?')[0]);

        factory.Clock.Now = TestClock.Default.AddHours(23).AddMinutes(59);
        await RunJobAsync();
        Assert.Equal(SignUpStatus.Unconfirmed, (await factory.SignUpsAsync(o.OccasionId)).Single().Status);

        factory.Clock.Now = TestClock.Default.AddHours(24);
        Assert.True((await RunJobAsync()).UnconfirmedLapsed >= 1);
        var lapsed = (await factory.SignUpsAsync(o.OccasionId)).Single();
        Assert.Equal((SignUpStatus.Lapsed, (string?)null), (lapsed.Status, lapsed.TokenHash));
        Assert.Equal(SignUpError.UnknownSignUp, (await factory.WithSignUpsAsync((s, _) => s.ConfirmAsync(token))).Error);
        Assert.Equal(0, (await factory.OccasionRowAsync(o.OccasionId)).Taken);

        var again = await factory.WithSignUpsAsync((s, _) => s.SignUpAsync(new SignUpRequest(o.OccasionId, null, "Kari", email)));
        Assert.True(again.Succeeded);
        Assert.Equal(SignUpStatus.Unconfirmed, again.SignUp!.Status);
    }

    [Fact]
    public async Task An_unconfirmed_sign_up_lapses_when_the_occasion_starts_if_that_comes_before_the_time_allowed()
    {
        factory.Clock.Now = TestClock.Default;
        var o = await factory.OccasionAsync(capacity: 5, startsIn: TimeSpan.FromHours(3));
        var start = (await factory.OccasionRowAsync(o.OccasionId)).StartUtc;
        await factory.WithSignUpsAsync((s, _) => s.SignUpAsync(new SignUpRequest(o.OccasionId, null, "Ola", ReservationTestData.NewEmail("sent"))));

        factory.Clock.Now = new DateTimeOffset(start.AddMinutes(-1));
        await RunJobAsync();
        Assert.Equal(SignUpStatus.Unconfirmed, (await factory.SignUpsAsync(o.OccasionId)).Single().Status);
        factory.Clock.Now = new DateTimeOffset(start);
        await RunJobAsync();
        Assert.Equal(SignUpStatus.Lapsed, (await factory.SignUpsAsync(o.OccasionId)).Single().Status);
    }
}

public sealed class SignUpGuardTestsOnSqlite(SqliteAppFactory f) : SignUpGuardTests(f), IClassFixture<SqliteAppFactory>;

public sealed class SignUpGuardTestsOnPostgres(PostgresAppFactory f) : SignUpGuardTests(f), IClassFixture<PostgresAppFactory>;
