using System.Text.Json;

namespace Omigjen.Web.Features.Initiatives;

/// <summary>Writes directory hits as a GeoJSON FeatureCollection (RFC 7946: coordinates are longitude, latitude).</summary>
public static class GeoJsonWriter
{
    public const string ContentType = "application/geo+json";

    /// <summary>
    /// The hits as features; each feature's <c>state</c> and <c>status</c> describe now, or under a time filter of
    /// <paramref name="query"/> the chosen time (<see cref="StatusText.Describe"/>), as the result cards do.
    /// </summary>
    public static byte[] Write(DirectorySnapshot snapshot, IEnumerable<SearchHit> hits, InitiativeQuery query, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(query);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteStartArray("features");
            foreach (var hit in hits)
            {
                var i = hit.Entry.Initiative;
                var (status, opening) = StatusText.Describe(snapshot, hit.Entry, query.Open, query.At, now, zone, OpenWhenRules.StateAt(hit.Entry, now, zone));
                var state = opening.Token();
                // Every location of a book-cabinet style initiative is its own point on the map.
                foreach (var l in hit.Locations)
                {
                    w.WriteStartObject();
                    w.WriteString("type", "Feature");
                    w.WriteStartObject("geometry");
                    w.WriteString("type", "Point");
                    w.WriteStartArray("coordinates");
                    w.WriteNumberValue(Math.Round(l.Longitude, 6));
                    w.WriteNumberValue(Math.Round(l.Latitude, 6));
                    w.WriteEndArray();
                    w.WriteEndObject();
                    w.WriteStartObject("properties");
                    w.WriteString("slug", i.Slug);
                    w.WriteString("name", l.Name ?? i.Name);
                    w.WriteString("initiative", i.Name);
                    w.WriteString("address", l.Address);
                    w.WriteString("kind", i.Kinds.Count > 0 ? Tokens.Of(i.Kinds[0]) : null);
                    w.WriteString("kindLabel", i.Kinds.Count > 0 ? Labels.Of(i.Kinds[0]) : null);
                    w.WriteString("state", state);
                    w.WriteString("status", status);
                    w.WriteString("url", $"/initiativ/{i.Slug}");
                    w.WriteBoolean("illustrative", i.IsIllustrative);
                    w.WriteEndObject();
                    w.WriteEndObject();
                }
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
