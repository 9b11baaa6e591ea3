using Microsoft.Extensions.Options;
using Omigjen.Web.Features.Lending.Bookings;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Lending.Notices;

/// <summary>To the borrower who cancelled: a receipt with an .ics (CANCEL) that removes the loan from the calendar.</summary>
public sealed class BookingCancelledNotice(LendingCalendar calendar, MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> municipality)
    : LendingCalendarNotice(calendar, clock, links, municipality)
{
    public const string Name = "lending.cancelled";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(LendingBookingDetails d, Notice notice, CancellationToken ct)
    {
        var (pickupNb, pickupEn, returnNb, returnEn) = Times(d);
        return Done(Email($"Avbestilt: {d.Title} – kode {d.Booking.Code} / Cancelled: {d.Title} – code {d.Booking.Code}",
            [
                $"Du har avbestilt bestillingen {d.Booking.Code} av {d.Title} hos {d.InitiativeName} ({pickupNb} – {returnNb}).",
                "Kalenderfilen i vedlegget fjerner lånet fra kalenderen din.",
            ],
            [
                $"You have cancelled the booking {d.Booking.Code} of {d.Title} at {d.InitiativeName} ({pickupEn} – {returnEn}).",
                "The attached calendar file removes the loan from your calendar.",
            ],
            TypeLink(d), Ics(d, notice, LendingCalendarMethod.Cancel, minimumSequence: 2)));
    }
}
