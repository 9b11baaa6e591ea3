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
        text = Apply(text, KeyPrefix(), _ => "", warnings, "overflødig og fjernet", "superfluous and removed");
        text = Apply(text, TypographicQuote(), _ => "\"", warnings, "vanlig anførselstegn", "a plain quotation mark");
        text = Apply(text, AppointmentWords(), Appointment, warnings, "en kommentar", "a comment");
        text = Apply(text, AlwaysWords(), _ => "24/7", warnings, "«24/7»", "\"24/7\"");
        text = Apply(text, DailyWords(), _ => "Mo-Su", warnings, "«Mo-Su»", "\"Mo-Su\"");
        text = Apply(text, WeekendWords(), _ => "Sa,Su", warnings, "«Sa,Su»", "\"Sa,Su\"");
        text = Apply(text, OtherScriptWeekdays(), m => OtherScriptDays[m.Value], warnings, "en ukedag", "a weekday");
        text = LookAlikes(text, warnings);
        text = Apply(text, ClosedWords(), _ => "off", warnings, "«off»", "\"off\"");
        text = Apply(text, OpenWords(), _ => "open", warnings, "«open»", "\"open\"");
        text = Apply(text, ClockWord(), _ => "", warnings, "overflødig og fjernet", "superfluous and removed");
        text = Apply(text, Midnight(), _ => "00:00", warnings, "«00:00»", "\"00:00\"");
        text = Apply(text, Ampersand(), _ => ",", warnings, "«,»", "\",\"");
        text = Apply(text, AndWords(), _ => ", ", warnings, "«,»", "\",\"");
        string before = text;
        text = DayRangeWords().Replace(text, m => DayRange(before, m, warnings));
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
            if (InsideComment(text, m.Index))
            {
                return m.Value;
            }

            warnings.Add((m.Index, $"«{m.Value.Trim()}» er lest som {nb}.", $"\"{m.Value.Trim()}\" was read as {en}."));
            return replace(m);
        });

    /// <summary>Whether a position lies between two plain quotation marks: comments are never rewritten.</summary>
    private static bool InsideComment(string text, int index)
    {
        bool inside = false;
        for (int i = 0; i < index; i++)
        {
            if (text[i] == '"')
            {
                inside = !inside;
            }
        }

        return inside;
    }

    private static string Appointment(Match m) =>
        m.Groups["nach"].Success ? "\"Nach Vereinbarung\"" : $"\"{m.Groups["on"].Value.ToLowerInvariant()} appointment\"";

    /// <summary>"Montags bis sonntags": a range word between two day or month names is a dash.</summary>
    private static string DayRange(string text, Match m, List<(int, string, string)> warnings)
    {
        if (InsideComment(text, m.Index)
            || !Words.TryLookup(m.Groups["a"].Value.ToLowerInvariant(), out var a, out _, out _)
            || !Words.TryLookup(m.Groups["b"].Value.ToLowerInvariant(), out var b, out _, out _)
            || a != b)
        {
            return m.Value;
        }

        var word = m.Groups["w"];
        warnings.Add((word.Index, $"«{word.Value}» er lest som «-».", $"\"{word.Value}\" was read as \"-\"."));
        return m.Groups["a"].Value + "-" + m.Groups["b"].Value;
    }

    /// <summary>Weekday names in scripts the lexer does not read (Russian, Georgian, Thai, Japanese, Arabic), as the reference corrects them.</summary>
    private static readonly Dictionary<string, string> OtherScriptDays = new(StringComparer.Ordinal)
    {
        ["понедельник"] = "Mo", ["вторник"] = "Tu", ["среда"] = "We", ["четверг"] = "Th", ["пятница"] = "Fr", ["суббота"] = "Sa", ["воскресенье"] = "Su",
        ["ორშაბათი"] = "Mo", ["სამშაბათი"] = "Tu", ["ოთხშაბათი"] = "We", ["ხუთშაბათი"] = "Th", ["პარასკევი"] = "Fr", ["შაბათი"] = "Sa", ["კვირა"] = "Su",
        ["วันจันทร์"] = "Mo", ["วันอังคาร"] = "Tu", ["วันพุธ"] = "We", ["วันพฤหัสบดี"] = "Th", ["วันศุกร์"] = "Fr", ["วันเสาร์"] = "Sa", ["วันอาทิตย์"] = "Su",
        ["月曜日"] = "Mo", ["火曜日"] = "Tu", ["水曜日"] = "We", ["木曜日"] = "Th", ["金曜日"] = "Fr", ["土曜日"] = "Sa", ["日曜日"] = "Su",
        ["الاثنين"] = "Mo", ["الثلاثاء"] = "Tu", ["الأربعاء"] = "We", ["الخميس"] = "Th", ["الجمعة"] = "Fr", ["السبت"] = "Sa", ["الأحد"] = "Su",
    };

    /// <summary>
    /// A keyword typed with Cyrillic or Greek letters that look like Latin ones ("оff" with a Cyrillic "о"), as the
    /// reference corrects it. Only words that become a keyword are rewritten, so Russian words stay as they are.
    /// </summary>
    private static string LookAlikes(string text, List<(int, string, string)> warnings) =>
        MixedScriptWord().Replace(text, m =>
        {
            Span<char> latin = stackalloc char[Math.Min(m.Length, 32)];
            if (m.Length > latin.Length || InsideComment(text, m.Index))
            {
                return m.Value;
            }

            for (int i = 0; i < m.Length; i++)
            {
                char c = m.Value[i];
                int at = LookAlikeLetters.IndexOf(c, StringComparison.Ordinal);
                latin[i] = at >= 0 ? LatinLetters[at] : c;
            }

            Span<char> lower = stackalloc char[latin.Length];
            latin.ToLowerInvariant(lower);
            if (!Words.TryLookup(lower, out _, out _, out _))
            {
                return m.Value;
            }

            string corrected = latin.ToString();
            warnings.Add((m.Index, $"«{m.Value}» inneholder kyrilliske eller greske bokstaver og er lest som «{corrected}».",
                $"\"{m.Value}\" contains Cyrillic or Greek letters and was read as \"{corrected}\"."));
            return corrected;
        });

    // Cyrillic and Greek letters that look like Latin ones, position by position.
    private const string LookAlikeLetters = "аеорсухкіјѕԁһԛԝАВЕКМНОРСТХУІЈЅοαινκτυΑΒΕΖΗΙΚΜΝΟΡΤΥΧ";
    private const string LatinLetters = "aeopcyxkijsdhqwABEKMHOPCTXYIJSoaivktuABEZHIKMNOPTYX";

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

    [GeneratedRegex(@"^\s*(?:;\s*)+")]
    private static partial Regex LeadingSemicolon();

    [GeneratedRegex(@"[“”„‟«»‹›‚‘’‛'「」『』]")]
    private static partial Regex TypographicQuote();

    [GeneratedRegex(@"^\s*(?:opening_hours\s*=\s*|öffnungszeit(?:en)?\s*:?\s*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyPrefix();

    [GeneratedRegex(@"\b(?:(?<nach>nach)[ _]vereinbarung|(?<on>on|by)[ _]appointment)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AppointmentWords();

    [GeneratedRegex(@"\b(?:24\s*hours\s+7\s+days\s+a\s+week|non-?stop(?:\s+geöffnet)?|24\s*hours|24\s*h|24\s*/\s*7\s*/\s*365|24\s*x\s*7|always(?:\s+open)?|anytime|all\s+day)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AlwaysWords();

    [GeneratedRegex(@"\b(?:daily|every\s*day|all\s+days|täglich|taeglich|7\s*days?(?:\s*(?:a|/|per)\s*week)?|7\s*j\s*/\s*7|7\s*/\s*7)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DailyWords();

    [GeneratedRegex(@"\bweekends?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeekendWords();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|ორშაბათი|სამშაბათი|ოთხშაბათი|ხუთშაბათი|პარასკევი|შაბათი|კვირა|วันจันทร์|วันอังคาร|วันพุธ|วันพฤหัสบดี|วันศุกร์|วันเสาร์|วันอาทิตย์|月曜日|火曜日|水曜日|木曜日|金曜日|土曜日|日曜日|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد)(?![\p{L}\p{M}])")]
    private static partial Regex OtherScriptWeekdays();

    [GeneratedRegex(@"(?<!\p{L})(?=\p{L}*[\u0370-\u03FF\u0400-\u052F])\p{L}+")]
    private static partial Regex MixedScriptWord();

    [GeneratedRegex(@"\bgeschl(?:ossen\b|\.)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClosedWords();

    [GeneratedRegex(@"\bgeöffnet\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpenWords();

    [GeneratedRegex(@"(?<=\d)\s*uhr\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClockWord();

    [GeneratedRegex(@"\bmidnight\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Midnight();

    [GeneratedRegex(@"\s*&\s*")]
    private static partial Regex Ampersand();

    [GeneratedRegex(@"(?<=\S)\s+(?:and|und)\s+(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AndWords();

    [GeneratedRegex(@"\b(?<a>\p{L}+)\s+(?<w>bis|to|through|until|till?)\s+(?<b>\p{L}+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayRangeWords();

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
