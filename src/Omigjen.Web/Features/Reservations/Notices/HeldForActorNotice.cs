using Microsoft.Extensions.Options;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Reservations.Notices;

/// <summary>To the actor: someone holds an item.</summary>
public sealed class HeldForActorNotice(MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> municipality)
    : ReservationNotice(clock, links, municipality)
{
    public const string Name = "reservation.held-actor";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(ReservationView r, Notice notice, CancellationToken ct)
    {
        var (byNb, byEn) = Deadline(r);
        return Bilingual($"Ny reservasjon: {r.ItemTitle} ({r.Code}) / New hold: {r.ItemTitle} ({r.Code})",
            [
                $"{r.ResidentLabel} har reservert «{r.ItemTitle}» hos {r.InitiativeName}.",
                $"Hentekode: {r.Code}",
                $"Reservasjonen gjelder til {byNb}. Merk den som hentet eller frigi den i aktørportalen.",
            ],
            [
                $"{r.ResidentLabel} has reserved “{r.ItemTitle}” at {r.InitiativeName}.",
                $"Pickup code: {r.Code}",
                $"The hold lasts until {byEn}. Mark it collected or release it in the actor portal.",
            ],
            HoldsLink(r));
    }
}
