using Microsoft.Extensions.Options;
using Omigjen.Web.Features.Lending.Bookings;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Lending.Notices;

/// <summary>To the borrower: the booking moved to new times; an updated .ics (same UID, higher SEQUENCE).</summary>
public sealed class BookingChangedNotice(LendingCalendar calendar, MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> municipality)
    : LendingCalendarNotice(calendar, clock, links, municipality)
{
    public const string Name = "lending.changed";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(LendingBookingDetails d, Notice notice, CancellationToken ct)
    {
        var (pickupNb, pickupEn, returnNb, returnEn) = Times(d);
        return Done(Email($"Endret: {d.Title} – kode {d.Booking.Code} / Changed: {d.Title} – code {d.Booking.Code}",
            [
                $"Bestillingen din av {d.Title} hos {d.InitiativeName} er endret. Dette gjelder nå:",
                .. Summary(d, pickupNb, returnNb, nb: true),
                "Kalenderfilen i vedlegget oppdaterer lånet i kalenderen din.",
            ],
            [
                $"Your booking of {d.Title} at {d.InitiativeName} has been changed. This is what applies now:",
                .. Summary(d, pickupEn, returnEn, nb: false),
                "The attached calendar file updates the loan in your calendar.",
            ],
            BookingLink(d), Ics(d, notice, LendingCalendarMethod.Request, minimumSequence: 1)));
    }
}
