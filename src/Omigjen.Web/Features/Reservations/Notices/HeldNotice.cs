using Microsoft.Extensions.Options;
using Omigjen.OpeningHours;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Reservations.Notices;

/// <summary>To the resident: the code, the place, its hours and the deadline of a new hold.</summary>
public sealed class HeldNotice(MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> municipality)
    : ReservationNotice(clock, links, municipality)
{
    public const string Name = "reservation.held";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(ReservationView r, Notice notice, CancellationToken ct)
    {
        var (byNb, byEn) = Deadline(r);
        return Bilingual($"Reservert: {r.ItemTitle} – kode {r.Code} / Reserved: {r.ItemTitle} – code {r.Code}",
            [
                $"Du har reservert «{r.ItemTitle}» hos {r.InitiativeName}.",
                $"Hentekode: {r.Code}",
                $"Hentes innen {byNb}.",
                $"Sted: {r.Place}",
                $"Åpningstider: {r.HoursText(Language.Nb) ?? "Åpningstidene er ikke oppgitt."}",
                "Vis koden når du henter. Ombestemmer du deg, kan du avbestille under «Mine reservasjoner».",
            ],
            [
                $"You have reserved “{r.ItemTitle}” at {r.InitiativeName}.",
                $"Pickup code: {r.Code}",
                $"Pick up by {byEn}.",
                $"Place: {r.Place}",
                $"Opening hours: {r.HoursText(Language.En) ?? "The opening hours are not given."}",
                "Show the code when you pick it up. If you change your mind, cancel under “My holds”.",
            ],
            MineLink);
    }
}
