using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;

namespace Omigjen.Web.Infrastructure.Email;

/// <summary>Plain e-mail text as HTML: each run of text between blank lines is a paragraph, a single line break a &lt;br&gt;.</summary>
public static partial class EmailHtml
{
    public static string Paragraphs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var e = HtmlEncoder.Default;
        var html = new StringBuilder();
        foreach (var paragraph in BlankLines().Split(text.Replace("\r\n", "\n", StringComparison.Ordinal)))
        {
            var lines = paragraph.Trim('\n').Split('\n');
            if (lines.All(string.IsNullOrWhiteSpace)) continue;
            html.Append("<p>").AppendJoin("<br>", lines.Select(l => e.Encode(l.TrimEnd()))).Append("</p>");
        }
        return html.ToString();
    }

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex BlankLines();
}
