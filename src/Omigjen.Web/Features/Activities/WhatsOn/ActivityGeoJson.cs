using System.Text.Json;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Activities.WhatsOn;

/// <summary>Occasions as a GeoJSON FeatureCollection (RFC 7946: longitude, latitude), one point per occasion, for the map on "Hva skjer".</summary>
public static class ActivityGeoJson
{
    public static byte[] Write(WhatsOnResult result, MunicipalClock clock, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(clock);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            // Foreign members (RFC 7946 §6.1): the map shows one page of the list, and says which.
            w.WriteNumber("total", result.Total);
            w.WriteNumber("page", result.Page);
            w.WriteNumber("pageCount", result.PageCount);
            w.WriteStartArray("features");
            foreach (var h in result.Hits)
            {
                var o = h.Occasion;
                var start = clock.ToLocal(o.StartUtc);
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                w.WriteNumber("id", o.Id);
                w.WriteStartObject("geometry");
                w.WriteString("type", "Point");
                w.WriteStartArray("coordinates");
                w.WriteNumberValue(Math.Round(o.Longitude, 6));
                w.WriteNumberValue(Math.Round(o.Latitude, 6));
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteStartObject("properties");
                w.WriteString("title", h.Title);
                w.WriteString("start", start);
                w.WriteString("end", clock.ToLocal(o.EndUtc));
                w.WriteString("when", TimeText.DayAndTime(start, english: false));
                w.WriteString("whenEn", TimeText.DayAndTime(start, english: true));
                w.WriteString("kind", ActivityText.Token(o.Kind));
                w.WriteString("status", o.Status.ToString().ToLowerInvariant());
                w.WriteString("place", h.Place);
                w.WriteString("initiative", h.InitiativeName);
                w.WriteString("url", FormattableString.Invariant($"{baseUrl}/aktiviteter/{o.Id}"));
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
