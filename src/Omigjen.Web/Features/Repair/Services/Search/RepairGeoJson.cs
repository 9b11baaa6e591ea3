using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

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
        return GeoJson.FeatureCollection(w =>
        {
            foreach (var group in hits.GroupBy(h => h.Entry.Initiative.Id))
            {
                var first = group.First();
                var i = first.Entry.Initiative;
                var count = group.Count();
                var cheapest = group.Min(h => RepairSearch.LowestPrice(h.Service));
                var state = OpenWhenRules.StateAt(first.Entry, now, zone);
                GeoJson.Point(w, first.Location.Latitude, first.Location.Longitude, p =>
                {
                    p.WriteString("slug", i.Slug);
                    p.WriteString("name", i.Name);
                    p.WriteString("initiative", i.Name);
                    p.WriteString("address", first.Location.Address);
                    p.WriteString("kind", "repair");
                    p.WriteString("kindLabel", count == 1
                        ? L.T($"1 reparasjon, fra {cheapest} kr", $"1 repair, from {cheapest} kr")
                        : L.T($"{count} reparasjoner, fra {cheapest} kr", $"{count} repairs, from {cheapest} kr"));
                    p.WriteNumber("services", count);
                    p.WriteNumber("fromNok", cheapest);
                    p.WriteString("state", state.Token());
                    p.WriteString("status", snapshot.StatusTextFor(first.Entry, now, zone));
                    p.WriteString("url", $"/initiativ/{i.Slug}");
                });
            }
        });
    }
}
