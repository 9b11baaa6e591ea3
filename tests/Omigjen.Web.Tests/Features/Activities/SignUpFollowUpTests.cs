using System.Net;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Activities;
using Omigjen.Web.Features.Activities.SignUps.Notices;
using Omigjen.Web.Tests.Features.Items;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Features.Activities.ActivityTestData;

namespace Omigjen.Web.Tests.Features.Activities;

/// <summary>What follows for the people signed up when a whole series changes, and when an account is deleted.</summary>
public abstract class SignUpFollowUpTests(AppFactory factory)
{
    private Task<List<string>> NoticesAsync(string kind, string to) =>
        factory.WithDbAsync(db => db.Notices.AsNoTracking().Where(n => n.Kind == kind && n.Recipient == to).Select(n => n.Recipient).ToListAsync());

    [Fact]
    public async Task A_new_time_or_a_cancelled_series_tells_each_person_once_per_coming_occasion_they_signed_up_for()
    {
        factory.Clock.Now = TestClock.Default;
        var (initiativeId, _) = await factory.NewInitiativeAsync();
        var series = await factory.CreateSeriesAsync(initiativeId);
        var occasions = await factory.OccasionsAsync(series.Id);
        var a = await factory.ResidentAsync("serie-a");
        var b = await factory.ResidentAsync("serie-b");
        await factory.SignUpAsync(occasions[0].Id, a.UserId, guests: 1);
        await factory.SignUpAsync(occasions[0].Id, b.UserId);
        await factory.SignUpAsync(occasions[1].Id, b.UserId);
        // The same person also signed up without the account, under the same address.
        await factory.WithDbAsync(db =>
        {
            var now = factory.Clock.Now.UtcDateTime;
            db.ActivitySignUps.Add(new ActivitySignUp { OccasionId = occasions[0].Id, Email = a.Email, Name = "A", Status = SignUpStatus.Confirmed, CreatedAt = now, UpdatedAt = now });
            return db.SaveChangesAsync();
        });
        await factory.Mail.LatestToAsync(a.Email);
        await factory.Mail.LatestToAsync(b.Email, atLeast: 2);

        await using (var act = factory.Activities())
        {
            var later = Thursdays(title: "Reparasjonskafé på kvelden") with
            {
                StartLocal = new DateTime(2027, 1, 7, 18, 0, 0),
                EndLocal = new DateTime(2027, 1, 7, 21, 0, 0),
            };
            Assert.Empty((await act.Series.UpdateAsync(initiativeId, series.Id, later)).Errors);
        }
        Assert.Single(await NoticesAsync(OccasionChangedNotice.Name, a.Email));
        Assert.Equal(2, (await NoticesAsync(OccasionChangedNotice.Name, b.Email)).Count);
        var changed = await factory.Mail.LatestToAsync(a.Email, atLeast: 2);
        Assert.StartsWith("Endret: Reparasjonskafé på kvelden / Changed", changed.Subject, StringComparison.Ordinal);
        var ics = SignUpServiceTests.IcsOf(changed);
        Assert.Contains("DTSTART;TZID=Europe/Oslo:20270107T180000", ics, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:1", ics, StringComparison.Ordinal);

        await using (var act = factory.Activities())
            Assert.True(await act.Series.CancelAsync(initiativeId, series.Id));
        Assert.Single(await NoticesAsync(OccasionCancelledNotice.Name, a.Email));
        Assert.Equal(2, (await NoticesAsync(OccasionCancelledNotice.Name, b.Email)).Count);
        await factory.Mail.LatestToAsync(b.Email, atLeast: 6);
        var cancelled = factory.Mail.To(b.Email).Where(m => (m.Subject ?? "").StartsWith("Avlyst: Reparasjonskafé på kvelden / Cancelled", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, cancelled.Count);
        Assert.All(cancelled, m => Assert.Contains("METHOD:CANCEL", SignUpServiceTests.IcsOf(m), StringComparison.Ordinal));
        Assert.StartsWith("Avlyst:", (await factory.Mail.LatestToAsync(a.Email, atLeast: 3)).Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_an_account_cancels_its_sign_ups_gives_the_places_back_and_offers_them_to_the_first_in_line()
    {
        factory.Clock.Now = TestClock.Default;
        var o = await factory.OccasionAsync(capacity: 2);
        var leaving = await factory.ResidentAsync("slett");
        var waiting = await factory.ResidentAsync("venter");
        Assert.Equal(SignUpStatus.Confirmed, (await factory.SignUpAsync(o.OccasionId, leaving.UserId, guests: 1)).SignUp!.Status);
        Assert.Equal(SignUpStatus.Waiting, (await factory.SignUpAsync(o.OccasionId, waiting.UserId)).SignUp!.Status);
        Assert.StartsWith("På venteliste", (await factory.Mail.LatestToAsync(waiting.Email)).Subject, StringComparison.Ordinal);

        var client = await factory.SignedInClientAsync(leaving.Email);
        using var delete = await client.SubmitAsync("/konto", PortalTestData.Form(("ConfirmPassword", TestUsers.Password)), "form[action*=delete]");
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);

        var rows = await factory.SignUpsAsync(o.OccasionId);
        Assert.Equal((SignUpStatus.Cancelled, (string?)null, (string?)null, (string?)PersonalData.DeletedUser), (rows[0].Status, rows[0].UserId, rows[0].Email, rows[0].Name));
        Assert.Equal(SignUpStatus.Offered, rows[1].Status);
        Assert.Equal(1, (await factory.OccasionRowAsync(o.OccasionId)).Taken);
        Assert.StartsWith("Ledig plass", (await factory.Mail.LatestToAsync(waiting.Email, atLeast: 2)).Subject, StringComparison.Ordinal);
    }
}

public sealed class SignUpFollowUpTestsOnSqlite(SqliteAppFactory f) : SignUpFollowUpTests(f), IClassFixture<SqliteAppFactory>;

public sealed class SignUpFollowUpTestsOnPostgres(PostgresAppFactory f) : SignUpFollowUpTests(f), IClassFixture<PostgresAppFactory>;
