using Microsoft.Extensions.Options;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Lending.Notices;

/// <summary>To the borrower the day before the return deadline, by e-mail or SMS.</summary>
public sealed class ReturnReminderNotice(MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> municipality)
    : LendingNotice(clock, links, municipality)
{
    public const string Name = "lending.return-reminder";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(LendingBookingDetails d, Notice notice, CancellationToken ct)
    {
        var (_, _, returnNb, returnEn) = Times(d);
        if (IsSms(notice))
            return Done(Sms($"OMigjen: Husk å levere {d.Title} til {d.InitiativeName} innen {returnNb}. / Return by {returnEn}."));
        return Done(Email($"Påminnelse: lever {d.Title} / Reminder: return {d.Title}",
            [
                $"Husk å levere {d.Title} til {d.InitiativeName} innen {returnNb}.",
                $"Sted: {d.Place}",
                "Takk for at du leverer i tide – da kan neste låner hente som avtalt.",
            ],
            [
                $"Remember to return {d.Title} to {d.InitiativeName} by {returnEn}.",
                $"Place: {d.Place}",
                "Thank you for returning it on time – then the next borrower can pick it up as agreed.",
            ],
            BookingLink(d)));
    }
}
