using Microsoft.Extensions.Options;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Reservations.Notices;

/// <summary>To the resident: the actor let the hold go.</summary>
public sealed class ReleasedNotice(MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> municipality)
    : ReservationNotice(clock, links, municipality)
{
    public const string Name = "reservation.released";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(ReservationView r, Notice notice, CancellationToken ct) =>
        Bilingual($"Reservasjonen er frigitt: {r.ItemTitle} / Your hold was released: {r.ItemTitle}",
            [$"{r.InitiativeName} har frigitt reservasjonen din {r.Code} av «{r.ItemTitle}». Spør dem gjerne hvis du lurer på hvorfor."],
            [$"{r.InitiativeName} has released your hold {r.Code} on “{r.ItemTitle}”. Feel free to ask them why."],
            MineLink);
}
