using System.Text;
using System.Text.RegularExpressions;

namespace Omigjen.OpeningHours.Parsing;

/// <summary>
/// Forms the reference implementation corrects with a warning that the strict grammar rejects: range words and
/// glyphs between times ("12:00 to 14:00", "12:00→14:00"), am/pm, "17:00-late", a colon after "24/7" or a
/// modifier, full-width and super/subscript digits. Only tried after the strict parse has failed, so values
/// written correctly never pay for it.
/// </summary>
internal static partial class LenientRewriter
{
    /// <summary>The rewritten value with one warning per correction, or null when nothing applies.</summary>
    public static string? Rewrite(string value, List<(int Position, string Nb, string En)> warnings)
    {
        string text = value;
        text = Apply(text, LeadingSemicolon(), _ => "", warnings, "overflødig og fjernet", "superfluous and removed");
        text = Apply(text, TypographicQuote(), _ => "\"", warnings, "vanlig anførselstegn", "a plain quotation mark");
        text = Apply(text, AlwaysWords(), _ => "24/7", warnings, "«24/7»", "\"24/7\"");
        text = Apply(text, DailyWords(), _ => "Mo-Su", warnings, "«Mo-Su»", "\"Mo-Su\"");
        text = Apply(text, Ampersand(), _ => ",", warnings, "«,»", "\",\"");
        text = Digits(text, warnings);
        text = Apply(text, OpenEndWords(), _ => "+", warnings, "«+» (ukjent sluttid)", "\"+\" (open end)");
        text = Apply(text, AmPm(), ToTwentyFourHours, warnings, "24-timersklokke", "the 24-hour clock");
        text = Apply(text, RangeWords(), _ => "-", warnings, "«-»", "\"-\"");
        text = Apply(text, ColonAfterKeyword(), m => m.Groups[1].Value + " ", warnings, "uten «:»", "without \":\"");
        return string.Equals(text, value, StringComparison.Ordinal) ? null : text;
    }

    private static string Apply(string text, Regex regex, Func<Match, string> replace, List<(int, string, string)> warnings, string nb, string en) =>
        regex.Replace(text, m =>
        {
            warnings.Add((m.Index, $"«{m.Value.Trim()}» er lest som {nb}.", $"\"{m.Value.Trim()}\" was read as {en}."));
            return replace(m);
        });

    private static string ToTwentyFourHours(Match m)
    {
        int hour = int.Parse(m.Groups["h"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) % 12;
        if (char.ToLowerInvariant(m.Groups["ap"].Value[0]) == 'p')
        {
            hour += 12;
        }

        string minute = m.Groups["m"].Success ? m.Groups["m"].Value : "00";
        return $"{hour:00}:{minute}";
    }

    /// <summary>Full-width digits and colon, super- and subscript digits, and "°" used as a zero ("12°°").</summary>
    private static string Digits(string text, List<(int, string, string)> warnings)
    {
        StringBuilder? sb = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            char d = c switch
            {
                >= '\uFF10' and <= '\uFF19' => (char)('0' + (c - '\uFF10')),
                >= '\u2080' and <= '\u2089' => (char)('0' + (c - '\u2080')),
                '\u2070' => '0',
                '\u00B9' => '1',
                '\u00B2' => '2',
                '\u00B3' => '3',
                >= '\u2074' and <= '\u2079' => (char)('0' + (c - '\u2070')),
                '\u00B0' => '0',
                '\uFF1A' => ':',
                _ => c,
            };
            if (d != c)
            {
                if (sb is null)
                {
                    sb = new StringBuilder(text, 0, i, text.Length);
                    warnings.Add((i, $"«{c}» og lignende tegn er lest som vanlige sifre og «:».", $"\"{c}\" and similar characters were read as plain digits and \":\"."));
                }
            }

            sb?.Append(d);
        }

        return sb is null ? text : HourMinuteWithoutColon().Replace(sb.ToString(), "${h}:${m}");
    }

    [GeneratedRegex(@"^\s*;\s*")]
    private static partial Regex LeadingSemicolon();

    [GeneratedRegex(@"[“”„‟«»‹›]")]
    private static partial Regex TypographicQuote();

    [GeneratedRegex(@"\b(?:non-?stop|24\s*hours|24\s*h|24\s*/\s*7\s*/\s*365)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AlwaysWords();

    [GeneratedRegex(@"\b(?:daily|every\s+day|täglich|taeglich)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DailyWords();

    [GeneratedRegex(@"\s*&\s*")]
    private static partial Regex Ampersand();

    [GeneratedRegex(@"(?<=\d)\s*(?:-\s*late|\btill?\s+late|\bbis\s+open\s*end|-\s*open\s*end)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpenEndWords();

    [GeneratedRegex(@"\b(?<h>1[0-2]|0?[1-9])(?::(?<m>[0-5]\d)|\.(?<m>[0-5]\d))?\s*(?<ap>[ap])\.?\s?m\.?(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AmPm();

    [GeneratedRegex(@"(?<=\d)(?:\s*(?:→|~|～|=|ー)\s*|\s+(?:to|till?|until|through|bis|às?|ás?|as?|ate|до)\s+)(?=\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeWords();

    [GeneratedRegex(@"(24/7|\bclosed|\boff|\bopen|\bunknown)\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ColonAfterKeyword();

    [GeneratedRegex(@"(?<![\d:])(?<h>[01]\d|2[0-4])(?<m>[0-5]\d)(?![\d:])")]
    private static partial Regex HourMinuteWithoutColon();
}
