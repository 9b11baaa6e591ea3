using Microsoft.Extensions.Options;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Lending.Notices;

/// <summary>To the resident: the waiting-list offer ran out and went to someone else.</summary>
public sealed class OfferLapsedNotice(MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> municipality)
    : LendingNotice(clock, links, municipality)
{
    public const string Name = "lending.offer-lapsed";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(LendingBookingDetails d, Notice notice, CancellationToken ct)
    {
        var (pickupNb, pickupEn, _, _) = Times(d);
        return Done(Email($"Tilbudet har gått ut: {d.Title} / The offer has expired: {d.Title}",
            [$"Du takket ikke ja i tide til {d.Title} hos {d.InitiativeName} (henting {pickupNb}), så den har gått videre. Du kan bestille eller sette deg på ventelisten igjen:"],
            [$"You did not accept {d.Title} at {d.InitiativeName} (pickup {pickupEn}) in time, so it has gone to someone else. You can book or join the waiting list again:"],
            TypeLink(d)));
    }
}
