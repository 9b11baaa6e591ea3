using Microsoft.Extensions.Options;
using Omigjen.Web.Features.Lending.Bookings;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Email;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Lending.Notices;

/// <summary>
/// What the lending notices share: the booking as it was when the notice was written (<see cref="LendingBookingDetails"/>),
/// its times in words, the links, and the house style of e-mail (bokmål with English below). A notice kind that also goes
/// by SMS renders its <see cref="NoticeMessage.Text"/> as the SMS when the notice's channel is SMS.
/// </summary>
public abstract class LendingNotice(MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> municipality)
    : NoticeTemplate<LendingBookingDetails>
{
    protected NoticeLinks Links => links;

    protected (string PickupNb, string PickupEn, string ReturnNb, string ReturnEn) Times(LendingBookingDetails d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var (pickupNb, pickupEn) = When(d.Booking.PickupAt);
        var (returnNb, returnEn) = When(d.Booking.ReturnBy);
        return (pickupNb, pickupEn, returnNb, returnEn);
    }

    /// <summary>A UTC instant as local time in words, in bokmål and English.</summary>
    protected (string Nb, string En) When(DateTime utc) => LendingBookingDetails.When(clock.ToLocal(utc));

    protected static string Suffix(string? text) => text is null ? "" : " " + text;

    /// <summary>Code, times, place, terms (and self-service) as lines of a message.</summary>
    protected static IEnumerable<string> Summary(LendingBookingDetails d, string pickup, string returnBy, bool nb)
    {
        ArgumentNullException.ThrowIfNull(d);
        yield return (nb ? "Hentekode: " : "Pickup code: ") + d.Booking.Code;
        yield return (nb ? "Hentes: " : "Pick up: ") + pickup;
        yield return (nb ? "Leveres innen: " : "Return by: ") + returnBy;
        yield return (nb ? "Sted: " : "Place: ") + d.Place;
        yield return (nb ? "Vilkår: " : "Terms: ") + (nb ? d.TermsNb : d.TermsEn);
        if (d.SelfService)
        {
            yield return nb ? "Du henter og leverer selv, uten betjening." : "You pick it up and return it yourself; no staff is present.";
        }
    }

    protected string BookingLink(LendingBookingDetails d) => links.Page("/Lending/Bookings/MyBooking", new { id = d.Booking.Id });

    protected string MineLink => links.Page("/Lending/Bookings/Mine");

    protected string TypeLink(LendingBookingDetails d) => links.Page("/Lending/Catalogue/Type", new { id = d.Booking.TypeId });

    protected string DeskLink(LendingBookingDetails d) => links.Page("/Lending/Desk/Desk", new { slug = d.InitiativeSlug });

    protected string OutLink(LendingBookingDetails d) => links.Page("/Lending/Desk/Out", new { slug = d.InitiativeSlug });

    protected NoticeMessage Email(string subject, IEnumerable<string> nb, IEnumerable<string> en, string link, EmailAttachment? attachment = null)
    {
        var message = BilingualEmail.Message(subject, nb, en, link, municipality.Value);
        return attachment is null ? message : message with { Attachments = [attachment] };
    }

    /// <summary>An SMS: only the text is sent.</summary>
    protected static NoticeMessage Sms(string text) => new("SMS", text);

    protected static bool IsSms(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return notice.Channel == NoticeChannel.Sms;
    }

    protected static Task<NoticeMessage?> Done(NoticeMessage message) => Task.FromResult<NoticeMessage?>(message);
}

/// <summary>A lending notice with the booking's .ics attached, made at send time from the notice's data and its time of writing.</summary>
public abstract class LendingCalendarNotice(LendingCalendar calendar, MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> municipality)
    : LendingNotice(clock, links, municipality)
{
    /// <summary>
    /// The .ics as it would have been sent at the change: DTSTAMP and SEQUENCE from when the notice was written, so a
    /// notice sent late (after a crash or a retry) never outranks a later change's.
    /// </summary>
    protected EmailAttachment Ics(LendingBookingDetails d, Notice notice, LendingCalendarMethod method, int minimumSequence = 0)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(notice);
        DateTimeOffset written = notice.CreatedAt;
        return calendar.Create(d, method, LendingCalendar.Sequence(d.Booking.CreatedAt, written, minimumSequence), written).ToAttachment();
    }
}
