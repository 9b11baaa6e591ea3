using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Omigjen.OpeningHours;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Items.Search;
using Omigjen.Web.Features.SavedSearches.Notices;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.SavedSearches;

/// <summary>
/// E-mails residents the new items their saved searches find: every few minutes for "at once", each morning for the
/// daily digest. Each search is claimed with a conditional update, in the transaction that writes its notice, so two
/// nodes never write the same e-mail.
/// </summary>
public sealed partial class SavedSearchAlerts(
    IServiceScopeFactory scopes, MunicipalClock clock, IConfiguration configuration, IHostEnvironment environment, ILogger<SavedSearchAlerts> logger)
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

    /// <summary>Writes what is due now: every "at once" search, and the daily ones after the digest hour once a day. Returns e-mails written.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var search = scope.ServiceProvider.GetRequiredService<ItemSearch>();
        var outbox = scope.ServiceProvider.GetRequiredService<NoticeWriter>();
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

            // Claim: only the node whose update matches the old state writes the e-mail, in the same transaction.
            var newest = fresh.Max(f => f.CreatedAt);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var claimed = await db.SavedSearches
                .Where(x => x.Id == s.Id && x.NotifiedUpTo == s.NotifiedUpTo && x.Frequency == s.Frequency)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.NotifiedUpTo, newest).SetProperty(x => x.LastSentAt, now), ct);
            if (claimed == 0) continue;
            var items = fresh.Take(MaxItemsPerEmail).Select(i => new DigestItem(i.Id, i.Title, i.PriceNok, i.Place)).ToList();
            outbox.Add(SavedSearchDigestNotice.Name, row.Email, Language.Nb,
                new SavedSearchDigestData(s.Name, s.Query, s.UnsubscribeToken, items, fresh.Count > MaxItemsPerEmail));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            sent++;
        }
        return sent;
    }

    private sealed record NewItem(int Id, string Title, int PriceNok, DateTime CreatedAt, string Place);

    [LoggerMessage(Level = LogLevel.Error, Message = "Saved-search alerts failed")]
    private static partial void LogRunFailed(ILogger logger, Exception e);
}
