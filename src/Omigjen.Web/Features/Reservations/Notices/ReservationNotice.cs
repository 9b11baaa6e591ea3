using Microsoft.Extensions.Options;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Email;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Reservations.Notices;

/// <summary>What the hold notices share: the hold as it was when the notice was written, its deadline and the links.</summary>
public abstract class ReservationNotice(MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> municipality)
    : NoticeTemplate<ReservationView>
{
    protected string MineLink => links.Page("/Reservations/Mine");

    protected string HoldsLink(ReservationView r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return links.Page("/Reservations/Holds", new { slug = r.InitiativeSlug });
    }

    protected (string Nb, string En) Deadline(ReservationView r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return ReservationRules.Describe(clock.ToLocal(r.ExpiresAt));
    }

    protected Task<NoticeMessage?> Bilingual(string subject, string[] nb, string[] en, string link) =>
        Task.FromResult<NoticeMessage?>(BilingualEmail.Message(subject, nb, en, link, municipality.Value));
}
