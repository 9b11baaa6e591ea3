using Microsoft.Extensions.Options;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Reservations.Notices;

/// <summary>To the actor: a hold was not collected in time and the item is free again.</summary>
public sealed class ExpiredForActorNotice(MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> municipality)
    : ReservationNotice(clock, links, municipality)
{
    public const string Name = "reservation.expired-actor";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(ReservationView r, Notice notice, CancellationToken ct)
    {
        var (byNb, byEn) = Deadline(r);
        return Bilingual($"Reservasjon utløpt: {r.ItemTitle} ({r.Code}) / Hold expired: {r.ItemTitle} ({r.Code})",
            [$"Reservasjonen {r.Code} av «{r.ItemTitle}» ({r.ResidentLabel}) ble ikke hentet innen {byNb}. Varen er ledig igjen."],
            [$"The hold {r.Code} on “{r.ItemTitle}” ({r.ResidentLabel}) was not collected by {byEn}. The item is available again."],
            HoldsLink(r));
    }
}
