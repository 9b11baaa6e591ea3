using System.Buffers;
using System.Globalization;

namespace Omigjen.Web.Features.Activities.Calendar;

/// <summary>
/// Occasions as iCalendar events, written directly (see <see cref="IcsWriter"/>): one file for an e-mail or a download
/// (<see cref="Single"/>) and the subscribable feeds (<see cref="OccasionFeeds"/>). Every occasion is its own VEVENT
/// whose UID comes from the series and the occasion's original start, so a move or a cancellation updates the event
/// already in a calendar (SEQUENCE is the occasion's). Times are local with TZID=Europe/Oslo and its VTIMEZONE.
/// </summary>
public static class OccasionCalendar
{
    public const string ZoneId = "Europe/Oslo";
    public const string ContentType = "text/calendar; charset=utf-8";
    public const string ProductId = "-//OMigjen//Aktiviteter//NB";

    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    /// <summary>The UID of an occasion: the same for its whole life, whatever is changed or moved.</summary>
    public static string Uid(long seriesId, DateTime originalStartUtc, string host) =>
        string.Create(CultureInfo.InvariantCulture, $"occasion-{seriesId}-{originalStartUtc:yyyyMMdd'T'HHmmss'Z'}@{host}");

    /// <summary>
    /// One occasion as an .ics file; <paramref name="method"/> is "PUBLISH" (a download), "REQUEST" (added or changed,
    /// by e-mail) or "CANCEL" (removed, by e-mail; the event is marked cancelled).
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The name other features call it by.")]
    public static byte[] Single(ActivitySeries series, ActivityOccasion occasion, string place, string link, string host, string method, DateTime stampUtc)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(occasion);
        ArgumentException.ThrowIfNullOrEmpty(method);
        var buffer = new ArrayBufferWriter<byte>(4096);
        var w = new IcsWriter(buffer);
        Begin(w, method.ToUpperInvariant());
        Event(w, series, occasion, place, link, host, stampUtc, organizer: method is not "PUBLISH" and not "publish",
            cancelled: string.Equals(method, "CANCEL", StringComparison.OrdinalIgnoreCase));
        w.Raw("END:VCALENDAR");
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The calendar's start and the Europe/Oslo time zone.</summary>
    public static void Begin(IcsWriter w, string method, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.Raw("BEGIN:VCALENDAR");
        w.Raw("VERSION:2.0");
        w.Raw("PRODID:" + ProductId);
        w.Raw("CALSCALE:GREGORIAN");
        w.Raw("METHOD:" + method);
        if (name is not null)
        {
            w.Text("NAME", name);
            w.Text("X-WR-CALNAME", name);
            w.Raw("X-WR-TIMEZONE:" + ZoneId);
            w.Raw("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
            w.Raw("X-PUBLISHED-TTL:PT1H");
        }
        foreach (var line in TimeZoneLines) w.Raw(line);
    }

    private static readonly string[] TimeZoneLines =
    [
        "BEGIN:VTIMEZONE", "TZID:" + ZoneId, "X-LIC-LOCATION:" + ZoneId,
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ];

    /// <summary>One VEVENT for the occasion.</summary>
    public static void Event(IcsWriter w, ActivitySeries series, ActivityOccasion o, string place, string link, string host, DateTime stampUtc,
        bool organizer = false, bool cancelled = false)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(o);
        cancelled |= o.Status == OccasionStatus.Cancelled;
        w.Raw("BEGIN:VEVENT");
        w.Raw("UID:" + Uid(o.SeriesId, o.OriginalStartUtc, host));
        w.Raw("SEQUENCE:" + o.Sequence.ToString(CultureInfo.InvariantCulture));
        w.Utc("DTSTAMP", stampUtc);
        w.Local("DTSTART", ZoneId, TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(o.StartUtc, DateTimeKind.Utc), Oslo));
        w.Local("DTEND", ZoneId, TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(o.EndUtc, DateTimeKind.Utc), Oslo));
        w.Text("SUMMARY", cancelled ? "Avlyst / Cancelled: " + series.Title : series.Title);
        var description = series.Description ?? "";
        if (o.Status == OccasionStatus.Moved && o.PreviousStartUtc is { } before)
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(before, DateTimeKind.Utc), Oslo);
            description = string.Create(CultureInfo.InvariantCulture, $"Flyttet fra / Moved from {local:dd.MM.yyyy HH:mm}.\n\n") + description;
        }
        if (description.Length > 0) w.Text("DESCRIPTION", description);
        if (place.Length > 0) w.Text("LOCATION", place);
        if (o.Latitude != 0 || o.Longitude != 0)
            w.Raw(string.Create(CultureInfo.InvariantCulture, $"GEO:{o.Latitude:0.######};{o.Longitude:0.######}"));
        w.Raw("URL:" + link);
        w.Text("CATEGORIES", series.Kind.ToString());
        if (organizer)
            w.Raw("ORGANIZER;CN=\"" + (series.Initiative?.Name ?? "OMigjen").Replace("\"", "'", StringComparison.Ordinal) + "\":mailto:ikke-svar@" + host);
        w.Raw(cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
        w.Raw("END:VEVENT");
    }
}
