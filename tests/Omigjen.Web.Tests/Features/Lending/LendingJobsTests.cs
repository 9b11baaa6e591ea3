using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Lending.Desk;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Features.Lending.LendingNoticeTestSupport;

namespace Omigjen.Web.Tests.Features.Lending;

/// <summary>The lending job: reminders the day before pickup and return (from 12:00), overdue notices, each sent once.</summary>
public abstract class LendingJobsTests(AppFactory factory)
{
    private static readonly DateTimeOffset SaturdayPickup = LendingTestData.Oslo(2026, 12, 5, 10);
    private static readonly DateTimeOffset MondayReturn = LendingTestData.Oslo(2026, 12, 7, 12);

    [Fact]
    public async Task The_pickup_reminder_goes_out_from_noon_the_day_before_by_email_and_sms_and_only_once()
    {
        factory.Clock.Now = TestClock.Default;
        var place = await factory.LendingPlaceAsync(labels: ["150 cm"]);
        var (userId, email) = await factory.NoticeBorrowerAsync();
        var phone = RecordingSmsSender.NewNumber();
        var booking = await factory.BookForNoticesAsync(place.TypeId, userId, SaturdayPickup, MondayReturn, phone: phone);

        factory.Clock.Now = LendingTestData.Oslo(2026, 12, 4, 11, 59);
        await factory.RunLendingJobsAsync();
        Assert.Null((await factory.NoticeBookingAsync(booking.Id)).PickupReminderSentAt);
        Assert.Equal(0, factory.Mail.CountTo(email, "Påminnelse:"));
        Assert.Empty(factory.Sms.To(phone));

        factory.Clock.Now = LendingTestData.Oslo(2026, 12, 4, 12, 0);
        var run = await factory.RunLendingJobsAsync();
        Assert.True(run.PickupReminders >= 1);
        var reminder = await factory.Mail.LatestWithSubjectAsync(email, "Påminnelse: hent");
        Assert.Contains("lørdag 5. desember kl. 10.00", reminder.TextBody, StringComparison.Ordinal);
        Assert.Contains(booking.Code, reminder.TextBody, StringComparison.Ordinal);
        var sms = Assert.Single(await factory.Sms.ToAsync(phone));
        Assert.Contains(booking.Code, sms.Text, StringComparison.Ordinal);
        Assert.Contains("lørdag 5. desember kl. 10.00", sms.Text, StringComparison.Ordinal);
        Assert.Equal(LendingTestData.Oslo(2026, 12, 4, 12, 0).UtcDateTime, Utc((await factory.NoticeBookingAsync(booking.Id)).PickupReminderSentAt!.Value));

        factory.Clock.Now = LendingTestData.Oslo(2026, 12, 4, 18, 0);
        await factory.RunLendingJobsAsync();
        await Task.Delay(200);
        Assert.Equal(1, factory.Mail.CountTo(email, "Påminnelse:"));
        Assert.Single(factory.Sms.To(phone));
    }

    [Fact]
    public async Task No_pickup_reminder_after_the_pickup_nor_for_a_booking_made_after_the_reminder_time()
    {
        factory.Clock.Now = TestClock.Default;
        var place = await factory.LendingPlaceAsync(labels: ["150 cm", "160 cm"]);
        var (userId, email) = await factory.NoticeBorrowerAsync();
        var missed = await factory.BookForNoticesAsync(place.TypeId, userId, SaturdayPickup, MondayReturn, label: "150 cm");

        // The job did not run between Friday noon and the pickup: the pickup has passed, so no reminder any more.
        factory.Clock.Now = LendingTestData.Oslo(2026, 12, 5, 10, 30);
        await factory.RunLendingJobsAsync();
        Assert.Null((await factory.NoticeBookingAsync(missed.Id)).PickupReminderSentAt);

        // Sunday 13:00: booked for Monday after the reminder's time (Sunday 12:00); the confirmation has just told the borrower.
        factory.Clock.Now = LendingTestData.Oslo(2026, 12, 6, 13, 0);
        var late = await factory.BookForNoticesAsync(place.TypeId, userId, LendingTestData.Oslo(2026, 12, 7, 10), LendingTestData.Oslo(2026, 12, 8, 12), label: "160 cm");
        factory.Clock.Now = LendingTestData.Oslo(2026, 12, 6, 13, 5);
        await factory.RunLendingJobsAsync();
        await Task.Delay(200);

        Assert.Equal(0, factory.Mail.CountTo(email, "Påminnelse:"));
        // Claimed without a message, so no later run sends it either.
        Assert.NotNull((await factory.NoticeBookingAsync(late.Id)).PickupReminderSentAt);
    }

