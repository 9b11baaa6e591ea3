using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.Extensions.Options;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Email;

namespace Omigjen.Web.Features.Lending.Bookings;

/// <summary>What an .ics file does in the borrower's calendar.</summary>
public enum LendingCalendarMethod
{
    /// <summary>A file to download and add ("Legg i kalender").</summary>
    Publish,

    /// <summary>Sent by e-mail with a new or changed booking: adds the event, or updates the one with the same UID.</summary>
    Request,

    /// <summary>Sent by e-mail when the booking is cancelled: removes the event with the same UID.</summary>
    Cancel,
}

/// <summary>An .ics file, ready for an e-mail attachment or a download.</summary>
public sealed record LendingCalendarFile(string FileName, string ContentType, byte[] Content)
{
    public EmailAttachment ToAttachment() => new(FileName, ContentType, Content);
}

/// <summary>
/// A booking as one calendar event from pickup to return (DTSTART = pickup, DTEND = the return deadline), with
/// reminders before both. One event per file on purpose: a scheduling message (METHOD:REQUEST/CANCEL) carries one
/// UID, and Outlook reads only the first event of such a message. The UID (<c>booking-{id}@{host}</c>) stays the
/// same for the life of the booking, so a change or a cancellation updates the event already in the calendar;
/// SEQUENCE grows with the seconds since the booking was made (see <see cref="Sequence"/>).
/// </summary>
public sealed class LendingCalendar(AppDbContext db, TimeProvider time, MunicipalClock clock, IOptions<SiteOptions> site, IOptions<EmailOptions> email)
{
    public const string FileName = "booking.ics";

    /// <summary>The booking as a file to download, or null when there is no such booking (of this user, when given).</summary>
    public async Task<LendingCalendarFile?> ForBookingAsync(int bookingId, string? userId = null, CancellationToken ct = default)
    {
        var details = await LendingBookingDetails.LoadAsync(db, bookingId, ct);
        if (details is null || (userId is not null && details.Booking.UserId != userId)) return null;
        var now = time.GetUtcNow();
        var cancelled = details.Booking.Status is BookingStatus.Cancelled or BookingStatus.Lapsed;
        return cancelled
            ? Create(details, LendingCalendarMethod.Cancel, Sequence(details.Booking.CreatedAt, now, minimum: 2), now)
            : Create(details, LendingCalendarMethod.Publish, Sequence(details.Booking.CreatedAt, now), now);
    }

    /// <summary>The .ics of a booking; <paramref name="sequence"/> must grow with every change sent for it.</summary>
    public LendingCalendarFile Create(LendingBookingDetails details, LendingCalendarMethod method, int sequence, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        var host = new Uri(site.Value.PublicBaseUrl).Host;
        var bytes = Build(details, method, sequence, now, host, email.Value.FromAddress, site.Value.Link($"/konto/utlan/{details.Booking.Id}"), clock.Zone);
        return new(FileName, ContentTypeOf(method), bytes);
    }

    public static string ContentTypeOf(LendingCalendarMethod method) => method switch
    {
        LendingCalendarMethod.Request => "text/calendar; method=REQUEST; charset=utf-8",
        LendingCalendarMethod.Cancel => "text/calendar; method=CANCEL; charset=utf-8",
        _ => "text/calendar; method=PUBLISH; charset=utf-8",
    };

    /// <summary>The event's UID: the same for every message about the booking.</summary>
    public static string Uid(int bookingId, string host) => $"booking-{bookingId}@{host}";

    /// <summary>
    /// SEQUENCE for a message sent at <paramref name="now"/>: whole seconds since the booking was made (no change
    /// counter is stored), so each later message has a higher number; at least <paramref name="minimum"/>.
    /// </summary>
    public static int Sequence(DateTime createdAtUtc, DateTimeOffset now, int minimum = 0)
    {
        DateTimeOffset created = createdAtUtc;
        var seconds = Math.Floor((now - created).TotalSeconds);
        return (int)Math.Clamp(seconds, minimum, int.MaxValue);
    }

