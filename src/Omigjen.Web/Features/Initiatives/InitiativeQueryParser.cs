using System.Globalization;
using Microsoft.Extensions.Primitives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Initiatives;

/// <summary>Reads the directory filters from a query string, collecting an error for each bad parameter.</summary>
public static class InitiativeQueryParser
{
    public const int MaxPageSize = 100;

    public static InitiativeQuery Parse(IEnumerable<KeyValuePair<string, StringValues>> query, List<QueryError> errors)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(errors);
        var q = query.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.OrdinalIgnoreCase);
        string? One(string key) => q.TryGetValue(key, out var v) && !StringValues.IsNullOrEmpty(v) ? v.ToString().Trim() : null;
        IEnumerable<string> Many(string key) => q.TryGetValue(key, out var v)
            ? v.SelectMany(s => (s ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            : [];

        var result = new InitiativeQuery
        {
            Text = One("q") is { Length: > 0 } text ? text[..Math.Min(text.Length, 200)] : null,
            Kinds = Enums<InitiativeKind>(Many("kind"), "kind", errors),
            Categories = Enums<GoodsCategory>(Many("category"), "category", errors),
            Services = Enums<InitiativeService>(Many("service"), "service", errors),
            StepFree = QueryValues.Flag(One("stepfree"), "stepfree", errors),
            IncludeArchived = QueryValues.Flag(One("archived"), "archived", errors),
        };

        var (open, at) = ParseOpen(One("open"), One("day"), One("time"), errors);
        result = result with { Open = open, At = at };

        var (near, nearLabel) = QueryValues.Near(One("near"), errors);
        result = result with { Near = near, NearLabel = nearLabel };
        if (One("radius_km") is { } radius)
        {
            if (double.TryParse(radius, NumberStyles.Float, CultureInfo.InvariantCulture, out var km) && km is > 0 and <= 500)
                result = result with { RadiusKm = km };
            else errors.Add(new("radius_km", "må være et tall mellom 0 og 500", "must be a number between 0 and 500"));
            if (near is null && errors.All(e => e.Parameter != "near"))
                errors.Add(new("radius_km", "krever near=breddegrad,lengdegrad", "requires near=lat,lon"));
        }
        if (One("bbox") is { } bbox) result = result with { BBox = ParseBBox(bbox, errors) };

        var sort = One("sort");
        result = result with
        {
            Sort = sort switch
            {
                null => near is null ? InitiativeSort.Name : InitiativeSort.Distance,
                "name" => InitiativeSort.Name,
                "distance" when near is not null => InitiativeSort.Distance,
                "distance" => QueryValues.Error(errors, "sort", "avstand krever et punkt (near)", "distance requires a point (near)", InitiativeSort.Name),
                _ => QueryValues.Error(errors, "sort", "bruk name eller distance", "use name or distance", InitiativeSort.Name),
            },
            Page = QueryValues.WholeNumber(One("page"), "page", 1, 1, 100_000, errors),
            PageSize = QueryValues.WholeNumber(One("page_size"), "page_size", 20, 1, MaxPageSize, errors),
        };
        return result;
    }

    private static (OpenWhen, DateTime?) ParseOpen(string? open, string? day, string? time, List<QueryError> errors)
    {
        switch (open)
        {
            case null or "" or "any": return (OpenWhen.Any, null);
            case "now": return (OpenWhen.Now, null);
            case "after17": return (OpenWhen.After17, null);
            case "weekend": return (OpenWhen.Weekend, null);
            case "at":
                // The page's "open at a chosen day and time" sends day=YYYY-MM-DD and time=HH:MM.
                var dayReading = DateInput.ReadDate(day, out var d);
                if (dayReading == DateReading.OutOfRange)
                {
                    errors.Add(DateInput.OutOfRange("day"));
                    return (OpenWhen.Any, null);
                }
                if (dayReading == DateReading.Valid
                    && TimeOnly.TryParseExact(time ?? "12:00", "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
                    return (OpenWhen.At, d.ToDateTime(t));
                errors.Add(new("day", "velg dag (ÅÅÅÅ-MM-DD) og klokkeslett (TT:MM)", "choose a day (YYYY-MM-DD) and a time (HH:MM)"));
                return (OpenWhen.Any, null);
        }
        switch (DateInput.ReadDateTime(open, out var at))
        {
            case DateReading.Valid: return (OpenWhen.At, at);
            case DateReading.OutOfRange: errors.Add(DateInput.OutOfRange("open")); break;
            default:
                errors.Add(new("open", "bruk now, after17, weekend, at eller et tidspunkt (ÅÅÅÅ-MM-DDTTT:MM)", "use now, after17, weekend, at or a date-time (YYYY-MM-DDTHH:MM)"));
                break;
        }
        return (OpenWhen.Any, null);
    }

    private static BoundingBox? ParseBBox(string bbox, List<QueryError> errors)
    {
        var p = bbox.Split(',', StringSplitOptions.TrimEntries);
        var n = new double[4];
        if (p.Length == 4 && p.Select((s, i) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out n[i])).All(ok => ok)
            && n[0] < n[2] && n[1] < n[3] && n[1] >= -90 && n[3] <= 90 && n[0] >= -180 && n[2] <= 180)
            return new BoundingBox(n[0], n[1], n[2], n[3]);
        errors.Add(new("bbox", "bruk minLon,minLat,maxLon,maxLat", "use minLon,minLat,maxLon,maxLat"));
        return null;
    }

    private static List<T> Enums<T>(IEnumerable<string> tokens, string parameter, List<QueryError> errors) where T : struct, Enum
    {
        var result = new List<T>();
        foreach (var token in tokens)
        {
            if (Tokens.TryParse<T>(token, out var v)) result.Add(v);
            else errors.Add(new(parameter, $"ukjent verdi «{token}»; gyldige: {string.Join(", ", Tokens.All<T>())}",
                $"unknown value '{token}'; valid: {string.Join(", ", Tokens.All<T>())}"));
        }
        return result;
    }
}
