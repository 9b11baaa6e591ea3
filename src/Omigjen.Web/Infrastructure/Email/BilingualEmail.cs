using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Omigjen.Web.Infrastructure.Email;

/// <summary>A message in bokmål with English below, each part followed by the link, signed with the municipality's name and address.</summary>
public static class BilingualEmail
{
    public static EmailMessage Build(string to, string subject, IEnumerable<string> nb, IEnumerable<string> en, string link, MunicipalityOptions municipality)
    {
        var m = Message(subject, nb, en, link, municipality);
        return new EmailMessage(to, m.Subject, m.Text) { HtmlBody = m.Html };
    }

    /// <summary>The same as a notice's message (see <see cref="Outbox.INoticeTemplate"/>).</summary>
    public static Outbox.NoticeMessage Message(string subject, IEnumerable<string> nb, IEnumerable<string> en, string link, MunicipalityOptions municipality)
    {
        ArgumentNullException.ThrowIfNull(nb);
        ArgumentNullException.ThrowIfNull(en);
        ArgumentNullException.ThrowIfNull(municipality);
        var (nbLines, enLines) = (nb.ToList(), en.ToList());
        var text = new StringBuilder();
        foreach (var line in nbLines) text.Append(line).Append("\n\n");
        text.Append(link).Append("\n\n---\n");
        foreach (var line in enLines) text.Append(line).Append("\n\n");
        text.Append(link).Append("\n\n").Append(CultureInfo.InvariantCulture, $"{municipality.Name} · {municipality.ContactEmail}\n");
        var e = HtmlEncoder.Default;
        var html = new StringBuilder();
        foreach (var line in nbLines) html.Append(EmailHtml.Paragraphs(line));
        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{e.Encode(link)}\">{e.Encode(link)}</a></p><hr><div lang=\"en\">");
        foreach (var line in enLines) html.Append(EmailHtml.Paragraphs(line));
        html.Append(CultureInfo.InvariantCulture, $"</div><p>{e.Encode(municipality.Name)} · {e.Encode(municipality.ContactEmail)}</p>");
        return new Outbox.NoticeMessage(subject, text.ToString()) { Html = html.ToString() };
    }
}
