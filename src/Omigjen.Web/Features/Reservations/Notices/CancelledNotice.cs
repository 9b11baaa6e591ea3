using Microsoft.Extensions.Options;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Reservations.Notices;

/// <summary>To the actor: the resident called the hold off and the item is free again.</summary>
public sealed class CancelledNotice(MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> municipality)
    : ReservationNotice(clock, links, municipality)
{
    public const string Name = "reservation.cancelled";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(ReservationView r, Notice notice, CancellationToken ct) =>
        Bilingual($"Reservasjon avbestilt: {r.ItemTitle} ({r.Code}) / Hold cancelled: {r.ItemTitle} ({r.Code})",
            [$"{r.ResidentLabel} har avbestilt reservasjonen {r.Code} av «{r.ItemTitle}». Varen er ledig igjen."],
            [$"{r.ResidentLabel} has cancelled the hold {r.Code} on “{r.ItemTitle}”. The item is available again."],
            HoldsLink(r));
}
