using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Settings;

namespace Omigjen.Web.Features.Home;

/// <summary>The start page: search, quick filters, the map and the list that is the map's equivalent.</summary>
[OutputCache(PolicyName = DirectoryOutputCache.Policy, Tags = [DirectoryOutputCache.OccasionsTag])]
public sealed class IndexModel(AppDbContext db, DirectoryCache cache, MunicipalClock clock, IOptions<MapOptions> map, SiteSettings settings)
    : PageModel
{
    public InitiativeQuery Query { get; private set; } = new();
    public IReadOnlyList<QueryError> Errors { get; private set; } = [];
    public SearchResult Result { get; private set; } = new(0, 1, 20, []);
    public MapOptions Map => map.Value;

    /// <summary>The map's start view: from the administrators' settings, else configuration.</summary>
    public EffectiveSettings Settings { get; private set; } = null!;
    public MunicipalClock Clock => clock;
    public string QueryString { get; private set; } = "";
    public DirectorySnapshot Snapshot { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var errors = new List<QueryError>();
        Query = InitiativeQueryParser.Parse(Request.Query, errors);
        Errors = errors;
        Snapshot = await cache.GetAsync(db, ct);
        Settings = await settings.GetAsync(db, ct);
        Result = InitiativeSearch.Run(Snapshot, Query, clock.Now, clock.Zone);
        QueryString = string.Join('&', Request.Query.Where(kv => kv.Key is not ("page" or "lang"))
            .SelectMany(kv => kv.Value.Select(v => $"{Uri.EscapeDataString(kv.Key)}={Uri.EscapeDataString(v ?? "")}")));
    }

    public string PageUrl(int page) => "/?" + string.Join('&', new[] { QueryString, $"page={page}" }.Where(s => s.Length > 0)) + "#resultater";

    public bool Has<T>(IReadOnlyList<T> selected, T value) => selected.Contains(value);

    /// <summary>How many of the form's filters narrow the list, for the "Filtrer (n)" button (the sort order is no filter).</summary>
    public int ActiveFilters => Count(Query);

    public static int Count(InitiativeQuery q)
    {
        ArgumentNullException.ThrowIfNull(q);
        return new[]
        {
            !string.IsNullOrWhiteSpace(q.Text), q.Categories.Count > 0, q.Kinds.Count > 0, q.Services.Count > 0,
            q.Open != OpenWhen.Any, q.Near is not null, q.StepFree,
        }.Count(b => b);
    }
}
