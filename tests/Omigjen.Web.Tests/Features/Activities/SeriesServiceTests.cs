using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.Activities;
using Omigjen.Web.Features.Activities.Occasions;
using Omigjen.Web.Tests.Features.Items;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Features.Activities.ActivityTestData;

namespace Omigjen.Web.Tests.Features.Activities;

/// <summary>Series stored as occasions over the horizon, kept in line when the series changes, with the listeners told.</summary>
public abstract class SeriesServiceTests(AppFactory factory)
{
    private async Task SignUpAsync(long occasionId, int places = 1) => await factory.WithDbAsync(async db =>
    {
        var now = factory.Clock.Now.UtcDateTime;
        db.ActivitySignUps.Add(new ActivitySignUp { OccasionId = occasionId, Email = "a@test", Name = "A", Guests = places - 1, Status = SignUpStatus.Confirmed, CreatedAt = now, UpdatedAt = now });
        await db.ActivityOccasions.Where(o => o.Id == occasionId).ExecuteUpdateAsync(s => s.SetProperty(o => o.Taken, o => o.Taken + places));
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task A_weekly_series_is_stored_for_thirteen_months_at_the_same_local_time_across_daylight_saving()
    {
        var (initiativeId, _) = await factory.NewInitiativeAsync();
        var series = await factory.CreateSeriesAsync(initiativeId);
        var occasions = await factory.OccasionsAsync(series.Id);

        // From 7 January 2027 to the horizon (2 January 2028, 13 months after the test clock's 2 December 2026).
        Assert.Equal(52, occasions.Count);
        Assert.Equal(Utc(2027, 1, 7, 16), occasions[0].StartUtc);
        Assert.Equal(Utc(2027, 3, 25, 16), occasions.Single(o => o.StartUtc.Date == new DateTime(2027, 3, 25)).StartUtc);
        Assert.Equal(Utc(2027, 4, 1, 15), occasions.Single(o => o.StartUtc.Date == new DateTime(2027, 4, 1)).StartUtc);
        Assert.All(occasions, o =>
        {
            Assert.Equal((20, 0, OccasionStatus.Scheduled, 0), (o.Capacity!.Value, o.Taken, o.Status, o.Sequence));
            Assert.Equal(o.StartUtc, o.OriginalStartUtc);
            Assert.Equal(TimeSpan.FromHours(3), o.EndUtc - o.StartUtc);
            Assert.Equal((series.Latitude, series.Longitude, true, initiativeId), (o.Latitude, o.Longitude, o.IsFree, o.InitiativeId));
        });
        Assert.Equal((SearchTestData.AskerSentrum.Lat, SearchTestData.AskerSentrum.Lon), (series.Latitude, series.Longitude));
    }

    [Fact]
    public async Task Changing_the_series_keeps_occasions_with_sign_ups_raises_sequence_and_cancels_what_no_longer_occurs()
    {
        var (initiativeId, _) = await factory.NewInitiativeAsync();
        var series = await factory.CreateSeriesAsync(initiativeId);
        var before = await factory.OccasionsAsync(series.Id);
        var signedUp = before[1]; // 14 January
        var empty = before[3]; // 28 January
        await SignUpAsync(signedUp.Id, 3);

        // Every other week: 14 and 28 January drop out; 7 and 21 January stay.
        await using var a = factory.Activities();
        var result = await a.Series.UpdateAsync(initiativeId, series.Id, Thursdays(title: "Reparasjonskafé i biblioteket", rule: "FREQ=WEEKLY;INTERVAL=2"));
        Assert.Empty(result.Errors);
        var after = await factory.OccasionsAsync(series.Id);

        Assert.DoesNotContain(after, o => o.Id == empty.Id);
        var kept = after.Single(o => o.Id == signedUp.Id);
        Assert.Equal((OccasionStatus.Cancelled, 1, 3), (kept.Status, kept.Sequence, kept.Taken));
        var first = after.Single(o => o.Id == before[0].Id);
        Assert.Equal((OccasionStatus.Scheduled, 1), (first.Status, first.Sequence)); // the title changed
        Assert.Equal(Utc(2027, 2, 4, 16), after.Single(o => o.Id == before[4].Id).StartUtc);
        Assert.Contains((signedUp.Id, OccasionChange.Cancelled, 1), a.Listener.Calls);
        Assert.Contains((first.Id, OccasionChange.Changed, 1), a.Listener.Calls);
        Assert.DoesNotContain(a.Listener.Calls, c => c.OccasionId == empty.Id);
    }

    [Fact]
    public async Task A_new_time_of_day_keeps_each_occasion_by_its_date()
    {
        var (initiativeId, _) = await factory.NewInitiativeAsync();
        var series = await factory.CreateSeriesAsync(initiativeId);
        var before = await factory.OccasionsAsync(series.Id);
        await SignUpAsync(before[0].Id);

        await using var a = factory.Activities();
        var later = Thursdays() with { StartLocal = new DateTime(2027, 1, 7, 18, 0, 0), EndLocal = new DateTime(2027, 1, 7, 21, 0, 0) };
        Assert.Empty((await a.Series.UpdateAsync(initiativeId, series.Id, later)).Errors);
        var after = await factory.OccasionsAsync(series.Id);

        Assert.Equal(before.Select(o => o.Id), after.Select(o => o.Id));
        Assert.Equal((Utc(2027, 1, 7, 17), before[0].OriginalStartUtc, 1, OccasionStatus.Scheduled, 1),
            (after[0].StartUtc, after[0].OriginalStartUtc, after[0].Taken, after[0].Status, after[0].Sequence));
        Assert.Equal(Utc(2027, 4, 1, 16), after.Single(o => o.StartUtc.Date == new DateTime(2027, 4, 1)).StartUtc);
    }

    [Fact]
    public async Task Capacity_cannot_go_below_the_places_taken_on_a_coming_occasion()
    {
        var (initiativeId, _) = await factory.NewInitiativeAsync();
        var series = await factory.CreateSeriesAsync(initiativeId);
        var occasions = await factory.OccasionsAsync(series.Id);
        await SignUpAsync(occasions[5].Id, 6);

        await using var a = factory.Activities();
        var refused = await a.Series.UpdateAsync(initiativeId, series.Id, Thursdays(capacity: 5));
        var error = Assert.Single(refused.Errors);
        Assert.Equal("Capacity", error.Field);
        Assert.Contains("6 plasser er allerede tatt", error.Nb, StringComparison.Ordinal);
        Assert.Contains("6 places are already taken", error.En, StringComparison.Ordinal);
        Assert.All(await factory.OccasionsAsync(series.Id), o => Assert.Equal(20, o.Capacity));

        Assert.Empty((await a.Series.UpdateAsync(initiativeId, series.Id, Thursdays(capacity: 6))).Errors);
        Assert.All(await factory.OccasionsAsync(series.Id), o => Assert.Equal(6, o.Capacity));
    }

    [Fact]
    public async Task Cancel_and_move_one_occasion_then_cancel_the_series()
    {
        var (initiativeId, _) = await factory.NewInitiativeAsync();
        var series = await factory.CreateSeriesAsync(initiativeId);
        var occasions = await factory.OccasionsAsync(series.Id);
        var (first, second) = (occasions[0], occasions[1]);
        await SignUpAsync(occasions[3].Id);
        await using var a = factory.Activities();

        Assert.Equal(OccasionEditOutcome.Done, await a.Occasions.CancelAsync(initiativeId, first.Id));
        Assert.Equal(OccasionEditOutcome.AlreadyCancelled, await a.Occasions.CancelAsync(initiativeId, first.Id));
        Assert.Equal(OccasionEditOutcome.NotFound, await a.Occasions.CancelAsync(initiativeId + 1000, second.Id));
        Assert.Equal(OccasionEditOutcome.TimeDoesNotExist, await a.Occasions.MoveAsync(initiativeId, second.Id, new DateTime(2027, 3, 28, 2, 30, 0)));
        Assert.Equal(OccasionEditOutcome.Done, await a.Occasions.MoveAsync(initiativeId, second.Id, new DateTime(2027, 1, 15, 18, 0, 0)));

        var moved = (await factory.OccasionsAsync(series.Id)).Single(o => o.Id == second.Id);
        Assert.Equal((OccasionStatus.Moved, 1, Utc(2027, 1, 15, 17), Utc(2027, 1, 15, 20), second.StartUtc, second.OriginalStartUtc),
            (moved.Status, moved.Sequence, moved.StartUtc, moved.EndUtc, moved.PreviousStartUtc, moved.OriginalStartUtc));
        Assert.Equal([(first.Id, OccasionChange.Cancelled, 1), (second.Id, OccasionChange.Moved, 1)], a.Listener.Calls);

        // Saving the series again keeps the move and the cancellation.
        Assert.Empty((await a.Series.UpdateAsync(initiativeId, series.Id, Thursdays())).Errors);
        var again = await factory.OccasionsAsync(series.Id);
        Assert.Equal((OccasionStatus.Moved, Utc(2027, 1, 15, 17)), (again[1].Status, again[1].StartUtc));
        Assert.Equal(OccasionStatus.Cancelled, again[0].Status);

        a.Listener.Calls.Clear();
        Assert.True(await a.Series.CancelAsync(initiativeId, series.Id));
        var cancelled = await factory.OccasionsAsync(series.Id);
        Assert.All(cancelled, o => Assert.Equal(OccasionStatus.Cancelled, o.Status));
        Assert.Equal(occasions.Count, cancelled.Count);
        Assert.Equal(occasions.Count - 1, a.Listener.Calls.Count(c => c.Change == OccasionChange.Cancelled));
        Assert.True((await factory.WithDbAsync(db => db.ActivitySeries.SingleAsync(s => s.Id == series.Id))).Cancelled);
    }

    [Fact]
    public async Task The_daily_job_adds_the_occasions_that_came_inside_the_horizon()
    {
        var (initiativeId, _) = await factory.NewInitiativeAsync();
        var series = await factory.CreateSeriesAsync(initiativeId);
        var count = (await factory.OccasionsAsync(series.Id)).Count;
        var was = factory.Clock.Now;
        try
        {
            factory.Clock.Now = was.AddDays(14);
            await using var a = factory.Activities();
            var version = factory.Services.GetRequiredService<ActivityDataVersion>();
            var before = version.Current;
            await a.Series.ExtendHorizonAsync();
            var after = await factory.OccasionsAsync(series.Id);
            Assert.Equal(count + 2, after.Count);
            Assert.Equal(Utc(2028, 1, 13, 16), after[^1].StartUtc);
            // The feeds are rebuilt once after the run, not once per series; a run that adds nothing leaves them.
            Assert.Equal(before + 1, version.Current);
            await a.Series.ExtendHorizonAsync();
            Assert.Equal(count + 2, (await factory.OccasionsAsync(series.Id)).Count);
            Assert.Equal(before + 1, version.Current);
        }
        finally
        {
            factory.Clock.Now = was;
        }
    }
}

public sealed class SeriesServiceTestsOnSqlite(SqliteAppFactory f) : SeriesServiceTests(f), IClassFixture<SqliteAppFactory>;

public sealed class SeriesServiceTestsOnPostgres(PostgresAppFactory f) : SeriesServiceTests(f), IClassFixture<PostgresAppFactory>;
