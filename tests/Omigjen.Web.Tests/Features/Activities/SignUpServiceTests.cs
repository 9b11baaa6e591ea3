using System.Text;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Omigjen.Web.Features.Activities;
using Omigjen.Web.Features.Activities.SignUps;
using Omigjen.Web.Tests.Features.Reservations;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Activities;

/// <summary>Signing up for an occasion: places, guests, the waiting list, refusals and sign-ups without an account.</summary>
public abstract class SignUpServiceTests(AppFactory factory)
{
    public static string IcsOf(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var part = message.Attachments.OfType<MimePart>().Single(a => (a.FileName ?? "").EndsWith(".ics", StringComparison.Ordinal));
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public async Task A_resident_with_guests_takes_their_places_and_gets_a_confirmation_with_the_calendar_file()
    {
        factory.Clock.Now = TestClock.Default;
        var o = await factory.OccasionAsync(capacity: 5);
        var (userId, email) = await factory.ResidentAsync();

        var result = await factory.SignUpAsync(o.OccasionId, userId, guests: 2);

        Assert.True(result.Succeeded);
        Assert.Equal(SignUpStatus.Confirmed, result.SignUp!.Status);
        Assert.Equal(3, (await factory.OccasionRowAsync(o.OccasionId)).Taken);
        var mail = await factory.Mail.LatestToAsync(email);
        Assert.StartsWith("Påmeldt: Reparasjonskafé / Signed up", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("3 plasser (du og 2 gjester)", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("3 places (you and 2 guests)", mail.TextBody, StringComparison.Ordinal);
        var ics = IcsOf(mail);
        Assert.Contains("METHOD:REQUEST", ics, StringComparison.Ordinal);
        Assert.Contains($"UID:occasion-{o.SeriesId}-", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_full_the_resident_gets_a_waiting_list_position_and_is_told_it()
    {
        factory.Clock.Now = TestClock.Default;
        var o = await factory.OccasionAsync(capacity: 2);
        var first = await factory.ResidentAsync();
        var (userId, email) = await factory.ResidentAsync();
        Assert.Equal(SignUpStatus.Confirmed, (await factory.SignUpAsync(o.OccasionId, first.UserId, guests: 1)).SignUp!.Status);

        var result = await factory.SignUpAsync(o.OccasionId, userId);

        Assert.Equal(SignUpStatus.Waiting, result.SignUp!.Status);
        Assert.Equal(1, result.SignUp.WaitPosition);
        var mail = await factory.Mail.LatestToAsync(email);
        Assert.Contains("Du står som nummer 1 på ventelisten", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("You are number 1 on the waiting list", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(2, (await factory.OccasionRowAsync(o.OccasionId)).Taken);
    }

    [Fact]
    public async Task Refusals_are_clear_for_cancelled_past_too_many_guests_twice_and_unknown()
    {
        factory.Clock.Now = TestClock.Default;
        var o = await factory.OccasionAsync(capacity: 3);
        var (userId, _) = await factory.ResidentAsync();

        Assert.Equal(SignUpError.TooManyGuests, (await factory.SignUpAsync(o.OccasionId, userId, guests: 3)).Error);
        Assert.Equal(SignUpError.UnknownOccasion, (await factory.SignUpAsync(long.MaxValue, userId)).Error);
        Assert.True((await factory.SignUpAsync(o.OccasionId, userId)).Succeeded);
        Assert.Equal(SignUpError.AlreadySignedUp, (await factory.SignUpAsync(o.OccasionId, userId)).Error);

        var past = await factory.OccasionAsync(startsIn: TimeSpan.FromHours(-1));
        Assert.Equal(SignUpError.OccasionPast, (await factory.SignUpAsync(past.OccasionId, userId)).Error);
        var cancelled = await factory.OccasionAsync();
        await factory.WithDbAsync(db => db.ActivityOccasions.Where(x => x.Id == cancelled.OccasionId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, OccasionStatus.Cancelled)));
        Assert.Equal(SignUpError.OccasionCancelled, (await factory.SignUpAsync(cancelled.OccasionId, userId)).Error);

        var (nb, en) = SignUpErrors.Text(SignUpError.TooManyGuests, 3);
        Assert.Equal("Det er bare 3 plasser i alt, så du kan ta med høyst 2 gjester.", nb);
        Assert.Equal("There are only 3 places in all, so you can bring at most 2 guests.", en);
        Assert.Equal(1, (await factory.OccasionRowAsync(o.OccasionId)).Taken);
    }

    [Fact]
    public async Task Volunteers_take_no_places()
    {
        factory.Clock.Now = TestClock.Default;
        var o = await factory.OccasionAsync(capacity: 1);
        var visitor = await factory.ResidentAsync();
        var fixer = await factory.ResidentAsync("fikser");
        Assert.True((await factory.SignUpAsync(o.OccasionId, visitor.UserId)).Succeeded);

        var result = await factory.SignUpAsync(o.OccasionId, fixer.UserId, guests: 4, role: SignUpRole.Fixer);

        Assert.Equal(SignUpStatus.Confirmed, result.SignUp!.Status);
        Assert.Equal(0, result.SignUp.Guests);
        Assert.Equal(1, (await factory.OccasionRowAsync(o.OccasionId)).Taken);
        Assert.Contains("som fikser", (await factory.Mail.LatestToAsync(fixer.Email)).TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_account_the_sign_up_holds_nothing_until_the_link_is_followed()
    {
        factory.Clock.Now = TestClock.Default;
        var o = await factory.OccasionAsync(capacity: 4);
        var email = ReservationTestData.NewEmail("uten-konto");

        var result = await factory.WithSignUpsAsync((s, _) => s.SignUpAsync(new SignUpRequest(o.OccasionId, null, "Kari Nordmann", " " + email.ToUpperInvariant(), 1)));
        Assert.Equal(SignUpStatus.Unconfirmed, result.SignUp!.Status);
        Assert.Equal(email, result.SignUp.Email);
        Assert.Equal(0, (await factory.OccasionRowAsync(o.OccasionId)).Taken);
        Assert.Equal(SignUpError.NameAndEmailRequired,
            (await factory.WithSignUpsAsync((s, _) => s.SignUpAsync(new SignUpRequest(o.OccasionId, null, "Kari", "ikke-en-adresse")))).Error);

        var mail = await factory.Mail.LatestToAsync(email);
        Assert.StartsWith("Bekreft påmeldingen", mail.Subject, StringComparison.Ordinal);
        var link = SmtpTestServer.LinkIn(mail, "/aktiviteter/pamelding/lenke/");
        var token = Uri.UnescapeDataString(link.Split('/')[^1]);
        var row = Assert.Single(await factory.SignUpsAsync(o.OccasionId));
        Assert.Equal(SignUpTokens.Hash(token), row.TokenHash);
        Assert.DoesNotContain(token, row.TokenHash!, StringComparison.Ordinal);

        var confirmed = await factory.WithSignUpsAsync((s, _) => s.ConfirmAsync(token));
        Assert.Equal(SignUpStatus.Confirmed, confirmed.SignUp!.Status);
        Assert.Equal(2, (await factory.OccasionRowAsync(o.OccasionId)).Taken);
        Assert.Equal(SignUpError.UnknownSignUp, (await factory.WithSignUpsAsync((s, _) => s.ConfirmAsync("feil"))).Error);
        var confirmation = await factory.Mail.LatestToAsync(email, atLeast: 2);
        Assert.StartsWith("Påmeldt", confirmation.Subject, StringComparison.Ordinal);
        Assert.Contains("METHOD:REQUEST", IcsOf(confirmation), StringComparison.Ordinal);
    }
}

public sealed class SignUpServiceTestsOnSqlite(SqliteAppFactory f) : SignUpServiceTests(f), IClassFixture<SqliteAppFactory>;

public sealed class SignUpServiceTestsOnPostgres(PostgresAppFactory f) : SignUpServiceTests(f), IClassFixture<PostgresAppFactory>;
