using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Lending.Bookings;
using Omigjen.Web.Features.Lending.Desk;
using Omigjen.Web.Features.Lending.Waitlist;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Features.Lending.LendingNoticeTestSupport;

namespace Omigjen.Web.Tests.Features.Lending;

/// <summary>The e-mails (with .ics) and SMS that bookings, changes, cancellations, maintenance and the waiting list send.</summary>
public abstract class LendingNoticesTests(AppFactory factory)
{
    // Wednesday 2 December 2026 12:00 is the clock's default; the place is open Monday to Saturday 10–18.
    private static readonly DateTimeOffset SaturdayPickup = LendingTestData.Oslo(2026, 12, 5, 10);
    private static readonly DateTimeOffset MondayReturn = LendingTestData.Oslo(2026, 12, 7, 12);

    [Fact]
    public async Task A_booking_is_confirmed_by_email_with_an_ics_of_the_loan_and_the_staff_is_told()
    {
        factory.Clock.Now = TestClock.Default;
        var place = await factory.LendingPlaceAsync(labels: ["150 cm"]);
        var (userId, email) = await factory.NoticeBorrowerAsync();
        var booking = await factory.BookForNoticesAsync(place.TypeId, userId, SaturdayPickup, MondayReturn, coBorrowerName: "Ola", coBorrowerAge: 9);

        var message = await factory.Mail.LatestWithSubjectAsync(email, "Bestilt:");
        Assert.Contains(booking.Code, message.Subject, StringComparison.Ordinal);
        var text = message.TextBody;
        Assert.Contains("Langrennski, klassisk (150 cm)", text, StringComparison.Ordinal);
        Assert.Contains("Hentes: lørdag 5. desember kl. 10.00", text, StringComparison.Ordinal);
        Assert.Contains("Leveres innen: mandag 7. desember kl. 12.00", text, StringComparison.Ordinal);
        Assert.Contains("Pick up: Saturday 5 December at 10:00", text, StringComparison.Ordinal);
        Assert.Contains("for Ola (9 år)", text, StringComparison.Ordinal);
        Assert.Contains("for Ola (age 9)", text, StringComparison.Ordinal);
        Assert.Contains("Testveien 1, 1384 Asker", text, StringComparison.Ordinal);
        Assert.Contains("Vilkår: Gratis.", text, StringComparison.Ordinal);
        Assert.Contains($"Hentekode: {booking.Code}", text, StringComparison.Ordinal);
        Assert.Equal($"/konto/utlan/{booking.Id}", SmtpTestServer.LinkIn(message, "/konto/utlan/"));

        var (method, calendar) = CalendarIn(message);
        Assert.Equal("REQUEST", method);
        Assert.Equal("REQUEST", calendar.Method);
        var ev = Assert.Single(calendar.Events);
        Assert.Equal($"booking-{booking.Id}@localhost", ev.Uid);
        Assert.Equal(SaturdayPickup.UtcDateTime, ev.Start!.AsUtc);
        Assert.Equal(MondayReturn.UtcDateTime, ev.End!.AsUtc);
        Assert.Equal("CONFIRMED", ev.Status);
        Assert.Contains(booking.Code, ev.Description, StringComparison.Ordinal);
        Assert.Contains("Testveien 1", ev.Location, StringComparison.Ordinal);
        Assert.Equal("mailto:" + email, Assert.Single(ev.Attendees).Value!.ToString(), ignoreCase: true);

        var staff = await factory.Mail.LatestWithSubjectAsync(place.OwnerEmail, "Ny booking:");
        Assert.Contains(booking.Code, staff.TextBody, StringComparison.Ordinal);
        Assert.Contains("lørdag 5. desember kl. 10.00", staff.TextBody, StringComparison.Ordinal);
        Assert.Empty(staff.Attachments);
    }

