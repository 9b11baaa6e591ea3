using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Settings;

namespace Omigjen.Web.Features.Repair.Services.Search;

/// <summary>
/// "Reparasjon": find who repairs what is broken, near a place, open now or at a time, and compare prices, turnaround
/// and warranty side by side in one table; the map shows the same places.
/// </summary>
public sealed class RepairSearchModel(AppDbContext db, RepairSearch search, DirectoryCache cache, MunicipalClock clock,
    IOptions<MapOptions> map, SiteSettings settings) : PageModel
{
    public RepairQuery Query { get; private set; } = new();
    public IReadOnlyList<QueryError> Errors { get; private set; } = [];
    public RepairSearchResult Result { get; private set; } = new(0, 1, 25, [], []);
    public Paging Paging { get; private set; } = null!;
    public DirectorySnapshot Snapshot { get; private set; } = null!;
    public MapOptions Map => map.Value;
    public EffectiveSettings Settings { get; private set; } = null!;
    public MunicipalClock Clock => clock;
    public string QueryString { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var errors = new List<QueryError>();
        Query = RepairQueryParser.Parse(Request.Query, errors);
        Errors = errors;
        Result = await search.RunAsync(Query, ct);
        Paging = Paging.For(Request, Result.Total, Query.PageSize);
        Snapshot = await cache.GetAsync(db, ct);
        Settings = await settings.GetAsync(db, ct);
        QueryString = string.Join('&', Request.Query.Where(kv => kv.Key is not (Paging.QueryKey or "lang"))
            .SelectMany(kv => kv.Value.Select(v => $"{Uri.EscapeDataString(kv.Key)}={Uri.EscapeDataString(v ?? "")}")));
    }

    public string OpenText(RepairHit hit) => Snapshot.StatusTextFor(hit.Entry, clock.Now, clock.Zone);

    public string NearValue => Query.NearLabel ?? (Query.Near is { } p ? FormattableString.Invariant($"{p.Latitude:0.#####},{p.Longitude:0.#####}") : "");

    public string AtValue => Query.At is { } at ? at.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "";
}
