using Omigjen.OpeningHours;
using Omigjen.Web.Data;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Reservations.Notices;

/// <summary>
/// Writes who hears about a change to a hold, inside the change's transaction (the caller saves): the resident, the
/// actor's members (or the entry's contact address), or both.
/// </summary>
public sealed class ReservationNotices(AppDbContext db, NoticeWriter outbox)
{
    public async Task AddAsync(int reservationId, ReservationStatus now, CancellationToken ct)
    {
        if ((await ReservationView.LoadAsync(db, db.Reservations.Where(x => x.Id == reservationId), ct)).FirstOrDefault() is not { } r) return;
        var (resident, actor) = now switch
        {
            ReservationStatus.Active => (HeldNotice.Name, HeldForActorNotice.Name),
            ReservationStatus.Cancelled => (null, CancelledNotice.Name),
            ReservationStatus.Released => (ReleasedNotice.Name, null),
            ReservationStatus.Expired => (ExpiredNotice.Name, ExpiredForActorNotice.Name),
            _ => ((string?)null, (string?)null),
        };
        if (resident is not null && r.ResidentEmail is { } email) outbox.Add(resident, email, Language.Nb, r);
        if (actor is null) return;
        foreach (var address in await ReservationView.ActorAddressesAsync(db, r.InitiativeId, ct))
            outbox.Add(actor, address, Language.Nb, r);
    }
}
