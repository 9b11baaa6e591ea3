using Microsoft.Extensions.Options;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Email;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Admin.Notices;

public sealed record ModerationDecisionData(ModerationKind Request, bool Approved, string InitiativeName, string Slug, string Message);

/// <summary>Tells the one who asked whether their new entry or takeover was approved, with the municipality's message.</summary>
public sealed class ModerationDecisionNotice(NoticeLinks links, IOptions<MunicipalityOptions> municipality) : NoticeTemplate<ModerationDecisionData>
{
    public const string Name = "initiative.moderation-decision";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(ModerationDecisionData d, Notice notice, CancellationToken ct)
    {
        var name = d.InitiativeName;
        var portalLink = links.Page("/Initiatives/Editor/Overview", new { slug = d.Slug });
        var (subject, nb, en, link) = (d.Request, d.Approved) switch
        {
            (ModerationKind.Registration, true) => (
                $"«{name}» er godkjent / “{name}” is approved",
                $"«{name}» er godkjent og vises nå på kartet i OMigjen. Du er eier av oppføringen og kan holde den oppdatert i aktørportalen:",
                $"“{name}” is approved and now shows on the OMigjen map. You own the entry and can keep it up to date in the actor portal:",
                portalLink),
            (ModerationKind.Registration, false) => (
                $"«{name}» ble ikke godkjent / “{name}” was not approved",
                $"Registreringen av «{name}» ble ikke godkjent.",
                $"The registration of “{name}” was not approved.",
                links.Page("/Initiatives/Members/Index")),
            (ModerationKind.Claim, true) => (
                $"Du er nå eier av «{name}» / You now own “{name}”",
                $"Forespørselen din om å overta «{name}» er godkjent. Du er nå eier og kan holde oppføringen oppdatert i aktørportalen:",
                $"Your request to take over “{name}” is approved. You are now the owner and can keep the entry up to date in the actor portal:",
                portalLink),
            _ => (
                $"Forespørselen om «{name}» ble ikke godkjent / The request for “{name}” was not approved",
                $"Forespørselen din om å overta «{name}» ble ikke godkjent.",
                $"Your request to take over “{name}” was not approved.",
                links.Page("/Initiatives/Members/Index")),
        };
        if (d.Message.Length > 0)
        {
            nb += $"\n\nMelding fra kommunen: {d.Message}";
            en += $"\n\nMessage from the municipality: {d.Message}";
        }
        return Task.FromResult<NoticeMessage?>(BilingualEmail.Message(subject, [nb], [en], link, municipality.Value));
    }
}
