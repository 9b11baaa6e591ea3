using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Items.Search;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.SavedSearches;

/// <summary>Services and endpoints for saved searches, alerts and feeds.</summary>
public static class SavedSearchesSetup
{
    /// <summary>A resident may keep this many saved searches.</summary>
    public const int MaxPerResident = 20;

    /// <summary>A feed lists at most this many of the newest matching items.</summary>
    public const int FeedSize = 50;

    public static IServiceCollection AddSavedSearches(this IServiceCollection services)
    {
        services.AddSingleton<SavedSearchAlerts>();
        services.AddScoped<IPersonalDataPart, SavedSearchesPersonalData>();
        services.AddNoticeTemplate<Notices.SavedSearchDigestNotice>();
        if (!BuildTime.IsDocumentGeneration) services.AddHostedService(sp => sp.GetRequiredService<SavedSearchAlerts>());
        return services;
    }

    public static IEndpointRouteBuilder MapSavedSearches(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/saved-searches").WithTags("Saved searches");
        // The secret in the URL is the credential: feed readers cannot sign in.
        group.MapGet("/{token}/feed", FeedAsync).AllowAnonymous()
            .WithSummary("Atom feed of the newest items a saved search finds (secret URL, no sign-in)")
            .WithNorwegianSummary("Atom-feed med de nyeste varene et lagret søk finner (hemmelig adresse, uten innlogging)").ProducesProblem(StatusCodes.Status404NotFound);
        // RFC 8058 one-click unsubscribe: mail providers POST "List-Unsubscribe=One-Click" without cookies or tokens.
        group.MapPost("/unsubscribe/{token}", UnsubscribeAsync).AllowAnonymous().DisableAntiforgery()
            .WithSummary("Stop the e-mails of a saved search (one-click unsubscribe link)")
            .WithNorwegianSummary("Stopper e-postene fra et lagret søk (avmelding med ett klikk)").ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private const string SavedSearch = "Lagret søk/saved search";

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> FeedAsync(
        string token, AppDbContext db, ItemSearch search, NoticeLinks links, MunicipalClock clock, CancellationToken ct)
    {
        if (!SavedSearchTokens.LooksValid(token)) return Problems.NotFound(SavedSearch);
        var saved = await db.SavedSearches.AsNoTracking().SingleOrDefaultAsync(s => s.FeedToken == token, ct);
        if (saved is null) return Problems.NotFound(SavedSearch);
        var errors = new List<Infrastructure.QueryError>();
        var query = ItemQueryParser.Parse(QueryHelpers.ParseQuery(saved.Query), errors);
        var matches = errors.Count > 0 ? null : await search.MatchesAsync(query, ct);
        var items = matches is null ? [] : await matches
            .OrderByDescending(m => m.Item.CreatedAt).ThenByDescending(m => m.Item.Id)
            .Select(m => new { m.Item.Id, m.Item.Title, m.Item.Description, m.Item.PriceNok, m.Item.CreatedAt, m.Item.UpdatedAt, Place = m.Item.Initiative!.Name })
            .Take(FeedSize).ToListAsync(ct);
        var self = new Uri(links.Absolute($"/api/v1/saved-searches/{token}/feed"));
        var entries = items.Select(i => new AtomFeed.Entry(
            links.Page("/Items/Details", new { id = i.Id }), i.Title, new Uri(links.Page("/Items/Details", new { id = i.Id })), i.CreatedAt,
            $"{(i.PriceNok == 0 ? "Gratis" : $"{i.PriceNok} kr")} · {i.Place}. {i.Description}".Trim()));
        var updated = items.Count > 0 ? items.Max(i => i.CreatedAt) : saved.CreatedAt;
        var doc = AtomFeed.Write($"urn:omigjen:saved-search:{saved.Id}", $"OMigjen: {saved.Name}", self,
            new Uri(links.Page("/Items/Index") + "?" + saved.Query), updated, entries);
        return TypedResults.Content(doc.Declaration + "\n" + doc.Root, "application/atom+xml; charset=utf-8");
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> UnsubscribeAsync(string token, AppDbContext db, CancellationToken ct)
    {
        if (!SavedSearchTokens.LooksValid(token)) return Problems.NotFound(SavedSearch);
        var changed = await db.SavedSearches.Where(s => s.UnsubscribeToken == token)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Frequency, AlertFrequency.None), ct);
        return changed == 0 ? Problems.NotFound(SavedSearch) : TypedResults.NoContent();
    }
}
