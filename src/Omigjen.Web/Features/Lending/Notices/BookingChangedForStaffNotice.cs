using Microsoft.Extensions.Options;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Lending.Notices;

/// <summary>To the staff: the borrower moved a booking to new times.</summary>
public sealed class BookingChangedForStaffNotice(MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> municipality)
    : LendingNotice(clock, links, municipality)
{
    public const string Name = "lending.changed.staff";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(LendingBookingDetails d, Notice notice, CancellationToken ct)
    {
        var (pickupNb, pickupEn, returnNb, returnEn) = Times(d);
        return Done(Email($"Endret booking: {d.Title} ({d.Booking.Code}) / Booking changed: {d.Title} ({d.Booking.Code})",
            [$"{d.BorrowerLabel} har endret bestillingen {d.Booking.Code}: henting {pickupNb}, levering innen {returnNb}."],
            [$"{d.BorrowerLabel} has changed the booking {d.Booking.Code}: pickup {pickupEn}, return by {returnEn}."],
            DeskLink(d)));
    }
}
