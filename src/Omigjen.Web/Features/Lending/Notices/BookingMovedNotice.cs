using Microsoft.Extensions.Options;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Lending.Notices;

/// <summary>To the borrower: the booking (or offer) moved to another unit of the same size; its unit went to maintenance.</summary>
public sealed class BookingMovedNotice(MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> municipality)
    : LendingNotice(clock, links, municipality)
{
    public const string Name = "lending.moved";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(LendingBookingDetails d, Notice notice, CancellationToken ct)
    {
        var (pickupNb, pickupEn, returnNb, returnEn) = Times(d);
        var offer = d.Booking.Status == BookingStatus.Offered;
        var (whatNb, whatEn) = offer ? ("tilbudet", "the offer") : ("bestillingen", "the booking");
        return Done(Email($"Ny enhet for {d.Booking.Code}: {d.Title} / New unit for {d.Booking.Code}: {d.Title}",
            [
                $"Enheten du skulle låne hos {d.InitiativeName}, måtte til vedlikehold. Vi har byttet til en annen av samme størrelse ({d.UnitLabel}).",
                $"Alt annet i {whatNb} er som før: kode {d.Booking.Code}, henting {pickupNb}, levering innen {returnNb}.",
            ],
            [
                $"The unit you were going to borrow at {d.InitiativeName} had to go to maintenance. We have swapped it for another of the same size ({d.UnitLabel}).",
                $"Everything else about {whatEn} is as before: code {d.Booking.Code}, pickup {pickupEn}, return by {returnEn}.",
            ],
            offer ? MineLink : BookingLink(d)));
    }
}
