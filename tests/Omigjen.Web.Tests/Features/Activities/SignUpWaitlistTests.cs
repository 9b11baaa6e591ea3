using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.Activities;
using Omigjen.Web.Features.Activities.Occasions;
using Omigjen.Web.Features.Activities.SignUps;
using Omigjen.Web.Infrastructure.Outbox;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Activities;

/// <summary>Cancelling, offers from the waiting list, lapsing offers, reminders and the notices when an occasion changes.</summary>
public abstract class SignUpWaitlistTests(AppFactory factory)
{
    private Task<SignUpJobRun> RunJobAsync() => factory.Services.GetRequiredService<SignUpJobs>().RunOnceAsync();

    [Fact]
    public async Task A_cancellation_offers_the_places_to_the_first_in_line_whose_places_fit_and_the_offer_can_be_accepted()
    {
        factory.Clock.Now = TestClock.Default;
        var o = await factory.OccasionAsync(capacity: 2, offerHours: 6);
        var holder = await factory.ResidentAsync();
        var big = await factory.ResidentAsync("stor");
        var small = await factory.ResidentAsync("liten");
        await factory.SignUpAsync(o.OccasionId, holder.UserId, guests: 1);
        Assert.Equal(1, (await factory.SignUpAsync(o.OccasionId, big.UserId, guests: 1)).SignUp!.WaitPosition);
        // A notice no longer true when the outbox sends it is dropped, so the waiting notice must go before the offer.
        Assert.StartsWith("På venteliste", (await factory.Mail.LatestToAsync(big.Email)).Subject, StringComparison.Ordinal);
        await factory.SignUpAsync(o.OccasionId, small.UserId);
        var holderRow = (await factory.SignUpsAsync(o.OccasionId))[0];

        // The holder cancels: two places free up, and the first in line (who needs two) is offered them.
        var cancelled = await factory.WithSignUpsAsync((_, w) => w.CancelAsync(holderRow.Id, holder.UserId));
        Assert.True(cancelled.Succeeded);
        var rows = await factory.SignUpsAsync(o.OccasionId);
        Assert.Equal(SignUpStatus.Cancelled, rows[0].Status);
        Assert.Equal(SignUpStatus.Offered, rows[1].Status);
        Assert.Equal(factory.Clock.Now.UtcDateTime.AddHours(6), rows[1].OfferExpiresAt);
        Assert.Equal(SignUpStatus.Waiting, rows[2].Status);
        Assert.Equal(2, (await factory.OccasionRowAsync(o.OccasionId)).Taken);
        var offer = await factory.Mail.LatestToAsync(big.Email, atLeast: 2);
        Assert.StartsWith("Ledig plass", offer.Subject, StringComparison.Ordinal);
        Assert.Contains("Takk ja innen", offer.TextBody, StringComparison.Ordinal);
        Assert.Contains("Accept by", offer.TextBody, StringComparison.Ordinal);

        var accepted = await factory.WithSignUpsAsync((_, w) => w.AcceptOfferAsync(rows[1].Id, big.UserId));
        Assert.True(accepted.Succeeded);
        Assert.Equal(SignUpStatus.Confirmed, (await factory.SignUpsAsync(o.OccasionId))[1].Status);
        Assert.Contains("METHOD:REQUEST", SignUpServiceTests.IcsOf(await factory.Mail.LatestToAsync(big.Email, atLeast: 3)), StringComparison.Ordinal);
        Assert.Equal(SignUpError.WrongState, (await factory.WithSignUpsAsync((_, w) => w.AcceptOfferAsync(rows[1].Id, big.UserId))).Error);
    }

