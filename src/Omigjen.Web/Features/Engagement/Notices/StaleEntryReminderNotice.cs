using System.Text.Encodings.Web;
using Microsoft.Extensions.Options;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Engagement.Notices;

/// <summary>The entry and the signed token of its one-click confirm link (valid for 30 days from when the notice was written).</summary>
public sealed record StaleEntryReminderData(string Name, string Slug, string Token);

/// <summary>"Is the information about X still correct?" to an owner of an entry nobody has confirmed for six months.</summary>
public sealed class StaleEntryReminderNotice(NoticeLinks links, IOptions<MunicipalityOptions> municipality) : NoticeTemplate<StaleEntryReminderData>
{
    public const string Name = "initiative.stale-reminder";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(StaleEntryReminderData d, Notice notice, CancellationToken ct)
    {
        var confirm = links.Page("/Engagement/Confirm", new { t = d.Token });
        var edit = links.Page("/Initiatives/Editor/Overview", new { slug = d.Slug });
        var name = d.Name;
        var m = municipality.Value;
        var subject = $"Er informasjonen om {name} fortsatt riktig? / Is the information about {name} still correct?";
        var text =
            $"Er informasjonen om {name} fortsatt riktig?\n\n" +
            "Folk bruker OMigjen for å finne ut når og hvor de kan levere og handle brukt. Se over oppføringen, og bekreft at alt stemmer med ett klikk:\n\n" +
            $"Alt stemmer: {confirm}\n\n" +
            $"Noe må endres: {edit}\n\n" +
            "Lenken for å bekrefte virker i 30 dager.\n\n---\n" +
            $"Is the information about {name} still correct?\n\n" +
            "People use OMigjen to find out when and where they can drop off and buy second-hand. Look over the entry and confirm that everything is right with one click:\n\n" +
            $"All correct: {confirm}\n\n" +
            $"Something needs changing: {edit}\n\n" +
            "The confirm link works for 30 days.\n\n" +
            $"{m.Name} · {m.ContactEmail}\n";
        var e = HtmlEncoder.Default;
        var html =
            $"<p><strong>Er informasjonen om {e.Encode(name)} fortsatt riktig?</strong></p>" +
            "<p>Folk bruker OMigjen for å finne ut når og hvor de kan levere og handle brukt. Se over oppføringen, og bekreft at alt stemmer med ett klikk.</p>" +
            $"<p><a href=\"{e.Encode(confirm)}\">Ja, alt stemmer</a> · <a href=\"{e.Encode(edit)}\">Noe må endres</a></p>" +
            "<p>Lenken for å bekrefte virker i 30 dager.</p><hr>" +
            $"<div lang=\"en\"><p><strong>Is the information about {e.Encode(name)} still correct?</strong></p>" +
            "<p>People use OMigjen to find out when and where they can drop off and buy second-hand. Look over the entry and confirm that everything is right with one click.</p>" +
            $"<p><a href=\"{e.Encode(confirm)}\">Yes, everything is correct</a> · <a href=\"{e.Encode(edit)}\">Something needs changing</a></p>" +
            "<p>The confirm link works for 30 days.</p></div>" +
            $"<p>{e.Encode(m.Name)} · {e.Encode(m.ContactEmail)}</p>";
        return Task.FromResult<NoticeMessage?>(new NoticeMessage(subject, text) { Html = html });
    }
}
