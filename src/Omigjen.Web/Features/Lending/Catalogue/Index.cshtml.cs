using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending.Catalogue;

/// <summary>
/// "Lån og leie": search what the initiatives lend or rent out, with the filters in the URL (what, size, the coming
/// weekend or chosen dates, near a place), so a search can be shared and the page works without JavaScript.
/// </summary>
public sealed class LendingIndexModel(AppDbContext db, DirectoryCache cache, MunicipalClock clock) : PageModel
{
    public LendingQuery Query { get; private set; } = new();
    public FormErrors Errors { get; } = new();
    public LendingSearchResult Result { get; private set; } = new(0, 1, Paging.DefaultPageSize, [], null);
    public Paging Paging { get; private set; } = null!;
    public DateOnly Today => clock.Today;

    /// <summary>The name of the initiative the search is limited to, if any.</summary>
    public string? InitiativeName { get; private set; }

    /// <summary>The "when" the form shows as chosen: any, next-weekend or dates.</summary>
    public string WhenValue { get; private set; } = "any";

    public async Task OnGetAsync(CancellationToken ct)
    {
        // The page pages with ?side=N; page and page_size belong to the API. The form's "when" choice decides whether the
        // date fields count, so dates left in the fields do not clash with "any time" or "next weekend".
        var when = Request.Query["when"].ToString();
        var pairs = Request.Query.Where(kv => kv.Key is not ("page" or "page_size"));
        if (when is "any" or "next-weekend") pairs = pairs.Where(kv => kv.Key is not ("from" or "to"));
        if (when == "any") pairs = pairs.Where(kv => kv.Key != "when");

        var errors = new List<QueryError>();
        Query = LendingQueryParser.Parse(pairs, clock.Today, errors);
        foreach (var e in errors) Errors.Add(FieldId(e.Parameter), $"{FieldName(e.Parameter, false)}: {e.MessageNb}", $"{FieldName(e.Parameter, true)}: {e.MessageEn}");
        WhenValue = Query.When switch
        {
            LendingWhen.NextWeekend => "next-weekend",
            LendingWhen.Dates => "dates",
            _ => when is "dates" or "next-weekend" ? when : "any",
        };
        if (Query.Initiative is { } slug) InitiativeName = (await cache.GetAsync(db, ct)).Find(slug)?.Initiative.Name ?? slug;
        Result = await new LendingCatalogue(db, cache, clock).SearchAsync(Query, ct);
        Paging = Paging.For(Request, Result.Total);
    }

    /// <summary>How many of the form's filters narrow the list, for the "Filtrer (n)" button.</summary>
    public int ActiveFilters => Count(Query);

    public static int Count(LendingQuery q)
    {
        ArgumentNullException.ThrowIfNull(q);
        return new[]
        {
            !string.IsNullOrWhiteSpace(q.Text), q.Categories.Count > 0, q.SizeKey is not null, q.When != LendingWhen.Any,
            q.Near is not null, q.Near is not null && q.RadiusKm != LendingQuery.DefaultRadiusKm, q.Initiative is not null,
        }.Count(b => b);
    }

    /// <summary>The form field a parameter's error points to.</summary>
    public static string FieldId(string parameter) => parameter switch
    {
        "radius_km" => "f-radius",
        "when" => "f-when-any",
        "side" or "page" or "page_size" => "resultater",
        _ => "f-" + parameter,
    };

    private static string FieldName(string parameter, bool english) => parameter switch
    {
        "q" => english ? "Search" : "Søk",
        "category" => english ? "Category" : "Kategori",
        "size" => english ? "Size" : "Størrelse",
        "when" => english ? "When" : "Når",
        "from" => english ? "From" : "Fra og med",
        "to" => english ? "To" : "Til og med",
        "near" => english ? "Near" : "Nær",
        "radius_km" => english ? "Distance" : "Avstand",
        "initiative" => english ? "Place" : "Sted",
        _ => english ? "Page" : "Side",
    };

    public static string Date(DateOnly? date) => date?.ToString(LendingQueryParser.DateFormat, CultureInfo.InvariantCulture) ?? "";

    /// <summary>The booking form for a hit and the searched period, with the wanted size when one was asked for.</summary>
    public string BookingUrl(LendingHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var query = new List<KeyValuePair<string, string?>>();
        if (Query.SizeKey is { } key)
            query.Add(new("storrelse", hit.Labels.FirstOrDefault(l => LendingUnit.SizeMatches(LendingUnit.KeyOf(l), key)) ?? Query.Size));
        if (Result.Period is { } p)
        {
            query.Add(new("fra", Date(p.From)));
            query.Add(new("til", Date(p.To)));
        }
        return QueryHelpers.AddQueryString(Url.Page("/Lending/Bookings/Book", new { id = hit.Id })!, query);
    }

    /// <summary>The type page, keeping the wanted size for its availability table.</summary>
    public string TypeUrl(LendingHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var url = Url.Page("/Lending/Catalogue/Type", new { id = hit.Id })!;
        return Query.SizeKey is { } key && hit.Labels.FirstOrDefault(l => LendingUnit.SizeMatches(LendingUnit.KeyOf(l), key)) is { } label
            ? QueryHelpers.AddQueryString(url, "storrelse", label)
            : url;
    }

    /// <summary>The search without the initiative limit.</summary>
    public string UrlWithoutInitiative()
    {
        var query = Request.Query.Where(kv => kv.Key is not ("initiative" or Paging.QueryKey))
            .SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v))).ToList();
        var page = Url.Page("/Lending/Catalogue/Index")!;
        return query.Count == 0 ? page : QueryHelpers.AddQueryString(page, query);
    }
}
