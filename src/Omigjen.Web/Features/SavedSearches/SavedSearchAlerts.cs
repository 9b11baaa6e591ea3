using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Items.Search;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Email;

namespace Omigjen.Web.Features.SavedSearches;

/// <summary>
/// E-mails residents the new items their saved searches find: every few minutes for "at once", each morning for the
/// daily digest. Each search is claimed with a conditional update, so two nodes never send the same e-mail.
/// </summary>
public sealed partial class SavedSearchAlerts(
    IServiceScopeFactory scopes, MunicipalClock clock, IEmailSender sender, IOptions<SiteOptions> site,
    IOptions<MunicipalityOptions> municipality, IConfiguration configuration, IHostEnvironment environment, ILogger<SavedSearchAlerts> logger)
    : BackgroundService
{
    /// <summary>At most this many items are listed in one e-mail; the link shows the rest.</summary>
    public const int MaxItemsPerEmail = 10;

    /// <summary>Local hour of the daily digest.</summary>
    public const int DigestHour = 7;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var enabled = !bool.TryParse(configuration["SavedSearches:AlertsEnabled"], out var on) || on;
        if (!enabled || environment.EnvironmentName == "Testing" || BuildTime.IsDocumentGeneration) return;
        await PeriodicWork.RunAsync(TimeSpan.FromMinutes(5), TimeProvider.System, RunOnceAsync, e => LogRunFailed(logger, e), stoppingToken);
    }

    /// <summary>Sends what is due now: every "at once" search, and the daily ones after the digest hour once a day. Returns e-mails sent.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var search = scope.ServiceProvider.GetRequiredService<ItemSearch>();
        var now = clock.Now.UtcDateTime;
        var local = clock.LocalNow;
        // The daily digest goes out once a day after 07:00: due when the latest 07:00 came after the last e-mail.
        var morning = local.Date.AddHours(DigestHour);
        if (local.Hour < DigestHour) morning = morning.AddDays(-1);
        var lastDigest = new DateTimeOffset(morning, clock.Zone.GetUtcOffset(morning)).UtcDateTime;

        var due = await db.SavedSearches.AsNoTracking()
            .Where(s => s.Frequency == AlertFrequency.Immediate
                        || (s.Frequency == AlertFrequency.Daily && (s.LastSentAt ?? s.CreatedAt) < lastDigest))
            .OrderBy(s => s.Id)
            .Join(db.Users.AsNoTracking(), s => s.UserId, u => u.Id, (s, u) => new { Search = s, u.Email, u.EmailConfirmed })
            .ToListAsync(ct);

        var sent = 0;
        foreach (var row in due)
        {
            var s = row.Search;
            if (row.Email is null || !row.EmailConfirmed) continue;
            var errors = new List<Infrastructure.QueryError>();
            var query = ItemQueryParser.Parse(QueryHelpers.ParseQuery(s.Query), errors);
            if (errors.Count > 0) continue;
            var matches = await search.MatchesAsync(query, ct);
            if (matches is null) continue;
            var fresh = await matches.Where(m => m.Item.CreatedAt > s.NotifiedUpTo && m.Item.CreatedAt <= now)
                .OrderByDescending(m => m.Item.CreatedAt).ThenByDescending(m => m.Item.Id)
                .Select(m => new NewItem(m.Item.Id, m.Item.Title, m.Item.PriceNok, m.Item.CreatedAt, m.Item.Initiative!.Name))
                .Take(MaxItemsPerEmail + 1).ToListAsync(ct);
            if (fresh.Count == 0) continue;

            // Claim: only the node whose update matches the old state sends.
            var newest = fresh.Max(f => f.CreatedAt);
            var claimed = await db.SavedSearches
                .Where(x => x.Id == s.Id && x.NotifiedUpTo == s.NotifiedUpTo && x.Frequency == s.Frequency)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.NotifiedUpTo, newest).SetProperty(x => x.LastSentAt, now), ct);
            if (claimed == 0) continue;
            try
            {
                await SendAsync(row.Email, s, fresh, ct);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogSendFailed(logger, s.Id, e);
                // Give the claim back so the next run tries again.
                await db.SavedSearches.Where(x => x.Id == s.Id && x.NotifiedUpTo == newest)
                    .ExecuteUpdateAsync(u => u.SetProperty(x => x.NotifiedUpTo, s.NotifiedUpTo).SetProperty(x => x.LastSentAt, s.LastSentAt), ct);
            }
        }
        return sent;
    }

    private sealed record NewItem(int Id, string Title, int PriceNok, DateTime CreatedAt, string Place);

    private Task SendAsync(string to, SavedSearch s, List<NewItem> items, CancellationToken ct)
    {
        var more = items.Count > MaxItemsPerEmail;
        var shown = items.Take(MaxItemsPerEmail).ToList();
        var searchLink = site.Value.Link("/varer?" + s.Query);
        var unsubscribe = site.Value.Link($"/avmeld/{s.UnsubscribeToken}");
        var subject = $"Nytt som passer «{s.Name}» / New items for “{s.Name}”";
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Nye ting som passer søket ditt «{s.Name}»:\n\n");
        foreach (var i in shown)
            text.Append(CultureInfo.InvariantCulture, $"- {i.Title} ({Price(i.PriceNok, nb: true)}), {i.Place}: {site.Value.Link($"/varer/{i.Id}")}\n");
        if (more) text.Append("\nDet er flere. ");
        text.Append(CultureInfo.InvariantCulture, $"\nSe alle: {searchLink}\n\nSlutt å få slike e-poster: {unsubscribe}\n\n---\n");
        text.Append(CultureInfo.InvariantCulture, $"New items matching your saved search “{s.Name}”:\n\n");
        foreach (var i in shown)
            text.Append(CultureInfo.InvariantCulture, $"- {i.Title} ({Price(i.PriceNok, nb: false)}), {i.Place}: {site.Value.Link($"/varer/{i.Id}")}\n");
        text.Append(CultureInfo.InvariantCulture, $"\nSee all: {searchLink}\n\nStop these e-mails: {unsubscribe}\n\n{municipality.Value.Name}\n");

        var e = HtmlEncoder.Default;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<p>Nye ting som passer søket ditt «{e.Encode(s.Name)}»:</p><ul>");
        foreach (var i in shown)
            html.Append(CultureInfo.InvariantCulture,
                $"<li><a href=\"{e.Encode(site.Value.Link($"/varer/{i.Id}"))}\">{e.Encode(i.Title)}</a> – {e.Encode(Price(i.PriceNok, nb: true))}, {e.Encode(i.Place)}</li>");
        html.Append(CultureInfo.InvariantCulture, $"</ul><p><a href=\"{e.Encode(searchLink)}\">Se alle / See all</a></p>");
        html.Append(CultureInfo.InvariantCulture,
            $"<hr><p><a href=\"{e.Encode(unsubscribe)}\">Slutt å få slike e-poster / Stop these e-mails</a></p><p>{e.Encode(municipality.Value.Name)}</p>");
        return sender.SendAsync(new EmailMessage(to, subject, text.ToString())
        {
            HtmlBody = html.ToString(),
            UnsubscribeUrl = new Uri(site.Value.Link($"/api/v1/saved-searches/unsubscribe/{s.UnsubscribeToken}")),
        }, ct);
    }

    private static string Price(int nok, bool nb) =>
        nok == 0 ? (nb ? "gratis" : "free") : string.Create(CultureInfo.InvariantCulture, $"{nok} kr");

    [LoggerMessage(Level = LogLevel.Error, Message = "Saved-search alerts failed")]
    private static partial void LogRunFailed(ILogger logger, Exception e);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert e-mail for saved search {Id} failed")]
    private static partial void LogSendFailed(ILogger logger, int id, Exception e);
}
