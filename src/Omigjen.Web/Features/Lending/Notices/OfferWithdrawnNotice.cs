using Microsoft.Extensions.Options;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Lending.Notices;

/// <summary>To the resident, by e-mail or SMS: the unit of a waiting-list offer went to maintenance; they keep their place in the line.</summary>
public sealed class OfferWithdrawnNotice(MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> municipality)
    : LendingNotice(clock, links, municipality)
{
    public const string Name = "lending.offer-withdrawn";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(LendingBookingDetails d, Notice notice, CancellationToken ct)
    {
        var again = TypeLink(d);
        if (IsSms(notice))
            return Done(Sms($"OMigjen: Tilbudet om {d.Title} er trukket tilbake (vedlikehold). / The offer was withdrawn (maintenance). {again}"));
        var (pickupNb, pickupEn, returnNb, returnEn) = Times(d);
        return Done(Email($"Tilbudet er trukket tilbake: {d.Title} / The offer was withdrawn: {d.Title}",
            [
                $"{d.Title} hos {d.InitiativeName} må dessverre til vedlikehold, så tilbudet du fikk ({pickupNb} – {returnNb}) er trukket tilbake.",
                "Du står fortsatt på ventelisten og får et nytt tilbud når noe blir ledig. Se også om noe annet er ledig:",
            ],
            [
                $"Unfortunately {d.Title} at {d.InitiativeName} has to go to maintenance, so the offer you got ({pickupEn} – {returnEn}) is withdrawn.",
                "You are still on the waiting list and will get a new offer when something frees up. See also whether something else is available:",
            ],
            again));
    }
}
