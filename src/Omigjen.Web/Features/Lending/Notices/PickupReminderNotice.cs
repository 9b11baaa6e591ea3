using Microsoft.Extensions.Options;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Lending.Notices;

/// <summary>To the borrower the day before pickup, by e-mail or SMS.</summary>
public sealed class PickupReminderNotice(MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> municipality)
    : LendingNotice(clock, links, municipality)
{
    public const string Name = "lending.pickup-reminder";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(LendingBookingDetails d, Notice notice, CancellationToken ct)
    {
        var (pickupNb, pickupEn, returnNb, returnEn) = Times(d);
        if (IsSms(notice))
            return Done(Sms($"OMigjen: Husk å hente {d.Title} hos {d.InitiativeName} {pickupNb}. Kode {d.Booking.Code}. / Pick up {pickupEn}, code {d.Booking.Code}."));
        return Done(Email($"Påminnelse: hent {d.Title} / Reminder: pick up {d.Title}",
            [
                $"Husk å hente {d.Title} hos {d.InitiativeName} {pickupNb}{Suffix(d.CoBorrowerNb)}.",
                .. Summary(d, pickupNb, returnNb, nb: true),
                "Kan du ikke likevel? Avbestill, så får andre låne:",
            ],
            [
                $"Remember to pick up {d.Title} at {d.InitiativeName} {pickupEn}{Suffix(d.CoBorrowerEn)}.",
                .. Summary(d, pickupEn, returnEn, nb: false),
                "Can't make it after all? Cancel, so others can borrow it:",
            ],
            BookingLink(d)));
    }
}
