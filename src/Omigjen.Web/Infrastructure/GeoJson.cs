using System.Text.Json;

namespace Omigjen.Web.Infrastructure;

/// <summary>
/// The GeoJSON envelope the maps read (RFC 7946): a FeatureCollection of points, coordinates as longitude, latitude
/// rounded to six decimals (about 10 cm). Each feature's properties are the caller's.
/// </summary>
public static class GeoJson
{
    public const string ContentType = "application/geo+json";

    /// <summary>A FeatureCollection: <paramref name="foreignMembers"/> (RFC 7946 §6.1) before the features, which <paramref name="features"/> writes with <see cref="Point"/>.</summary>
    public static byte[] FeatureCollection(Action<Utf8JsonWriter> features, Action<Utf8JsonWriter>? foreignMembers = null)
    {
        ArgumentNullException.ThrowIfNull(features);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            foreignMembers?.Invoke(w);
            w.WriteStartArray("features");
            features(w);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>One point feature, with an optional id, whose properties <paramref name="properties"/> writes.</summary>
    public static void Point(Utf8JsonWriter w, double latitude, double longitude, Action<Utf8JsonWriter> properties, long? id = null)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(properties);
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        if (id is { } value) w.WriteNumber("id", value);
        w.WriteStartObject("geometry");
        w.WriteString("type", "Point");
        w.WriteStartArray("coordinates");
        w.WriteNumberValue(Math.Round(longitude, 6));
        w.WriteNumberValue(Math.Round(latitude, 6));
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartObject("properties");
        properties(w);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