    [Fact]
    public async Task The_return_reminder_comes_the_day_before_and_an_overdue_loan_is_told_once_to_the_borrower_and_the_staff()
    {
        factory.Clock.Now = TestClock.Default;
        var place = await factory.LendingPlaceAsync(labels: ["150 cm"]);
        var (userId, email) = await factory.NoticeBorrowerAsync();
        var phone = RecordingSmsSender.NewNumber();
        var booking = await factory.BookForNoticesAsync(place.TypeId, userId, SaturdayPickup, MondayReturn, phone: phone);
        factory.Clock.Now = LendingTestData.Oslo(2026, 12, 5, 10, 5);
        var outcome = (await factory.WithNoticeServiceAsync(s => s.Desk.CheckOutAsync(place.InitiativeId, booking.Code, LendingServices.Staff))).Outcome;
        Assert.Equal(DeskOutcome.Done, outcome);

        factory.Clock.Now = LendingTestData.Oslo(2026, 12, 6, 11, 59);
        await factory.RunLendingJobsAsync();
        Assert.Equal(0, factory.Mail.CountTo(email, "Påminnelse: lever"));
        Assert.Empty(factory.Sms.To(phone));

        factory.Clock.Now = LendingTestData.Oslo(2026, 12, 6, 12, 0);
        var run = await factory.RunLendingJobsAsync();
        Assert.True(run.ReturnReminders >= 1);
        var reminder = await factory.Mail.LatestWithSubjectAsync(email, "Påminnelse: lever");
        Assert.Contains("innen mandag 7. desember kl. 12.00", reminder.TextBody, StringComparison.Ordinal);
        Assert.Contains("mandag 7. desember kl. 12.00", Assert.Single(await factory.Sms.ToAsync(phone)).Text, StringComparison.Ordinal);
        await factory.RunLendingJobsAsync();
        await Task.Delay(200);
        Assert.Equal(1, factory.Mail.CountTo(email, "Påminnelse: lever"));

        // Monday 12:00 is the deadline itself; a minute later the loan is overdue.
        factory.Clock.Now = LendingTestData.Oslo(2026, 12, 7, 11, 59);
        Assert.Equal(0, (await factory.RunLendingJobsAsync()).OverdueNotices);
        factory.Clock.Now = LendingTestData.Oslo(2026, 12, 7, 12, 1);
        run = await factory.RunLendingJobsAsync();
        Assert.True(run.OverdueNotices >= 1);
        var overdue = await factory.Mail.LatestWithSubjectAsync(email, "Ikke levert:");
        Assert.Contains("mandag 7. desember kl. 12.00", overdue.TextBody, StringComparison.Ordinal);
        var staff = await factory.Mail.LatestWithSubjectAsync(place.OwnerEmail, "Ikke levert:");
        Assert.Contains(booking.Code, staff.TextBody, StringComparison.Ordinal);
        Assert.Contains(email, staff.TextBody, StringComparison.Ordinal);
        Assert.Equal($"/portal/{place.Slug}/utlan/utlant", SmtpTestServer.LinkIn(staff, "/portal/"));
        Assert.Equal(2, (await factory.Sms.ToAsync(phone, 2)).Count);
        Assert.Contains("skulle vært levert", factory.Sms.To(phone)[^1].Text, StringComparison.Ordinal);

        factory.Clock.Now = LendingTestData.Oslo(2026, 12, 8, 12, 0);
        await factory.RunLendingJobsAsync();
        await Task.Delay(200);
        Assert.Equal(1, factory.Mail.CountTo(email, "Ikke levert:"));
        Assert.Equal(1, factory.Mail.CountTo(place.OwnerEmail, "Ikke levert:"));
        Assert.Equal(2, factory.Sms.To(phone).Count);
        Assert.NotNull((await factory.NoticeBookingAsync(booking.Id)).OverdueNoticeSentAt);
    }

