using System.Text.Json;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Repair.Services.Search;

/// <summary>
/// The repair search's hits on the map: one point per initiative with matching services (at its nearest place), in the
/// directory map's GeoJSON shape, so the same map script shows them; the popup says how many services and from what price.
/// </summary>
public static class RepairGeoJson
{
    public static byte[] Write(IEnumerable<RepairHit> hits, DirectorySnapshot snapshot, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(snapshot);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteStartArray("features");
            foreach (var group in hits.GroupBy(h => h.Entry.Initiative.Id))
            {
                var first = group.First();
                var i = first.Entry.Initiative;
                var count = group.Count();
                var cheapest = group.Min(h => RepairSearch.LowestPrice(h.Service));
                var state = OpenWhenRules.StateAt(first.Entry, now, zone);
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                w.WriteStartObject("geometry");
                w.WriteString("type", "Point");
                w.WriteStartArray("coordinates");
                w.WriteNumberValue(Math.Round(first.Location.Longitude, 6));
                w.WriteNumberValue(Math.Round(first.Location.Latitude, 6));
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteStartObject("properties");
                w.WriteString("slug", i.Slug);
                w.WriteString("name", i.Name);
                w.WriteString("initiative", i.Name);
                w.WriteString("address", first.Location.Address);
                w.WriteString("kind", "repair");
                w.WriteString("kindLabel", count == 1
                    ? Infrastructure.L.T($"1 reparasjon, fra {cheapest} kr", $"1 repair, from {cheapest} kr")
                    : Infrastructure.L.T($"{count} reparasjoner, fra {cheapest} kr", $"{count} repairs, from {cheapest} kr"));
                w.WriteNumber("services", count);
                w.WriteNumber("fromNok", cheapest);
                w.WriteString("state", state.Token());
                w.WriteString("status", snapshot.StatusTextFor(first.Entry, now, zone));
                w.WriteString("url", $"/initiativ/{i.Slug}");
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
