using Microsoft.AspNetCore.Mvc.RazorPages;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items.Search;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Items;

/// <summary>
/// "Finn brukt": search every actor's items with the filters in the URL, so a search can be shared, bookmarked and
/// saved, and the page works without JavaScript.
/// </summary>
public sealed class ItemsIndexModel(ItemSearch search, AppDbContext db, DirectoryCache cache, MunicipalClock clock) : PageModel
{
    public ItemQuery Query { get; private set; } = new();
    public FormErrors Errors { get; } = new();
    public ItemSearchResult Result { get; private set; } = new(0, 1, Paging.DefaultPageSize, []);
    public Paging Paging { get; private set; } = null!;

    /// <summary>The name of the initiative the search is limited to, if any.</summary>
    public string? InitiativeName { get; private set; }

    /// <summary>The local day, for the weekend's dates in the "open" choices.</summary>
    public DateOnly Today => clock.Today;

    /// <summary>The chosen "open at" time in municipal local time, for the form.</summary>
    public DateTime? AtLocal => Query.Open == OpenWhen.At && Query.At is { } at
        ? at.Kind == DateTimeKind.Utc ? TimeZoneInfo.ConvertTimeFromUtc(at, clock.Zone) : at
        : null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var errors = new List<QueryError>();
        // The page offers 25 a page and pages with ?side=N; page_size and page belong to the API.
        var query = ItemQueryParser.Parse(Request.Query.Where(kv => kv.Key is not ("page" or "page_size")), errors);
        foreach (var e in errors) Errors.Add(FieldId(e.Parameter), $"{FieldName(e.Parameter, false)}: {e.MessageNb}", $"{FieldName(e.Parameter, true)}: {e.MessageEn}");
        Query = query;
        if (query.Initiative is { } slug) InitiativeName = (await cache.GetAsync(db, ct)).Find(slug)?.Initiative.Name ?? slug;
        Result = await search.RunAsync(query, ct);
        Paging = Paging.For(Request, Result.Total);
        if (Paging.Page != query.Page)
        {
            // A page number beyond the end shows the last page.
            Query = query with { Page = Paging.Page };
            Result = await search.RunAsync(Query, ct);
        }
    }

    /// <summary>How many of the form's filters narrow the list, for the "Filtrer (n)" button (the sort order is no filter).</summary>
    public int ActiveFilters => Count(Query);

    public static int Count(ItemQuery q)
    {
        ArgumentNullException.ThrowIfNull(q);
        return new[]
        {
            q.HasText, q.Categories.Count > 0, q.Near is not null, q.Near is not null && q.RadiusKm != ItemQuery.DefaultRadiusKm,
            q.Open != OpenWhen.Any, q.MaxPrice is not null, q.Free, !string.IsNullOrWhiteSpace(q.Size), q.Initiative is not null,
        }.Count(b => b);
    }

    /// <summary>The form field a parameter's error points to.</summary>
    public static string FieldId(string parameter) => parameter switch
    {
        "radius_km" => "f-radius",
        "max_price" => "f-max-price",
        "at" => "f-at",
        "side" => "resultater",
        _ => "f-" + parameter,
    };

    private static string FieldName(string parameter, bool english) => parameter switch
    {
        "q" => english ? "Search" : "Søk",
        "category" => english ? "Category" : "Kategori",
        "near" => english ? "Near" : "Nær",
        "radius_km" => english ? "Distance" : "Avstand",
        "open" or "at" => english ? "Open" : "Åpent",
        "max_price" => english ? "Highest price" : "Høyeste pris",
        "free" => english ? "Free" : "Gratis",
        "size" => english ? "Size" : "Størrelse",
        "initiative" => english ? "Place" : "Sted",
        "sort" => english ? "Sort by" : "Sorter etter",
        _ => english ? "Page" : "Side",
    };

    /// <summary>The search without one filter, for the "remove" link of a chosen place.</summary>
    public string UrlWithout(Func<ItemQuery, ItemQuery> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var qs = change(Query).ToQueryString();
        return qs.Length == 0 ? "/varer" : "/varer?" + qs;
    }
}
