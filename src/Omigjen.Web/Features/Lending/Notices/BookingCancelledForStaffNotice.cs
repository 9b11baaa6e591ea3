using Microsoft.Extensions.Options;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Lending.Notices;

/// <summary>To the staff: the borrower cancelled and the unit is free again.</summary>
public sealed class BookingCancelledForStaffNotice(MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> municipality)
    : LendingNotice(clock, links, municipality)
{
    public const string Name = "lending.cancelled.staff";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(LendingBookingDetails d, Notice notice, CancellationToken ct)
    {
        var (pickupNb, pickupEn, returnNb, returnEn) = Times(d);
        return Done(Email($"Avbestilt: {d.Title} ({d.Booking.Code}) / Cancelled: {d.Title} ({d.Booking.Code})",
            [$"{d.BorrowerLabel} har avbestilt bestillingen {d.Booking.Code} ({pickupNb} – {returnNb}). Enheten er ledig igjen."],
            [$"{d.BorrowerLabel} has cancelled the booking {d.Booking.Code} ({pickupEn} – {returnEn}). The unit is available again."],
            DeskLink(d)));
    }
}
