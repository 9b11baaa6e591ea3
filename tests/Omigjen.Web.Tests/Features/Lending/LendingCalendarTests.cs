using System.Text;
using Ical.Net;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Lending.Bookings;

namespace Omigjen.Web.Tests.Features.Lending;

/// <summary>The .ics of a booking, parsed back with Ical.Net.</summary>
public sealed class LendingCalendarTests
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
    private static readonly DateTime Created = new(2026, 12, 2, 11, 0, 0, DateTimeKind.Utc);

    private static LendingBookingDetails Details(BookingStatus status = BookingStatus.Booked) => new(
        new Booking
        {
            Id = 42, UnitId = 7, TypeId = 3, UserId = "u1", Code = "K7M2QX", Status = status,
            PickupAt = new DateTime(2026, 12, 5, 9, 0, 0, DateTimeKind.Utc), ReturnBy = new DateTime(2026, 12, 7, 11, 0, 0, DateTimeKind.Utc),
            CoBorrowerName = "Ola", CoBorrowerAge = 9, CreatedAt = Created,
        },
        "Langrennski, klassisk", LendingPriceKind.PerDay, 20, 200, false, "150 cm", 1, "bua-asker", "BUA Asker", null, "Torvet 1", "1383", "Asker",
        59.83, 10.43, "laaner@eksempel.no", null, false);

    private static Calendar Parse(byte[] ics) => Calendar.Load(Encoding.UTF8.GetString(ics)) ?? throw new Xunit.Sdk.XunitException("No calendar");

    private static byte[] Build(LendingCalendarMethod method, int sequence, LendingBookingDetails? details = null) =>
        LendingCalendar.Build(details ?? Details(), method, sequence, new DateTimeOffset(Created), "omigjen.example", "ikke-svar@omigjen.example",
            "https://omigjen.example/konto/utlan/42", Oslo);

    [Fact]
    public void A_request_is_one_event_from_pickup_to_return_with_a_stable_uid()
    {
        var calendar = Parse(Build(LendingCalendarMethod.Request, 0));
        Assert.Equal("REQUEST", calendar.Method);
        var ev = Assert.Single(calendar.Events);
        Assert.Equal("booking-42@omigjen.example", ev.Uid);
        Assert.Equal(0, ev.Sequence);
        Assert.Equal(new DateTime(2026, 12, 5, 9, 0, 0, DateTimeKind.Utc), ev.Start!.AsUtc);
        Assert.True(ev.Start.IsUtc);
        Assert.Equal(new DateTime(2026, 12, 7, 11, 0, 0, DateTimeKind.Utc), ev.End!.AsUtc);
        Assert.Equal("CONFIRMED", ev.Status);
        Assert.Equal("TRANSPARENT", ev.Transparency);
        Assert.Equal("BUA Asker, Torvet 1, 1383 Asker", ev.Location);
        Assert.Contains("Langrennski, klassisk (150 cm)", ev.Summary, StringComparison.Ordinal);
        // Local times in the description, in both languages, with the code, the co-borrower and the terms.
        Assert.Contains("Hentekode: K7M2QX", ev.Description, StringComparison.Ordinal);
        Assert.Contains("Hentes: lørdag 5. desember kl. 10.00", ev.Description, StringComparison.Ordinal);
        Assert.Contains("Leveres innen: mandag 7. desember kl. 12.00", ev.Description, StringComparison.Ordinal);
        Assert.Contains("for Ola (9 år)", ev.Description, StringComparison.Ordinal);
        Assert.Contains("20 kr per dag, depositum 200 kr", ev.Description, StringComparison.Ordinal);
        Assert.Contains("Return by: Monday 7 December at 12:00", ev.Description, StringComparison.Ordinal);
        Assert.Equal("mailto:ikke-svar@omigjen.example", ev.Organizer!.Value!.ToString(), ignoreCase: true);
        Assert.Equal("BUA Asker", ev.Organizer.CommonName);
        Assert.Equal("mailto:laaner@eksempel.no", Assert.Single(ev.Attendees).Value!.ToString(), ignoreCase: true);
        // Reminders an hour before pickup and two hours before the return deadline.
        Assert.Equal(2, ev.Alarms.Count);
        Assert.Equal(TimeSpan.FromHours(-1), ev.Alarms.First().Trigger!.Duration!.Value.ToTimeSpanUnspecified());
        var returnAlarm = ev.Alarms.Last().Trigger!.Duration!.Value.ToTimeSpan(ev.Start);
        Assert.Equal(new DateTime(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc), ev.Start.AsUtc + returnAlarm);
    }

    [Fact]
    public void A_cancel_removes_the_same_event()
    {
        var calendar = Parse(Build(LendingCalendarMethod.Cancel, 5, Details(BookingStatus.Cancelled)));
        Assert.Equal("CANCEL", calendar.Method);
        var ev = Assert.Single(calendar.Events);
        Assert.Equal("booking-42@omigjen.example", ev.Uid);
        Assert.Equal("CANCELLED", ev.Status);
        Assert.Equal(5, ev.Sequence);
        Assert.Empty(ev.Alarms);
    }

    [Fact]
    public void A_download_is_published_without_attendees()
    {
        var calendar = Parse(Build(LendingCalendarMethod.Publish, 0));
        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Empty(Assert.Single(calendar.Events).Attendees);
        Assert.Equal("text/calendar; method=PUBLISH; charset=utf-8", LendingCalendar.ContentTypeOf(LendingCalendarMethod.Publish));
    }

    [Fact]
    public void The_sequence_grows_with_time_since_the_booking_was_made()
    {
        var created = new DateTimeOffset(Created);
        Assert.Equal(0, LendingCalendar.Sequence(Created, created));
        Assert.Equal(1, LendingCalendar.Sequence(Created, created, minimum: 1));
        var change = LendingCalendar.Sequence(Created, created.AddMinutes(5), minimum: 1);
        var cancel = LendingCalendar.Sequence(Created, created.AddMinutes(6), minimum: 2);
        Assert.Equal(300, change);
        Assert.True(cancel > change);
        // Unspecified kind (as SQLite gives it back) counts as UTC.
        Assert.Equal(60, LendingCalendar.Sequence(DateTime.SpecifyKind(Created, DateTimeKind.Unspecified), created.AddMinutes(1)));
        Assert.Equal(int.MaxValue, LendingCalendar.Sequence(Created, created.AddYears(100)));
    }

    [Fact]
    public void Lines_are_crlf_and_folded_to_75_octets()
    {
        var text = Encoding.UTF8.GetString(Build(LendingCalendarMethod.Request, 0));
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        foreach (var line in text.Split("\r\n"))
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line);
    }
}
