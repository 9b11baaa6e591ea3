using System.Globalization;
using Microsoft.Extensions.Primitives;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Items.Search;

/// <summary>
/// Reads the item search's filters from a query string, collecting an error (parameter, bokmål, English) for each bad
/// value. The page number is <c>page</c> (API) or <c>side</c> (the search page); <c>page_size</c> only the API offers.
/// </summary>
public static class ItemQueryParser
{
    public const int MaxPageSize = 100;
    public const int MaxTextLength = 200;

    public static ItemQuery Parse(IEnumerable<KeyValuePair<string, StringValues>> query, List<QueryError> errors)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(errors);
        var q = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in query) q[key] = value;
        string? One(string key) => q.TryGetValue(key, out var v) && !StringValues.IsNullOrEmpty(v) && v.ToString().Trim() is { Length: > 0 } s ? s : null;

        var result = new ItemQuery
        {
            Text = One("q") is { } text ? text[..Math.Min(text.Length, MaxTextLength)] : null,
            Categories = QueryValues.Categories(q.TryGetValue("category", out var c) ? c : default, errors),
        };

        var (near, label) = QueryValues.Near(One("near"), errors);
        result = result with { Near = near, NearLabel = label };
        if (One("radius_km") is { } radius)
        {
            if (double.TryParse(radius, NumberStyles.Float, CultureInfo.InvariantCulture, out var km) && km > 0 && km <= ItemQuery.MaxRadiusKm)
                result = result with { RadiusKm = km };
            else Add(errors, "radius_km", "må være et tall over 0 og høyst 100", "must be a number above 0 and at most 100");
            if (near is null && errors.All(e => e.Parameter != "near"))
                Add(errors, "radius_km", "krever near=breddegrad,lengdegrad", "requires near=lat,lon");
        }

        var (open, at) = ParseOpen(One("open"), One("at"), errors);
        result = result with { Open = open, At = at };

        if (One("max_price") is { } max)
        {
            if (int.TryParse(max, NumberStyles.None, CultureInfo.InvariantCulture, out var kr) && kr <= 10_000_000) result = result with { MaxPrice = kr };
            else Add(errors, "max_price", "må være et helt antall kroner, 0 eller mer", "must be a whole number of kroner, 0 or more");
        }
        result = result with { Free = QueryValues.Flag(One("free"), "free", errors) };

        if (One("size") is { } size)
        {
            if (size.Length <= 50) result = result with { Size = size };
            else Add(errors, "size", "kan være høyst 50 tegn", "can be at most 50 characters");
        }
        if (One("initiative") is { } slug)
        {
            if (slug.Length <= 100 && slug.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')) result = result with { Initiative = slug };
            else Add(errors, "initiative", "må være en adresse-id som «bua-asker»", "must be a slug such as 'bua-asker'");
        }

        result = result with
        {
            Sort = One("sort") switch
            {
                null => null,
                "relevance" => ItemSort.Relevance,
                "newest" => ItemSort.Newest,
                "distance" when near is not null => ItemSort.Distance,
                "distance" => QueryValues.Error<ItemSort?>(errors, "sort", "avstand krever et punkt (near)", "distance requires a point (near)", null),
                _ => QueryValues.Error<ItemSort?>(errors, "sort", "bruk relevance, newest eller distance", "use relevance, newest or distance", null),
            },
            Page = QueryValues.WholeNumber(One("page") ?? One(Paging.QueryKey), One("page") is null ? Paging.QueryKey : "page", 1, 1, 100_000, errors),
            PageSize = QueryValues.WholeNumber(One("page_size"), "page_size", Paging.DefaultPageSize, 1, MaxPageSize, errors),
        };
        return result;
    }

    private static (OpenWhen, DateTime?) ParseOpen(string? open, string? at, List<QueryError> errors)
    {
        switch (open)
        {
            case null or "any": return (OpenWhen.Any, null);
            case "now": return (OpenWhen.Now, null);
            case "after17": return (OpenWhen.After17, null);
            case "weekend": return (OpenWhen.Weekend, null);
            case "at":
                // The search page's "open at a chosen time" sends at=YYYY-MM-DDTHH:MM (a datetime-local field).
                return DateTimeOf(at, "at", "velg dag og klokkeslett (ÅÅÅÅ-MM-DDTTT:MM)", "choose a day and time (YYYY-MM-DDTHH:MM)", errors);
        }
        return DateTimeOf(open, "open", "bruk now, after17, weekend eller et tidspunkt (ÅÅÅÅ-MM-DDTTT:MM)",
            "use now, after17, weekend or a date-time (YYYY-MM-DDTHH:MM)", errors);
    }

    private static (OpenWhen, DateTime?) DateTimeOf(string? text, string parameter, string nb, string en, List<QueryError> errors)
    {
        switch (DateInput.ReadDateTime(text, out var value))
        {
            case DateReading.Valid: return (OpenWhen.At, value);
            case DateReading.OutOfRange: errors.Add(DateInput.OutOfRange(parameter)); break;
            default: Add(errors, parameter, nb, en); break;
        }
        return (OpenWhen.Any, null);
    }

    private static void Add(List<QueryError> errors, string parameter, string nb, string en) => errors.Add(new(parameter, nb, en));
}
