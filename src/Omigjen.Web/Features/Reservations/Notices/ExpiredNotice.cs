using Microsoft.Extensions.Options;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Reservations.Notices;

/// <summary>To the resident: the hold ran out.</summary>
public sealed class ExpiredNotice(MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> municipality)
    : ReservationNotice(clock, links, municipality)
{
    public const string Name = "reservation.expired";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(ReservationView r, Notice notice, CancellationToken ct)
    {
        var (byNb, byEn) = Deadline(r);
        return Bilingual($"Reservasjonen har gått ut: {r.ItemTitle} / Your hold has expired: {r.ItemTitle}",
            [$"Reservasjonen din {r.Code} av «{r.ItemTitle}» hos {r.InitiativeName} gikk ut {byNb}, og varen er ledig for andre igjen."],
            [$"Your hold {r.Code} on “{r.ItemTitle}” at {r.InitiativeName} expired {byEn}, and the item is available to others again."],
            MineLink);
    }
}
