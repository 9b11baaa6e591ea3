using Microsoft.Extensions.Options;
using Omigjen.Web.Features.Lending.Bookings;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Lending.Notices;

/// <summary>
/// To the borrower, by e-mail with an .ics (CANCEL) or by SMS: the unit went to maintenance and no other of its size
/// was free, so the booking is cancelled.
/// </summary>
public sealed class CancelledForMaintenanceNotice(LendingCalendar calendar, MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> municipality)
    : LendingCalendarNotice(calendar, clock, links, municipality)
{
    public const string Name = "lending.cancelled-for-maintenance";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(LendingBookingDetails d, Notice notice, CancellationToken ct)
    {
        var again = TypeLink(d);
        if (IsSms(notice))
            return Done(Sms($"OMigjen: Bestillingen {d.Booking.Code} av {d.Title} er avbestilt fordi utstyret må til vedlikehold. / Your booking was cancelled (maintenance). Bestill på nytt / book again: {again}"));
        var (pickupNb, pickupEn, returnNb, returnEn) = Times(d);
        return Done(Email($"Bestillingen er avbestilt: {d.Title} / Your booking was cancelled: {d.Title}",
            [
                $"{d.Title} hos {d.InitiativeName} må til vedlikehold, og det var ingen annen av samme størrelse ledig. Vi har derfor dessverre måttet avbestille bestillingen din {d.Booking.Code} ({pickupNb} – {returnNb}).",
                "Kalenderfilen i vedlegget fjerner lånet fra kalenderen din. Bestill gjerne på nytt – kanskje en annen størrelse eller andre datoer passer:",
            ],
            [
                $"{d.Title} at {d.InitiativeName} has to go to maintenance, and no other unit of the same size was free. We have therefore had to cancel your booking {d.Booking.Code} ({pickupEn} – {returnEn}). We are sorry.",
                "The attached calendar file removes the loan from your calendar. Feel free to book again – another size or other dates may suit:",
            ],
            again, Ics(d, notice, LendingCalendarMethod.Cancel, minimumSequence: 2)));
    }
}
