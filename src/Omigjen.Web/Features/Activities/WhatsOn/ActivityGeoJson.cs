using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Activities.WhatsOn;

/// <summary>Occasions as GeoJSON, one point per occasion, for the map on "Hva skjer".</summary>
public static class ActivityGeoJson
{
    public static byte[] Write(WhatsOnResult result, MunicipalClock clock, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(clock);
        return GeoJson.FeatureCollection(
            w =>
            {
                foreach (var h in result.Hits)
                {
                    var o = h.Occasion;
                    var start = clock.ToLocal(o.StartUtc);
                    GeoJson.Point(w, o.Latitude, o.Longitude, p =>
                    {
                        p.WriteString("title", h.Title);
                        p.WriteString("start", start);
                        p.WriteString("end", clock.ToLocal(o.EndUtc));
                        p.WriteString("when", TimeText.DayAndTime(start, english: false));
                        p.WriteString("whenEn", TimeText.DayAndTime(start, english: true));
                        p.WriteString("kind", ActivityText.Token(o.Kind));
                        p.WriteString("status", o.Status.ToString().ToLowerInvariant());
                        p.WriteString("place", h.Place);
                        p.WriteString("initiative", h.InitiativeName);
                        p.WriteString("url", FormattableString.Invariant($"{baseUrl}/aktiviteter/{o.Id}"));
                    }, o.Id);
                }
            },
            // The map shows one page of the list, and says which.
            w =>
            {
                w.WriteNumber("total", result.Total);
                w.WriteNumber("page", result.Page);
                w.WriteNumber("pageCount", result.PageCount);
            });
    }
}