    [Fact]
    public async Task A_walk_in_with_a_phone_number_gets_the_return_reminder_and_overdue_notice_by_sms()
    {
        factory.Clock.Now = TestClock.Default;
        var place = await factory.LendingPlaceAsync(labels: ["150 cm"]);
        var phone = RecordingSmsSender.NewNumber();
        var spaced = $"{phone[..3]} {phone[3..5]} {phone[5..]}";
        var result = await factory.WithNoticeServiceAsync(s => s.Desk.WalkInAsync(place.InitiativeId, place.UnitIds[0], "Kari Nordmann", spaced,
            LendingTestData.Oslo(2026, 12, 4, 12, 0), LendingServices.Staff));
        Assert.Equal(DeskOutcome.Done, result.Outcome);

        factory.Clock.Now = LendingTestData.Oslo(2026, 12, 3, 12, 30);
        await factory.RunLendingJobsAsync();
        var reminder = Assert.Single(await factory.Sms.ToAsync(phone));
        Assert.Equal("+47" + phone, reminder.To);
        Assert.Contains("fredag 4. desember kl. 12.00", reminder.Text, StringComparison.Ordinal);

        factory.Clock.Now = LendingTestData.Oslo(2026, 12, 4, 12, 1);
        await factory.RunLendingJobsAsync();
        await factory.RunLendingJobsAsync();
        Assert.Equal(2, (await factory.Sms.ToAsync(phone, 2)).Count);
        Assert.Contains("skulle vært levert", factory.Sms.To(phone)[^1].Text, StringComparison.Ordinal);
        var staff = await factory.Mail.LatestWithSubjectAsync(place.OwnerEmail, "Ikke levert:");
        Assert.Contains("Kari", staff.TextBody, StringComparison.Ordinal);
        Assert.Contains(spaced, staff.TextBody, StringComparison.Ordinal);
    }
}

public sealed class LendingJobsTestsOnSqlite(SqliteAppFactory f) : LendingJobsTests(f), IClassFixture<SqliteAppFactory>;

public sealed class LendingJobsTestsOnPostgres(PostgresAppFactory f) : LendingJobsTests(f), IClassFixture<PostgresAppFactory>;

/// <summary>When a reminder is due: 12:00 local time the day before, across the clock changes too.</summary>
public sealed class LendingReminderTimeTests
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    [Theory]
    // Saturday 10:00 in winter: Friday 12:00 (UTC+1).
    [InlineData("2026-12-05T09:00:00Z", "2026-12-04T11:00:00Z")]
    // Just after midnight on Saturday (local): still Friday 12:00.
    [InlineData("2026-12-04T23:30:00Z", "2026-12-04T11:00:00Z")]
    // Monday 30 March 2026, after the change to summer time on Sunday: Sunday 12:00 is UTC+2.
    [InlineData("2026-03-30T08:00:00Z", "2026-03-29T10:00:00Z")]
    // Monday 26 October 2026, after the change back on Sunday: Sunday 12:00 is UTC+1.
    [InlineData("2026-10-26T09:00:00Z", "2026-10-25T11:00:00Z")]
    public void Twelve_oclock_local_time_on_the_day_before(string eventUtc, string dueUtc)
    {
        var due = LendingJobs.ReminderDueAt(DateTimeOffset.Parse(eventUtc, System.Globalization.CultureInfo.InvariantCulture), Oslo);
        Assert.Equal(DateTimeOffset.Parse(dueUtc, System.Globalization.CultureInfo.InvariantCulture), due);
    }
}
