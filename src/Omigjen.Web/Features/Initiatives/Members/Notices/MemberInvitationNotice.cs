using Microsoft.Extensions.Options;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Email;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Initiatives.Members.Notices;

/// <summary>The invitation's secret token is part of the data, which is emptied once the e-mail is sent.</summary>
public sealed record MemberInvitationData(string InitiativeName, string InvitedBy, string Token);

/// <summary>An owner invites a colleague to keep an initiative's entry up to date.</summary>
public sealed class MemberInvitationNotice(NoticeLinks links, IOptions<MunicipalityOptions> municipality) : NoticeTemplate<MemberInvitationData>
{
    public const string Name = "initiative.member-invitation";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(MemberInvitationData d, Notice notice, CancellationToken ct) =>
        Task.FromResult<NoticeMessage?>(BilingualEmail.Message($"Invitasjon til {d.InitiativeName} i OMigjen / Invitation to {d.InitiativeName}",
            [$"{d.InvitedBy} inviterer deg til å holde informasjonen om «{d.InitiativeName}» oppdatert i OMigjen. Åpne lenken og logg inn eller lag konto med denne e-postadressen (lenken gjelder i 14 dager):"],
            [$"{d.InvitedBy} invites you to keep the information about “{d.InitiativeName}” up to date in OMigjen. Open the link and sign in or create an account with this e-mail address (the link is valid for 14 days):"],
            links.Page("/Initiatives/Members/AcceptInvitation", new { t = d.Token }), municipality.Value));
}
