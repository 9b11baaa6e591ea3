using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Items.Search;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.SavedSearches;

/// <summary>My saved searches: what each looks for, how often it e-mails, its feed; change or delete.</summary>
[Authorize(Policy = Policies.SignedIn)]
[EnableRateLimiting(RateLimiting.WritePolicy)]
public sealed class IndexModel(AppDbContext db, UserManager<AppUser> users, IOptions<SiteOptions> site) : PageModel
{
    public sealed record Row(int Id, string Name, string Query, string Summary, AlertFrequency Frequency, string FeedUrl);

    public List<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public string? Notice { get; private set; }

    public async Task OnGetAsync(string? melding, CancellationToken ct)
    {
        Notice = melding switch
        {
            "lagret" => L.T("Søket er lagret.", "The search is saved."),
            "endret" => L.T("Varslingen er endret.", "The alerts are changed."),
            "slettet" => L.T("Søket er slettet.", "The search is deleted."),
            _ => null,
        };
        var me = users.GetUserId(User)!;
        var mine = db.SavedSearches.AsNoTracking().Where(s => s.UserId == me);
        Paging = Paging.For(Request, await mine.CountAsync(ct));
        var rows = await mine.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id)
            .Skip(Paging.Skip).Take(Paging.PageSize).ToListAsync(ct);
        Rows = rows.Select(s => new Row(s.Id, s.Name, s.Query, Describe(s.Query), s.Frequency,
            site.Value.Link($"/api/v1/saved-searches/{s.FeedToken}/feed"))).ToList();
    }

    public async Task<IActionResult> OnPostFrequencyAsync(int id, AlertFrequency frequency, CancellationToken ct)
    {
        var me = users.GetUserId(User)!;
        var changed = await db.SavedSearches.Where(s => s.Id == id && s.UserId == me)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Frequency, frequency), ct);
        return changed == 0 ? NotFound() : RedirectToPage(new { melding = "endret" });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        var me = users.GetUserId(User)!;
        var deleted = await db.SavedSearches.Where(s => s.Id == id && s.UserId == me).ExecuteDeleteAsync(ct);
        return deleted == 0 ? NotFound() : RedirectToPage(new { melding = "slettet" });
    }

    /// <summary>The filters in words, for the list ("«sykkel» · Sykler · gratis").</summary>
    public static string Describe(string queryString)
    {
        var q = ItemQueryParser.Parse(QueryHelpers.ParseQuery(queryString), []);
        var parts = new List<string>();
        if (q.HasText) parts.Add($"«{q.Text}»");
        parts.AddRange(q.Categories.Select(c => Initiatives.Labels.Of(c)));
        if (q.NearLabel is { } near) parts.Add(L.T($"nær {near}", $"near {near}"));
        else if (q.Near is not null) parts.Add(L.T("nær et punkt", "near a point"));
        if (q.Free) parts.Add(L.T("gratis", "free"));
        else if (q.MaxPrice is { } max) parts.Add(L.T($"maks {max} kr", $"up to NOK {max}"));
        if (q.Size is { Length: > 0 } size) parts.Add(L.T($"str. {size}", $"size {size}"));
        if (q.Open != Initiatives.OpenWhen.Any) parts.Add(L.T("åpent", "open"));
        return parts.Count == 0 ? L.T("Alle nye ting", "All new items") : string.Join(" · ", parts);
    }

    public static string FrequencyText(AlertFrequency f) => f switch
    {
        AlertFrequency.Immediate => L.T("E-post med en gang", "E-mail at once"),
        AlertFrequency.Daily => L.T("E-post én gang om dagen", "E-mail once a day"),
        _ => L.T("Ingen e-post (bare strømmen)", "No e-mail (feed only)"),
    };
}
