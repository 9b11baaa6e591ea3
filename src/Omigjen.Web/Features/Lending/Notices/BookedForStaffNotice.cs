using Microsoft.Extensions.Options;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Lending.Notices;

/// <summary>To the staff: someone booked (or accepted an offer).</summary>
public sealed class BookedForStaffNotice(MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> municipality)
    : LendingNotice(clock, links, municipality)
{
    public const string Name = "lending.booked.staff";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(LendingBookingDetails d, Notice notice, CancellationToken ct)
    {
        var (pickupNb, pickupEn, returnNb, returnEn) = Times(d);
        return Done(Email($"Ny booking: {d.Title} ({d.Booking.Code}) / New booking: {d.Title} ({d.Booking.Code})",
            [$"{d.BorrowerLabel} har bestilt {d.Title}{Suffix(d.CoBorrowerNb)}. Henting {pickupNb}, levering innen {returnNb}. Kode: {d.Booking.Code}."],
            [$"{d.BorrowerLabel} has booked {d.Title}{Suffix(d.CoBorrowerEn)}. Pickup {pickupEn}, return by {returnEn}. Code: {d.Booking.Code}."],
            DeskLink(d)));
    }
}
