using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Lending.Notices;
using Omigjen.Web.Infrastructure.Outbox;
using Omigjen.Web.Tests.Features.Reservations;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Features.Lending.LendingNoticeTestSupport;

namespace Omigjen.Web.Tests.Features.Lending;

/// <summary>
/// A booking's notices through the outbox across a crash: the fixture's own instance does not send; the test starts a
/// node that books without sending, drops it, and starts another on the same database, SMTP server and clock that sends.
/// </summary>
public abstract class LendingOutboxTests(AppFactory factory)
{
    private WebApplicationFactory<Program> Node(bool sending) =>
        factory.WithWebHostBuilder(b => b.UseSetting("Notices:SenderEnabled", sending ? "true" : "false"));

    private static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> node, string email)
    {
        var client = node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        using var response = await client.SubmitAsync("/konto/logg-inn", new Dictionary<string, string> { ["Email"] = email, ["Password"] = TestUsers.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private Task<List<Notice>> NoticesToAsync(params string[] recipients) =>
        factory.WithDbAsync(db => db.Notices.AsNoTracking().Where(n => recipients.Contains(n.Recipient)).OrderBy(n => n.Id).ToListAsync());

    [Fact]
    public async Task A_booking_committed_just_before_a_crash_is_mailed_with_its_ics_after_the_restart_exactly_once()
    {
        factory.Clock.Now = TestClock.Default;
        var place = await factory.LendingPlaceAsync(labels: ["150 cm"]);
        var email = ReservationTestData.NewEmail("krasj-utlaan");
        await factory.CreateAsync(email);

        int bookingId;
        await using (var first = Node(sending: false))
        {
            var client = await SignedInAsync(first, email);
            using var response = await client.BookAsync(place.TypeId, "150 cm", new(2026, 12, 5), new(2026, 12, 7), "10:00", "12:00");
            bookingId = BookingTestSupport.BookingIdIn(response);
        } // the node is gone: the booking was committed with its notices, nothing was sent
        var booking = await factory.BookingRowAsync(bookingId);
        Assert.Equal(BookingStatus.Booked, booking.Status);
        var pending = await NoticesToAsync(email, place.OwnerEmail);
        Assert.Equal([(BookedNotice.Name, email), (BookedForStaffNotice.Name, place.OwnerEmail)], pending.Select(n => (n.Kind, n.Recipient)));
        Assert.All(pending, n => Assert.Null(n.SentAt));
        Assert.Contains(booking.Code, pending[0].Data, StringComparison.Ordinal);
        Assert.Empty(factory.Mail.To(email));
        Assert.Empty(factory.Mail.To(place.OwnerEmail));

        // The restart comes ten minutes later; the .ics still says what it would have said at the booking.
        factory.Clock.Now = TestClock.Default.AddMinutes(10);
        try
        {
            await using var second = Node(sending: true);
            var sender = second.Services.GetRequiredService<NoticeSender>();
            var mail = await factory.Mail.LatestToAsync(email);
            Assert.Contains(booking.Code, mail.Subject, StringComparison.Ordinal);
            Assert.Contains($"Hentekode: {booking.Code}", mail.TextBody, StringComparison.Ordinal);
            var (method, calendar) = CalendarIn(mail);
            Assert.Equal("REQUEST", method);
            var ev = Assert.Single(calendar.Events);
            Assert.Equal($"booking-{bookingId}@localhost", ev.Uid);
            Assert.Equal(0, ev.Sequence);
            Assert.Equal(TestClock.Default.UtcDateTime, ev.DtStamp!.AsUtc);
            Assert.Equal(LendingTestData.Oslo(2026, 12, 5, 10).UtcDateTime, ev.Start!.AsUtc);
            Assert.Equal(LendingTestData.Oslo(2026, 12, 7, 12).UtcDateTime, ev.End!.AsUtc);
            Assert.Contains(booking.Code, (await factory.Mail.LatestToAsync(place.OwnerEmail)).TextBody, StringComparison.Ordinal);
            for (var i = 0; i < 100 && (await NoticesToAsync(email, place.OwnerEmail)).Any(n => n.SentAt is null); i++)
                await Task.Delay(50);
            Assert.Equal(0, await sender.SendDueAsync()); // nothing is left to send
        }
        finally
        {
            factory.Clock.Now = TestClock.Default;
        }
        Assert.Single(factory.Mail.To(email));
        Assert.Single(factory.Mail.To(place.OwnerEmail));
        var sent = await NoticesToAsync(email, place.OwnerEmail);
        Assert.All(sent, n => Assert.Equal((1, "{}"), (n.Attempts, n.Data)));
    }
}

public sealed class LendingOutboxTestsOnSqlite(OutboxSqliteFactory f) : LendingOutboxTests(f), IClassFixture<OutboxSqliteFactory>;

public sealed class LendingOutboxTestsOnPostgres(OutboxPostgresFactory f) : LendingOutboxTests(f), IClassFixture<OutboxPostgresFactory>;
