using System.Globalization;

namespace Omigjen.OpeningHours;

/// <summary>Day names and clock formats for the two languages.</summary>
internal static class TextWords
{
    private static readonly string[] ShortNb = ["man", "tir", "ons", "tor", "fre", "lør", "søn"];
    private static readonly string[] ShortEn = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    private static readonly string[] LongNb = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"];
    private static readonly string[] LongEn = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] MonthsNb = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];
    private static readonly string[] MonthsEn = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Monday = 0.</summary>
    public static string ShortDay(int day, Language language) => language == Language.Nb ? ShortNb[day] : ShortEn[day];

    public static string LongDay(int day, Language language) => language == Language.Nb ? LongNb[day] : LongEn[day];

    public static string Date(DateOnly date, Language language) => language == Language.Nb
        ? string.Create(CultureInfo.InvariantCulture, $"{date.Day}. {MonthsNb[date.Month - 1]}")
        : string.Create(CultureInfo.InvariantCulture, $"{date.Day} {MonthsEn[date.Month - 1]}");

    /// <summary>Short form for schedules: "10" on the hour, otherwise "10.30" (bokmål) or "10:30" (English).</summary>
    public static string ShortClock(int minutes, Language language)
    {
        int h = minutes / 60;
        int m = minutes % 60;
        if (m == 0)
        {
            return h.ToString("00", CultureInfo.InvariantCulture);
        }

        return string.Create(CultureInfo.InvariantCulture, $"{h:00}{(language == Language.Nb ? '.' : ':')}{m:00}");
    }

    public static string Month(int month, Language language) => language == Language.Nb ? MonthsNb[month - 1] : MonthsEn[month - 1];

    /// <summary>"30 min", "1 t 30 min" (bokmål) or "30 min", "1 h 30 min".</summary>
    public static string Duration(int minutes, Language language)
    {
        int h = minutes / 60;
        int m = minutes % 60;
        string hours = h == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{h} {(language == Language.Nb ? "t" : "h")}");
        string rest = m == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{m} min");
        return hours.Length > 0 && rest.Length > 0 ? hours + " " + rest : hours + rest;
    }

    /// <summary>An open end: "fra 18" in bokmål, "from 18:00" in English.</summary>
    public static string OpenEndFrom(string clock, Language language) =>
        (language == Language.Nb ? "fra " : "from ") + (language == Language.En && clock.Length == 2 && char.IsAsciiDigit(clock[0]) ? clock + ":00" : clock);

    /// <summary>Status form: "kl. 17" / "kl. 17.30" in bokmål, "17:00" in English.</summary>
    public static string StatusClock(TimeOnly time, Language language) => language == Language.Nb
        ? "kl. " + ShortClock((time.Hour * 60) + time.Minute, language)
        : "at " + time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Capitalize(string text) =>
        text.Length == 0 ? text : string.Concat(text[..1].ToUpperInvariant(), text.AsSpan(1));
}
