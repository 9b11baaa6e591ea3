using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Initiatives;

/// <summary>Writes directory hits as GeoJSON points, one per location.</summary>
public static class GeoJsonWriter
{
    /// <summary>
    /// The hits as features; each feature's <c>state</c> and <c>status</c> describe now, or under a time filter of
    /// <paramref name="query"/> the chosen time (<see cref="StatusText.Describe"/>), as the result cards do.
    /// </summary>
    public static byte[] Write(DirectorySnapshot snapshot, IEnumerable<SearchHit> hits, InitiativeQuery query, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(query);
        return GeoJson.FeatureCollection(w =>
        {
            foreach (var hit in hits)
            {
                var i = hit.Entry.Initiative;
                var (status, opening) = StatusText.Describe(snapshot, hit.Entry, query.Open, query.At, now, zone, OpenWhenRules.StateAt(hit.Entry, now, zone));
                var state = opening.Token();
                // Every location of a book-cabinet style initiative is its own point on the map.
                foreach (var l in hit.Locations)
                {
                    GeoJson.Point(w, l.Latitude, l.Longitude, p =>
                    {
                        p.WriteString("slug", i.Slug);
                        p.WriteString("name", l.Name ?? i.Name);
                        p.WriteString("initiative", i.Name);
                        p.WriteString("address", l.Address);
                        p.WriteString("kind", i.Kinds.Count > 0 ? Tokens.Of(i.Kinds[0]) : null);
                        p.WriteString("kindLabel", i.Kinds.Count > 0 ? Labels.Of(i.Kinds[0]) : null);
                        p.WriteString("state", state);
                        p.WriteString("status", status);
                        p.WriteString("url", $"/initiativ/{i.Slug}");
                        p.WriteBoolean("illustrative", i.IsIllustrative);
                    });
                }
            }
        });
    }
}