    [Fact]
    public async Task The_first_in_line_whose_places_do_not_fit_keeps_waiting_while_a_smaller_sign_up_behind_gets_the_place()
    {
        factory.Clock.Now = TestClock.Default;
        var o = await factory.OccasionAsync(capacity: 3);
        var a = await factory.ResidentAsync();
        var b = await factory.ResidentAsync();
        var big = await factory.ResidentAsync("stor");
        var small = await factory.ResidentAsync("liten");
        await factory.SignUpAsync(o.OccasionId, a.UserId, guests: 1);
        var bRow = (await factory.SignUpAsync(o.OccasionId, b.UserId)).SignUp!;
        await factory.SignUpAsync(o.OccasionId, big.UserId, guests: 2);
        await factory.SignUpAsync(o.OccasionId, small.UserId);

        await factory.WithSignUpsAsync((_, w) => w.CancelAsync(bRow.Id, b.UserId));

        var rows = await factory.SignUpsAsync(o.OccasionId);
        Assert.Equal(SignUpStatus.Waiting, rows[2].Status);
        Assert.Equal(1, rows[2].WaitPosition);
        Assert.Equal(SignUpStatus.Offered, rows[3].Status);
        Assert.Equal(3, (await factory.OccasionRowAsync(o.OccasionId)).Taken);
    }

    [Fact]
    public async Task An_offer_not_accepted_in_time_lapses_and_the_next_in_line_is_offered()
    {
        factory.Clock.Now = TestClock.Default;
        var o = await factory.OccasionAsync(capacity: 1, offerHours: 2);
        var holder = await factory.ResidentAsync();
        var first = await factory.ResidentAsync();
        var second = await factory.ResidentAsync();
        var held = (await factory.SignUpAsync(o.OccasionId, holder.UserId)).SignUp!;
        await factory.SignUpAsync(o.OccasionId, first.UserId);
        await factory.SignUpAsync(o.OccasionId, second.UserId);
        await factory.WithSignUpsAsync((_, w) => w.CancelAsync(held.Id, holder.UserId));
        await RunJobAsync();
        Assert.Equal(SignUpStatus.Offered, (await factory.SignUpsAsync(o.OccasionId))[1].Status);

        factory.Clock.Now = TestClock.Default.AddHours(2).AddMinutes(1);
        Assert.True((await RunJobAsync()).OffersLapsed >= 1);

        var rows = await factory.SignUpsAsync(o.OccasionId);
        Assert.Equal(SignUpStatus.Lapsed, rows[1].Status);
        Assert.Equal(SignUpStatus.Offered, rows[2].Status);
        Assert.Equal(1, (await factory.OccasionRowAsync(o.OccasionId)).Taken);
        Assert.Equal(SignUpError.WrongState, (await factory.WithSignUpsAsync((_, w) => w.AcceptOfferAsync(rows[1].Id, first.UserId))).Error);
        await RunJobAsync();
        Assert.Equal(SignUpStatus.Offered, (await factory.SignUpsAsync(o.OccasionId))[2].Status);
    }

    [Fact]
    public async Task The_reminder_goes_once_from_noon_the_day_before_to_those_confirmed()
    {
        // The occasion is on Saturday 5 December at 11:00 UTC (12:00 in Oslo); the reminder is due Friday 12:00 local time.
        factory.Clock.Now = TestClock.Default;
        var o = await factory.OccasionAsync(capacity: 1, startsIn: TimeSpan.FromDays(3));
        var yes = await factory.ResidentAsync();
        var waiting = await factory.ResidentAsync();
        await factory.SignUpAsync(o.OccasionId, yes.UserId);
        await factory.SignUpAsync(o.OccasionId, waiting.UserId);

        // Other tests' occasions share the database, so this one's own RemindedAt and notices tell what happened.
        factory.Clock.Now = TestClock.Default.AddDays(2).AddMinutes(-1);
        await RunJobAsync();
        Assert.Null((await factory.OccasionRowAsync(o.OccasionId)).RemindedAt);
        factory.Clock.Now = TestClock.Default.AddDays(2);
        Assert.True((await RunJobAsync()).OccasionsReminded >= 1);
        await RunJobAsync();

        var reminder = await factory.Mail.LatestToAsync(yes.Email, atLeast: 2);
        Assert.StartsWith("Påminnelse: Reparasjonskafé / Reminder", reminder.Subject, StringComparison.Ordinal);
        Assert.Contains("Ta med: Det som er ødelagt", reminder.TextBody, StringComparison.Ordinal);
        Assert.NotNull((await factory.OccasionRowAsync(o.OccasionId)).RemindedAt);
        var kinds = await factory.WithDbAsync(db => db.Notices.AsNoTracking().Where(n => n.Kind == "activities.signup.reminder"
            && (n.Recipient == yes.Email || n.Recipient == waiting.Email)).Select(n => n.Recipient).ToListAsync());
        Assert.Equal([yes.Email], kinds);
    }

