using System.Globalization;
using System.Text;

namespace Omigjen.Web.Features.Activities.Calendar;

public static class OccasionCalendar
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The name is the shared contract.")]
    public static byte[] Single(ActivitySeries series, ActivityOccasion occasion, string place, string link, string host, string method, DateTime stampUtc)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(occasion);
        var f = "yyyyMMdd'T'HHmmss'Z'";
        var status = method == "CANCEL" || occasion.Status == OccasionStatus.Cancelled ? "CANCELLED" : "CONFIRMED";
        var text = string.Join("\r\n",
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//OMigjen//Aktiviteter//NB", $"METHOD:{method}", "BEGIN:VEVENT",
            $"UID:{Uid(series.Id, occasion.OriginalStartUtc, host)}",
            string.Create(CultureInfo.InvariantCulture, $"SEQUENCE:{occasion.Sequence}"),
            $"DTSTAMP:{stampUtc.ToString(f, CultureInfo.InvariantCulture)}",
            $"DTSTART:{occasion.StartUtc.ToString(f, CultureInfo.InvariantCulture)}",
            $"DTEND:{occasion.EndUtc.ToString(f, CultureInfo.InvariantCulture)}",
            $"SUMMARY:{series.Title}", $"LOCATION:{place}", $"URL:{link}", $"STATUS:{status}",
            "END:VEVENT", "END:VCALENDAR", "");
        return Encoding.UTF8.GetBytes(text);
    }

    public static string Uid(long seriesId, DateTime originalStartUtc, string host) =>
        string.Create(CultureInfo.InvariantCulture, $"occasion-{seriesId}-{originalStartUtc:yyyyMMdd'T'HHmmss'Z'}@{host}");
}
