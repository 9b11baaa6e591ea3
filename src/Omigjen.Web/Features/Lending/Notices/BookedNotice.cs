using Microsoft.Extensions.Options;
using Omigjen.Web.Features.Lending.Bookings;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Lending.Notices;

/// <summary>To the borrower: a new booking, or an accepted offer, with the code, place, times and an .ics (REQUEST).</summary>
public sealed class BookedNotice(LendingCalendar calendar, MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> municipality)
    : LendingCalendarNotice(calendar, clock, links, municipality)
{
    public const string Name = "lending.booked";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(LendingBookingDetails d, Notice notice, CancellationToken ct)
    {
        var (pickupNb, pickupEn, returnNb, returnEn) = Times(d);
        return Done(Email($"Bestilt: {d.Title} – kode {d.Booking.Code} / Booked: {d.Title} – code {d.Booking.Code}",
            [
                $"Du har bestilt {d.Title} hos {d.InitiativeName}{Suffix(d.CoBorrowerNb)}.",
                .. Summary(d, pickupNb, returnNb, nb: true),
                "Vis koden når du henter. Kalenderfilen i vedlegget legger lånet i kalenderen din. Du kan endre eller avbestille bestillingen her:",
            ],
            [
                $"You have booked {d.Title} at {d.InitiativeName}{Suffix(d.CoBorrowerEn)}.",
                .. Summary(d, pickupEn, returnEn, nb: false),
                "Show the code when you pick it up. The attached calendar file puts the loan in your calendar. You can change or cancel the booking here:",
            ],
            BookingLink(d), Ics(d, notice, LendingCalendarMethod.Request)));
    }
}