    /// <summary>The .ics text as UTF-8 bytes (times in UTC).</summary>
    public static byte[] Build(LendingBookingDetails details, LendingCalendarMethod method, int sequence, DateTimeOffset now, string host,
                               string organizerEmail, string link, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(details);
        var b = details.Booking;
        DateTimeOffset pickup = b.PickupAt;
        DateTimeOffset returnBy = b.ReturnBy;
        var (pickupNb, pickupEn) = LendingBookingDetails.When(TimeZoneInfo.ConvertTime(pickup, zone));
        var (returnNb, returnEn) = LendingBookingDetails.When(TimeZoneInfo.ConvertTime(returnBy, zone));
        var cancel = method == LendingCalendarMethod.Cancel;

        var description = new StringBuilder();
        if (cancel) description.Append("Bestillingen er avbestilt.\n");
        description.Append("Hentekode: ").Append(b.Code).Append('\n')
            .Append("Hentes: ").Append(pickupNb).Append('\n')
            .Append("Leveres innen: ").Append(returnNb).Append('\n');
        if (details.CoBorrowerNb is { } forNb) description.Append("Lånes ").Append(forNb).Append('\n');
        description.Append("Vilkår: ").Append(details.TermsNb).Append('\n');
        description.Append('\n');
        if (cancel) description.Append("The booking is cancelled.\n");
        description.Append("Pickup code: ").Append(b.Code).Append('\n')
            .Append("Pick up: ").Append(pickupEn).Append('\n')
            .Append("Return by: ").Append(returnEn).Append('\n');
        if (details.CoBorrowerEn is { } forEn) description.Append("Borrowed ").Append(forEn).Append('\n');
        description.Append("Terms: ").Append(details.TermsEn).Append('\n');
        description.Append('\n').Append(link);

        var ev = new CalendarEvent
        {
            Uid = Uid(b.Id, host),
            Sequence = sequence,
            DtStamp = UtcCal(now.UtcDateTime),
            Start = UtcCal(pickup.UtcDateTime),
            End = UtcCal(returnBy.UtcDateTime),
            Summary = (cancel ? "Avbestilt / Cancelled: " : "Utlån / Loan: ") + details.Title,
            Location = details.Place,
            Description = description.ToString(),
            Url = new Uri(link),
            Status = cancel ? EventStatus.Cancelled : EventStatus.Confirmed,
            // A loan that lasts days should not mark the borrower busy for all of them.
            Transparency = TransparencyType.Transparent,
            Organizer = new Organizer("mailto:" + organizerEmail) { CommonName = details.InitiativeName },
        };
        if (details.Latitude is { } lat && details.Longitude is { } lon && (lat != 0 || lon != 0))
            ev.GeographicLocation = new GeographicLocation(lat, lon);
        if (method != LendingCalendarMethod.Publish && details.BorrowerEmail is { } to)
        {
            ev.Attendees.Add(new Attendee("mailto:" + to)
            {
                ParticipationStatus = EventParticipationStatus.Accepted, Rsvp = false, Role = ParticipationRole.RequiredParticipant,
            });
        }
        if (!cancel)
        {
            ev.Alarms.Add(new Alarm
            {
                Action = AlarmAction.Display, Description = $"Hent / Pick up: {details.Title} ({b.Code})",
                Trigger = new Trigger(Duration.FromHours(-1)),
            });
            // Relative to the start (RELATED=END and DATE-TIME triggers do not survive the serializer): two hours before the deadline.
            var untilReminder = returnBy - pickup - TimeSpan.FromHours(2);
            if (untilReminder > TimeSpan.FromHours(1))
            {
                ev.Alarms.Add(new Alarm
                {
                    Action = AlarmAction.Display, Description = $"Lever / Return: {details.Title}",
                    Trigger = new Trigger(Duration.FromTimeSpanExact(untilReminder)),
                });
            }
        }

        var calendar = new Calendar
        {
            ProductId = "-//OMigjen//Utlån//NB",
            Method = method switch
            {
                LendingCalendarMethod.Request => "REQUEST",
                LendingCalendarMethod.Cancel => "CANCEL",
                _ => "PUBLISH",
            },
        };
        calendar.Events.Add(ev);
        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
    }

    private static CalDateTime UtcCal(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc), "UTC", true);
}
