using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Omigjen.Web.Data;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Settings;

namespace Omigjen.Web.Features.Activities.WhatsOn;

/// <summary>
/// "Hva skjer": coming activities, filtered by week, children, free, kind and place; a plain form, so it works without JavaScript.
/// With JavaScript a map beside the list shows the same page of occasions (from <c>/api/v1/activities.geojson</c>).
/// </summary>
public sealed class WhatsOnModel(WhatsOnSearch search, MunicipalClock clock, AppDbContext db, IOptions<MapOptions> map, SiteSettings settings) : PageModel
{
    public WhatsOnQuery Query { get; private set; } = null!;
    public WhatsOnResult Result { get; private set; } = null!;
    public Paging Paging { get; private set; } = null!;
    public List<QueryError> Errors { get; } = [];
    public MunicipalClock Clock => clock;
    public MapOptions Map => map.Value;
    public EffectiveSettings Settings { get; private set; } = null!;

    /// <summary>The map layer for the page the list shows: the same filters and page, the list's page size.</summary>
    public string GeoJsonUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Query = WhatsOnQuery.Parse(Request.Query, Errors);
        Result = await search.SearchAsync(Query with { PageSize = Paging.DefaultPageSize }, ct);
        Paging = Paging.For(Request, Result.Total);
        Settings = await settings.GetAsync(db, ct);
        var query = Request.Query.Where(kv => kv.Key is not ("page_size" or "lang"))
            .SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v)))
            .Append(new("page_size", Result.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        GeoJsonUrl = QueryHelpers.AddQueryString(Url.RouteUrl("ActivitiesGeoJson") ?? "", query);
        if (Errors.Count > 0) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