    [Fact]
    public async Task A_change_sends_a_new_ics_with_the_same_uid_a_higher_sequence_and_the_new_times()
    {
        factory.Clock.Now = TestClock.Default;
        var place = await factory.LendingPlaceAsync(labels: ["150 cm"]);
        var (userId, email) = await factory.NoticeBorrowerAsync();
        var booking = await factory.BookForNoticesAsync(place.TypeId, userId, SaturdayPickup, MondayReturn);
        var first = Assert.Single(CalendarIn(await factory.Mail.LatestWithSubjectAsync(email, "Bestilt:")).Calendar.Events);

        factory.Clock.Now = TestClock.Default.AddMinutes(5);
        var newPickup = LendingTestData.Oslo(2026, 12, 8, 11);
        var newReturn = LendingTestData.Oslo(2026, 12, 10, 17, 30);
        var result = await factory.WithNoticeServiceAsync(s => s.Booking.ChangeAsync(booking.Id, userId, new BookingPeriod(newPickup, newReturn)));
        Assert.Equal(BookingOutcome.Done, result.Outcome);

        var message = await factory.Mail.LatestWithSubjectAsync(email, "Endret:");
        Assert.Contains("Hentes: tirsdag 8. desember kl. 11.00", message.TextBody, StringComparison.Ordinal);
        var (method, calendar) = CalendarIn(message);
        Assert.Equal("REQUEST", method);
        var changed = Assert.Single(calendar.Events);
        Assert.Equal(first.Uid, changed.Uid);
        Assert.True(changed.Sequence > first.Sequence, $"SEQUENCE {changed.Sequence} is not above {first.Sequence}");
        Assert.Equal(newPickup.UtcDateTime, changed.Start!.AsUtc);
        Assert.Equal(newReturn.UtcDateTime, changed.End!.AsUtc);

        var staff = await factory.Mail.LatestWithSubjectAsync(place.OwnerEmail, "Endret booking:");
        Assert.Contains("tirsdag 8. desember kl. 11.00", staff.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_sends_method_cancel_for_the_same_event_and_tells_the_staff()
    {
        factory.Clock.Now = TestClock.Default;
        var place = await factory.LendingPlaceAsync(labels: ["150 cm"]);
        var (userId, email) = await factory.NoticeBorrowerAsync();
        var booking = await factory.BookForNoticesAsync(place.TypeId, userId, SaturdayPickup, MondayReturn);
        var first = Assert.Single(CalendarIn(await factory.Mail.LatestWithSubjectAsync(email, "Bestilt:")).Calendar.Events);

        factory.Clock.Now = TestClock.Default.AddMinutes(1);
        Assert.Equal(BookingOutcome.Done, await factory.WithNoticeServiceAsync(async s => (await s.Booking.CancelAsync(booking.Id, userId)).Outcome));

        var message = await factory.Mail.LatestWithSubjectAsync(email, "Avbestilt:");
        var (method, calendar) = CalendarIn(message);
        Assert.Equal("CANCEL", method);
        Assert.Equal("CANCEL", calendar.Method);
        var cancelled = Assert.Single(calendar.Events);
        Assert.Equal(first.Uid, cancelled.Uid);
        Assert.Equal("CANCELLED", cancelled.Status);
        Assert.True(cancelled.Sequence > first.Sequence);

        var staff = await factory.Mail.LatestWithSubjectAsync(place.OwnerEmail, "Avbestilt:");
        Assert.Contains(booking.Code, staff.TextBody, StringComparison.Ordinal);
        Assert.Contains("ledig igjen", staff.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_sent_to_maintenance_moves_the_booking_to_another_of_the_same_size_and_tells_the_borrower()
    {
        factory.Clock.Now = TestClock.Default;
        var place = await factory.LendingPlaceAsync(labels: ["150 cm", "150 cm"]);
        var (userId, email) = await factory.NoticeBorrowerAsync();
        var booking = await factory.BookForNoticesAsync(place.TypeId, userId, SaturdayPickup, MondayReturn);
        Assert.Equal(place.UnitIds[0], booking.UnitId);

        var result = await factory.WithNoticeServiceAsync(s => s.Desk.SetUnitStateAsync(place.InitiativeId, place.UnitIds[0], LendingUnitState.Maintenance, "Knekt binding"));
        Assert.Equal((DeskOutcome.Done, 1, 0), (result.Outcome, result.Moved, result.Cancelled));
        Assert.Equal(place.UnitIds[1], (await factory.NoticeBookingAsync(booking.Id)).UnitId);

        var message = await factory.Mail.LatestWithSubjectAsync(email, $"Ny enhet for {booking.Code}");
        Assert.Contains("samme størrelse (150 cm)", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("lørdag 5. desember kl. 10.00", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("same size (150 cm)", message.TextBody, StringComparison.Ordinal);
        Assert.Equal($"/konto/utlan/{booking.Id}", SmtpTestServer.LinkIn(message, "/konto/utlan/"));
    }

    [Fact]
    public async Task A_booking_cancelled_for_maintenance_gets_an_email_with_method_cancel_and_an_sms()
    {
        factory.Clock.Now = TestClock.Default;
        var place = await factory.LendingPlaceAsync(labels: ["150 cm"]);
        var (userId, email) = await factory.NoticeBorrowerAsync();
        var phone = RecordingSmsSender.NewNumber();
        var booking = await factory.BookForNoticesAsync(place.TypeId, userId, SaturdayPickup, MondayReturn, phone: phone);

        var result = await factory.WithNoticeServiceAsync(s => s.Desk.SetUnitStateAsync(place.InitiativeId, place.UnitIds[0], LendingUnitState.Maintenance, null));
        Assert.Equal((1, 0), (result.Cancelled, result.Moved));

        var message = await factory.Mail.LatestWithSubjectAsync(email, "Bestillingen er avbestilt:");
        Assert.Contains("vedlikehold", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("maintenance", message.TextBody, StringComparison.Ordinal);
        Assert.Equal($"/utlan/{place.TypeId}", SmtpTestServer.LinkIn(message, "/utlan/"));
        var (method, calendar) = CalendarIn(message);
        Assert.Equal("CANCEL", method);
        Assert.Equal($"booking-{booking.Id}@localhost", Assert.Single(calendar.Events).Uid);

        var sms = Assert.Single(await factory.Sms.ToAsync(phone));
        Assert.Equal("+47" + phone, sms.To);
        Assert.Contains(booking.Code, sms.Text, StringComparison.Ordinal);
        Assert.Contains("vedlikehold", sms.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_freed_unit_is_offered_by_email_and_sms_and_the_lapsed_offer_is_told()
    {
        factory.Clock.Now = TestClock.Default;
        var place = await factory.LendingPlaceAsync(labels: ["150 cm"]);
        var (firstId, _) = await factory.NoticeBorrowerAsync();
        var (waitingId, waitingEmail) = await factory.NoticeBorrowerAsync("venter");
        var phone = "+47 " + RecordingSmsSender.NewNumber();
        var booking = await factory.BookForNoticesAsync(place.TypeId, firstId, SaturdayPickup, MondayReturn);
        var entry = await factory.WithNoticeServiceAsync(s => s.Waitlist.JoinAsync(
            new BookingRequest(place.TypeId, "150 cm", SaturdayPickup, MondayReturn) { Phone = phone }, waitingId));
        Assert.Equal(WaitlistOutcome.Done, entry.Outcome);
        Assert.Empty(factory.Sms.To(phone));

        Assert.Equal(BookingOutcome.Done, await factory.WithNoticeServiceAsync(async s => (await s.Booking.CancelAsync(booking.Id, firstId)).Outcome));

        var offer = await factory.Mail.LatestWithSubjectAsync(waitingEmail, "Ledig fra ventelisten:");
        // Offers last 24 hours: until Thursday 12:00.
        Assert.Contains("torsdag 3. desember kl. 12.00", offer.TextBody, StringComparison.Ordinal);
        Assert.Contains("Thursday 3 December at 12:00", offer.TextBody, StringComparison.Ordinal);
        Assert.Equal("/konto/utlan", SmtpTestServer.LinkIn(offer, "/konto/utlan"));
        Assert.Empty(offer.Attachments);
        var sms = Assert.Single(await factory.Sms.ToAsync(phone));
        Assert.Contains("torsdag 3. desember kl. 12.00", sms.Text, StringComparison.Ordinal);
        Assert.Contains("https://localhost/konto/utlan", sms.Text, StringComparison.Ordinal);

        factory.Clock.Now = TestClock.Default.AddHours(24).AddMinutes(1);
        var run = await factory.RunLendingJobsAsync();
        Assert.True(run.OffersLapsed >= 1);
        var lapsed = await factory.Mail.LatestWithSubjectAsync(waitingEmail, "Tilbudet har gått ut:");
        Assert.Contains("Langrennski, klassisk (150 cm)", lapsed.TextBody, StringComparison.Ordinal);
        Assert.Equal(BookingStatus.Lapsed, Assert.Single(await factory.BookingsOfTypeAsync(place.TypeId), b => b.UserId == waitingId).Status);
    }

    [Fact]
    public async Task Declining_an_offer_sends_nothing_and_an_unusable_phone_number_only_skips_the_sms()
    {
        factory.Clock.Now = TestClock.Default;
        var place = await factory.LendingPlaceAsync(labels: ["150 cm"]);
        var (firstId, _) = await factory.NoticeBorrowerAsync();
        var (waitingId, waitingEmail) = await factory.NoticeBorrowerAsync("venter");
        var booking = await factory.BookForNoticesAsync(place.TypeId, firstId, SaturdayPickup, MondayReturn);
        await factory.WithNoticeServiceAsync(s => s.Waitlist.JoinAsync(
            new BookingRequest(place.TypeId, null, SaturdayPickup, MondayReturn) { Phone = "ring meg" }, waitingId));
        // The tests of a class run one at a time, so the class's recorder sees only this test's messages meanwhile.
        var smsBefore = factory.Sms.Messages.Count;
        await factory.WithNoticeServiceAsync(s => s.Booking.CancelAsync(booking.Id, firstId));
        await factory.Mail.LatestWithSubjectAsync(waitingEmail, "Ledig fra ventelisten:");
        Assert.Equal(smsBefore, factory.Sms.Messages.Count);

        var offer = Assert.Single(await factory.BookingsOfTypeAsync(place.TypeId), b => b.UserId == waitingId);
        var ownerMails = factory.Mail.To(place.OwnerEmail).Count;
        Assert.Equal(BookingOutcome.Done, await factory.WithNoticeServiceAsync(async s => (await s.Booking.CancelAsync(offer.Id, waitingId)).Outcome));
        await Task.Delay(200);
        Assert.Equal(0, factory.Mail.CountTo(waitingEmail, "Avbestilt:"));
        Assert.Equal(ownerMails, factory.Mail.To(place.OwnerEmail).Count);
    }
}

public sealed class LendingNoticesTestsOnSqlite(SqliteAppFactory f) : LendingNoticesTests(f), IClassFixture<SqliteAppFactory>;

public sealed class LendingNoticesTestsOnPostgres(PostgresAppFactory f) : LendingNoticesTests(f), IClassFixture<PostgresAppFactory>;
