using Microsoft.Extensions.Options;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Lending.Notices;

/// <summary>To the first in the waiting line, by e-mail or SMS: a unit freed up; accept before the offer runs out.</summary>
public sealed class OfferedNotice(MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> municipality)
    : LendingNotice(clock, links, municipality)
{
    public const string Name = "lending.offered";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(LendingBookingDetails d, Notice notice, CancellationToken ct)
    {
        var (pickupNb, pickupEn, returnNb, returnEn) = Times(d);
        var (deadlineNb, deadlineEn) = d.Booking.OfferExpiresAt is { } expires ? When(expires) : ("snart", "soon");
        var link = MineLink;
        if (IsSms(notice))
            return Done(Sms($"OMigjen: {d.Title} er ledig {pickupNb}. Takk ja innen {deadlineNb}. / Available for you; accept by {deadlineEn}. {link}"));
        return Done(Email($"Ledig fra ventelisten: {d.Title} / Available from the waiting list: {d.Title}",
            [
                $"{d.Title} hos {d.InitiativeName} er ledig for perioden du ventet på: henting {pickupNb}, levering innen {returnNb}.",
                $"Den holdes av for deg til {deadlineNb}. Takk ja innen da under «Mine utlån», ellers går den videre til nestemann.",
                $"Vilkår: {d.TermsNb}",
            ],
            [
                $"{d.Title} at {d.InitiativeName} is available for the period you were waiting for: pickup {pickupEn}, return by {returnEn}.",
                $"It is held for you until {deadlineEn}. Accept it by then under “My loans”, or it goes to the next person.",
                $"Terms: {d.TermsEn}",
            ],
            link));
    }
}
