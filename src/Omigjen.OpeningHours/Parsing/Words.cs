using Omigjen.OpeningHours.Syntax;

namespace Omigjen.OpeningHours.Parsing;

/// <summary>The keywords of the syntax plus the spellings people commonly use instead (English and Norwegian).</summary>
internal static class Words
{
    public static readonly string[] WeekdayNames = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
    public static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly Dictionary<string, (TokenKind Kind, int Value, string Canonical)> Map = Build();

    private static readonly Dictionary<string, (TokenKind Kind, int Value, string Canonical)>.AlternateLookup<ReadOnlySpan<char>> SpanMap =
        Map.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryLookup(ReadOnlySpan<char> lowerWord, out TokenKind kind, out int value, out string canonical)
    {
        if (SpanMap.TryGetValue(lowerWord, out var entry))
        {
            (kind, value, canonical) = entry;
            return true;
        }

        (kind, value, canonical) = (TokenKind.End, 0, string.Empty);
        return false;
    }

    private static Dictionary<string, (TokenKind, int, string)> Build()
    {
        var map = new Dictionary<string, (TokenKind, int, string)>(StringComparer.Ordinal);
        string[][] weekdays =
        [
            ["mo", "mon", "monday", "man", "mandag", "montag", "montags", "lundi", "lunes", "lunedì", "maandag"],
            ["tu", "tue", "tues", "tuesday", "tir", "tirsdag", "di", "dienstag", "dienstags", "mardi", "martes", "martedì", "dinsdag"],
            ["we", "wed", "wednesday", "ons", "onsdag", "mi", "mittwoch", "mittwochs", "mercredi", "miércoles", "mercoledì", "woensdag"],
            ["th", "thu", "thur", "thurs", "thursday", "tor", "torsdag", "do", "donnerstag", "donnerstags", "jeudi", "jueves", "giovedì", "donderdag"],
            ["fr", "fri", "friday", "fre", "fredag", "freitag", "freitags", "vendredi", "viernes", "venerdì", "vrijdag"],
            ["sa", "sat", "saturday", "lør", "lørdag", "lor", "lordag", "samstag", "samstags", "sonnabend", "samedi", "sábado", "sabato", "zaterdag"],
            ["su", "sun", "sunday", "søn", "søndag", "son", "sondag", "so", "sonntag", "sonntags", "dimanche", "domingo", "domenica", "zondag"],
        ];
        for (int d = 0; d < weekdays.Length; d++)
        {
            foreach (var w in weekdays[d])
            {
                map[w] = (TokenKind.Weekday, d, WeekdayNames[d]);
            }
        }

        string[][] months =
        [
            ["jan", "january", "januar", "janvier", "enero", "gennaio"], ["feb", "february", "februar", "février", "febrero", "febbraio"], ["mar", "march", "mars", "märz", "marzo"],
            ["apr", "april", "avril", "abril", "aprile"], ["may", "mai", "mayo", "maggio"], ["jun", "june", "juni", "juin", "junio", "giugno"], ["jul", "july", "juli", "juillet", "julio", "luglio"],
            ["aug", "august", "août", "agosto"], ["sep", "sept", "september", "septembre", "septiembre", "settembre"], ["oct", "october", "okt", "oktober", "octobre", "octubre", "ottobre"],
            ["nov", "november", "novembre", "noviembre"], ["dec", "december", "des", "desember", "dezember", "décembre", "diciembre", "dicembre"],
        ];
        for (int m = 0; m < months.Length; m++)
        {
            foreach (var w in months[m])
            {
                map[w] = (TokenKind.Month, m + 1, MonthNames[m]);
            }
        }

        map["ph"] = (TokenKind.Holiday, 0, "PH");
        map["sh"] = (TokenKind.Holiday, 1, "SH");
        map["easter"] = (TokenKind.Easter, 0, "easter");
        map["week"] = (TokenKind.Week, 0, "week");
        map["day"] = (TokenKind.Day, 0, "day");
        map["days"] = (TokenKind.Day, 0, "days");
        map["dawn"] = (TokenKind.Variable, (int)TimeVariable.Dawn, "dawn");
        map["sunrise"] = (TokenKind.Variable, (int)TimeVariable.Sunrise, "sunrise");
        map["sunset"] = (TokenKind.Variable, (int)TimeVariable.Sunset, "sunset");
        map["dusk"] = (TokenKind.Variable, (int)TimeVariable.Dusk, "dusk");
        map["open"] = (TokenKind.Modifier, (int)Modifier.Open, "open");
        map["closed"] = (TokenKind.Modifier, (int)Modifier.Closed, "closed");
        map["off"] = (TokenKind.Modifier, (int)Modifier.Off, "off");
        map["unknown"] = (TokenKind.Modifier, (int)Modifier.Unknown, "unknown");
        return map;
    }
}
