using System.Globalization;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Initiatives;

/// <summary>Reads the query parameters the directory and the item search share; a bad value adds a <see cref="QueryError"/>.</summary>
public static class QueryValues
{
    /// <summary><c>near</c>: "lat,lon" or a place name in the municipality (then also its name).</summary>
    public static (GeoPoint? Point, string? Name) Near(string? near, List<QueryError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (near is null) return (null, null);
        var parts = near.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) && lat is >= -90 and <= 90
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) && lon is >= -180 and <= 180)
            return (new GeoPoint(lat, lon), null);
        if (Places.TryFind(near, out var place))
            return (place.Point, place.Name);
        errors.Add(new("near", "skriv et stedsnavn i kommunen eller breddegrad,lengdegrad", "type a place name in the municipality or lat,lon"));
        return (null, null);
    }

    public static bool Flag(string? value, string parameter, List<QueryError> errors) => value switch
    {
        null or "false" or "0" => false,
        "true" or "1" or "on" => true,
        _ => Error(errors, parameter, "bruk true eller false", "use true or false", false),
    };

    public static int WholeNumber(string? value, string parameter, int fallback, int min, int max, List<QueryError> errors)
    {
        if (value is null) return fallback;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        return Error(errors, parameter, $"må være et heltall fra {min} til {max}", $"must be a whole number from {min} to {max}", fallback);
    }

    /// <summary>Adds the error and gives <paramref name="fallback"/>, so a parser can go on and report every bad parameter.</summary>
    public static T Error<T>(List<QueryError> errors, string parameter, string nb, string en, T fallback)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Add(new(parameter, nb, en));
        return fallback;
    }

    /// <summary>Comma-separated category tokens or names ("bikes", "Sykler", "clothes-shoes"); each unknown one is an error.</summary>
    public static List<GoodsCategory> Categories(Microsoft.Extensions.Primitives.StringValues values, List<QueryError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var result = new List<GoodsCategory>();
        foreach (var token in values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (ItemCategories.TryParse(token, out var category)) { if (!result.Contains(category)) result.Add(category); }
            else errors.Add(new("category", $"ukjent kategori «{token}»; gyldige: {string.Join(", ", Tokens.All<GoodsCategory>())}",
                $"unknown category '{token}'; valid: {string.Join(", ", Tokens.All<GoodsCategory>())}"));
        }
        return result;
    }
}
