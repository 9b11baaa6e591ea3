using Microsoft.Extensions.Primitives;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Repair.Services.Search;

/// <summary>
/// Reads the repair search's filters from a query string, adding an error (parameter, bokmål, English) for each bad
/// value. The page number is <c>page</c> (API) or <c>side</c> (the search page).
/// </summary>
public static class RepairQueryParser
{
    public const int MaxPageSize = 100;
    public const int MaxTextLength = 200;

    public static RepairQuery Parse(IEnumerable<KeyValuePair<string, StringValues>> query, List<QueryError> errors)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(errors);
        var q = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in query) q[key] = value;
        string? One(string key) => q.TryGetValue(key, out var v) && !StringValues.IsNullOrEmpty(v) && v.ToString().Trim() is { Length: > 0 } s ? s : null;

        var (near, label) = QueryValues.Near(One("near"), errors);
        double? radius = null;
        if (One("radius_km") is { } r)
        {
            if (double.TryParse(r, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var km) && km > 0 && km <= RepairQuery.MaxRadiusKm) radius = km;
            else errors.Add(new("radius_km", "må være et tall over 0 og høyst 100", "must be a number above 0 and at most 100"));
        }
        var (open, at) = ParseOpen(One("open"), One("at"), errors);
        var slug = One("initiative");
        if (slug is not null && !(slug.Length <= 100 && slug.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')))
            slug = QueryValues.Error<string?>(errors, "initiative", "må være en adresse-id som «bua-asker»", "must be a slug such as 'bua-asker'", null);

        return new RepairQuery
        {
            Text = One("q") is { } text ? text[..Math.Min(text.Length, MaxTextLength)] : null,
            Categories = QueryValues.Categories(q.TryGetValue("category", out var c) ? c : default, errors),
            Near = near, NearLabel = label, RadiusKm = near is null ? null : radius ?? RepairQuery.DefaultRadiusKm,
            Open = open, At = at,
            FreeOnly = QueryValues.Flag(One("free"), "free", errors),
            Initiative = slug,
            Sort = One("sort") switch
            {
                null or "relevance" => RepairSort.Relevance,
                "price" => RepairSort.Price,
                "distance" when near is not null => RepairSort.Distance,
                "distance" => QueryValues.Error(errors, "sort", "avstand krever et sted (near)", "distance requires a place (near)", RepairSort.Relevance),
                _ => QueryValues.Error(errors, "sort", "bruk relevance, price eller distance", "use relevance, price or distance", RepairSort.Relevance),
            },
            Page = QueryValues.WholeNumber(One("page") ?? One(Paging.QueryKey), One("page") is null ? Paging.QueryKey : "page", 1, 1, 100_000, errors),
            PageSize = QueryValues.WholeNumber(One("page_size"), "page_size", Paging.DefaultPageSize, 1, MaxPageSize, errors),
        };
    }

    /// <summary><c>open=now</c>, <c>open=at&amp;at=YYYY-MM-DDTHH:MM</c> (the page's field) or <c>open=YYYY-MM-DDTHH:MM</c>.</summary>
    private static (OpenWhen, DateTime?) ParseOpen(string? open, string? at, List<QueryError> errors)
    {
        if (open is null or "any") return (OpenWhen.Any, null);
        if (open == "now") return (OpenWhen.Now, null);
        var (text, parameter) = open == "at" ? (at, "at") : (open, "open");
        switch (DateInput.ReadDateTime(text, out var value))
        {
            case DateReading.Valid: return (OpenWhen.At, value);
            case DateReading.OutOfRange: errors.Add(DateInput.OutOfRange(parameter)); break;
            default:
                errors.Add(new(parameter, "bruk now eller et tidspunkt (ÅÅÅÅ-MM-DDTTT:MM)", "use now or a date-time (YYYY-MM-DDTHH:MM)"));
                break;
        }
        return (OpenWhen.Any, null);
    }
}