    [Fact]
    public async Task Cancelling_or_moving_an_occasion_tells_everyone_signed_up_with_a_calendar_file()
    {
        factory.Clock.Now = TestClock.Default;
        var o = await factory.OccasionAsync(capacity: 1);
        var confirmed = await factory.ResidentAsync();
        var waiting = await factory.ResidentAsync();
        await factory.SignUpAsync(o.OccasionId, confirmed.UserId);
        await factory.SignUpAsync(o.OccasionId, waiting.UserId);

        await ChangeAsync(o.OccasionId, OccasionChange.Moved, x =>
        {
            x.PreviousStartUtc = x.StartUtc;
            x.StartUtc = x.StartUtc.AddDays(1);
            x.EndUtc = x.EndUtc.AddDays(1);
            x.Status = OccasionStatus.Moved;
        });
        var moved = await factory.Mail.LatestToAsync(waiting.Email, atLeast: 2);
        Assert.StartsWith("Flyttet: Reparasjonskafé / Moved", moved.Subject, StringComparison.Ordinal);
        Assert.Contains("er flyttet fra", moved.TextBody, StringComparison.Ordinal);
        var ics = SignUpServiceTests.IcsOf(moved);
        Assert.Contains("METHOD:REQUEST", ics, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:1", ics, StringComparison.Ordinal);

        await ChangeAsync(o.OccasionId, OccasionChange.Cancelled, x => x.Status = OccasionStatus.Cancelled);
        foreach (var email in new[] { confirmed.Email, waiting.Email })
        {
            var cancelled = await factory.Mail.LatestToAsync(email, atLeast: 3);
            Assert.StartsWith("Avlyst: Reparasjonskafé / Cancelled", cancelled.Subject, StringComparison.Ordinal);
            Assert.Contains("METHOD:CANCEL", SignUpServiceTests.IcsOf(cancelled), StringComparison.Ordinal);
        }
    }

    /// <summary>Changes the occasion as the core would: in a transaction, Sequence raised, then every listener, then commit.</summary>
    private async Task ChangeAsync(long occasionId, OccasionChange change, Action<ActivityOccasion> apply)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Omigjen.Web.Data.AppDbContext>();
        await using var tx = await db.Database.BeginTransactionAsync();
        var occasion = await db.ActivityOccasions.SingleAsync(x => x.Id == occasionId);
        apply(occasion);
        occasion.Sequence++;
        await db.SaveChangesAsync();
        foreach (var listener in scope.ServiceProvider.GetServices<IOccasionChangeListener>())
            await listener.OccasionChangedAsync(occasion, change, CancellationToken.None);
        await tx.CommitAsync();
        Assert.Contains(await db.Notices.AsNoTracking().Select(n => n.Kind).ToListAsync(), k => k.StartsWith("activities.occasion.", StringComparison.Ordinal));
    }
}

public sealed class SignUpWaitlistTestsOnSqlite(SqliteAppFactory f) : SignUpWaitlistTests(f), IClassFixture<SqliteAppFactory>;

public sealed class SignUpWaitlistTestsOnPostgres(PostgresAppFactory f) : SignUpWaitlistTests(f), IClassFixture<PostgresAppFactory>;
