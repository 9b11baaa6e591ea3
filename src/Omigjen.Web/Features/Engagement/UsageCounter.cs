using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Engagement;

/// <summary>
/// Counts page views, map opens and directions clicks per initiative and ISO week.
/// Privacy: a count is only the triple (initiative, week, kind) and a number. Nothing about the visitor is read or
/// kept: no cookie, no address, no user agent beyond the bot check, no time finer than the week. So the counts are not
/// personal data and need no consent.
/// Counts collect in memory and are written in one batch (every 30 seconds and at shutdown), so a busy page costs no
/// database write per view.
/// </summary>
public sealed partial class UsageCounter(IServiceScopeFactory scopes, MunicipalClock clock, ILogger<UsageCounter> logger) : IDisposable
{
    private readonly ConcurrentDictionary<(string Slug, DateOnly WeekStart, UsageKind Kind), int> _pending = new();
    private readonly SemaphoreSlim _flushing = new(1, 1);

    /// <summary>The Monday of the ISO week that <paramref name="day"/> is in.</summary>
    public static DateOnly WeekStartOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The ISO 8601 week number of the week starting <paramref name="monday"/>.</summary>
    public static int IsoWeek(DateOnly monday) => ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue));

    /// <summary>True when the User-Agent says it is a crawler; those requests are not people looking.</summary>
    public static bool LooksLikeBot(string? userAgent) =>
        !string.IsNullOrEmpty(userAgent)
        && (userAgent.Contains("bot", StringComparison.OrdinalIgnoreCase)
            || userAgent.Contains("crawler", StringComparison.OrdinalIgnoreCase)
            || userAgent.Contains("spider", StringComparison.OrdinalIgnoreCase));

    /// <summary>Counts one event for the initiative with this slug in the current week (in the municipality's zone).</summary>
    public void Record(string slug, UsageKind kind)
    {
        ArgumentException.ThrowIfNullOrEmpty(slug);
        _pending.AddOrUpdate((slug, WeekStartOf(clock.Today), kind), 1, static (_, n) => n + 1);
    }

    /// <summary>Events counted in memory and not yet written.</summary>
    public int PendingCount => _pending.Values.Sum();

    /// <summary>
    /// Writes what has been counted so far. Safe to call at any time and from several places at once (the timer, a
    /// test, shutdown): one flush runs at a time, and a count that could not be written is kept for the next one.
    /// </summary>
    public async Task FlushAsync(CancellationToken ct = default)
    {
        await _flushing.WaitAsync(ct);
        try
        {
            var taken = new Dictionary<(string Slug, DateOnly WeekStart, UsageKind Kind), int>();
            foreach (var key in _pending.Keys)
                if (_pending.TryRemove(key, out var n) && n > 0) taken[key] = n;
            if (taken.Count == 0) return;
            try
            {
                await WriteAsync(taken, ct);
            }
            catch (Exception e)
            {
                // Keep what was not written for the next try rather than lose it.
                foreach (var (key, n) in taken) _pending.AddOrUpdate(key, n, (_, m) => m + n);
                if (e is OperationCanceledException) throw;
                LogFlushFailed(logger, e);
            }
        }
        finally
        {
            _flushing.Release();
        }
    }

    /// <summary>Writes the counts, removing each from <paramref name="taken"/> once it is stored.</summary>
    private async Task WriteAsync(Dictionary<(string Slug, DateOnly WeekStart, UsageKind Kind), int> taken, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var slugs = taken.Keys.Select(k => k.Slug).Distinct().ToList();
        var ids = await db.Initiatives.AsNoTracking().Where(i => slugs.Contains(i.Slug)).Select(i => new { i.Slug, i.Id }).ToDictionaryAsync(x => x.Slug, x => x.Id, ct);
        foreach (var (key, n) in taken.ToList())
        {
            // An entry removed since it was counted has nowhere to keep its count.
            if (ids.TryGetValue(key.Slug, out var id)) await AddAsync(db, id, key.WeekStart, key.Kind, n, ct);
            taken.Remove(key);
        }
    }

    /// <summary>
    /// Adds <paramref name="n"/> to one row, creating it when missing. The addition happens in the database
    /// (Count = Count + n), so two app nodes flushing at once both count; when both try to create the same row, the
    /// unique key refuses the second insert and it adds to the first one's row instead.
    /// </summary>
    private static async Task AddAsync(AppDbContext db, int id, DateOnly week, UsageKind kind, int n, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var updated = await db.UsageCounts.Where(u => u.InitiativeId == id && u.WeekStart == week && u.Kind == kind)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.Count, u => u.Count + n), ct);
            if (updated > 0) return;
            db.UsageCounts.Add(new UsageCount { InitiativeId = id, WeekStart = week, Kind = kind, Count = n });
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException) when (attempt < 2)
            {
                // Someone else created the row between our update and insert: update theirs.
                db.ChangeTracker.Clear();
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    public void Dispose() => _flushing.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Usage counts could not be written; they are kept for the next flush")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception);
}

/// <summary>Writes the usage counts every 30 seconds and once more when the app stops.</summary>
public sealed partial class UsageFlusher(UsageCounter counter, ILogger<UsageFlusher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await counter.FlushAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Counting must never stop the app; the counts stay in memory for the next tick.
                    LogTickFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the final flush happens in StopAsync.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await counter.FlushAsync(cancellationToken);
        }
        catch (ObjectDisposedException)
        {
            // A host torn down without a graceful stop (a test host) has already disposed the services.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing the usage counts failed; trying again at the next tick")]
    private static partial void LogTickFailed(ILogger logger, Exception exception);
}
