using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Omigjen.Web.Data;
using Omigjen.Web.Infrastructure.Email;
using Omigjen.Web.Infrastructure.Sms;

namespace Omigjen.Web.Infrastructure.Outbox;

/// <summary>
/// Sends the notices that are due, on every node. Each round claims its notices with one conditional update (not sent,
/// not given up, due, and no live claim), so two nodes never both send one: on PostgreSQL the second update waits for
/// the first's row locks and then finds the condition false; SQLite has one writer at a time. A failure is recorded and
/// tried again after a back-off; after <see cref="NoticeOptions.MaxAttempts"/> the notice is given up.
/// </summary>
public sealed partial class NoticeSender(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<NoticeOptions> options, ILogger<NoticeSender> logger) : BackgroundService
{
    private readonly SemaphoreSlim _oneRound = new(1, 1);
    private long _round;
    private DateTime _lastCleanup;

    /// <summary>This node's name in <see cref="Notice.ClaimedBy"/>: machine, process and instance.</summary>
    public string NodeId { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.SenderEnabled || BuildTime.IsDocumentGeneration) return;
        // The poll is about delay, not about the app's time: real time, so a test clock that stands still does not stop it.
        await PeriodicWork.RunAsync(o.PollInterval, TimeProvider.System, async ct =>
        {
            while (await SendDueAsync(ct) >= o.BatchSize)
            {
                // A full batch: there may be more.
            }
        }, e => LogRoundFailed(logger, e), stoppingToken);
    }

    /// <summary>One round: claims up to a batch of due notices and sends them. Returns how many were due.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        await _oneRound.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var o = options.Value;
            var now = time.GetUtcNow().UtcDateTime;
            await CleanUpAsync(db, now, o, ct);
            var ids = await Due(db.Notices, now).OrderBy(n => n.Id).Select(n => n.Id).Take(o.BatchSize).ToListAsync(ct);
            if (ids.Count == 0) return 0;
            var claim = $"{NodeId}#{Interlocked.Increment(ref _round)}";
            var until = now + o.Lease;
            await Due(db.Notices.Where(n => ids.Contains(n.Id)), now)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.ClaimedBy, claim).SetProperty(n => n.ClaimedUntil, until), ct);
            var claimed = await db.Notices.AsNoTracking().Where(n => n.ClaimedBy == claim && n.SentAt == null).OrderBy(n => n.Id).ToListAsync(ct);
            var templates = scope.ServiceProvider.GetServices<INoticeTemplate>().ToDictionary(t => t.Kind, StringComparer.Ordinal);
            var email = scope.ServiceProvider.GetRequiredService<IEmailSender>();
            // Registered by AddSms (today in AddLending); only an SMS notice needs it.
            var sms = scope.ServiceProvider.GetService<ISmsSender>();
            var clock = Stopwatch.StartNew();
            foreach (var notice in claimed)
            {
                if (clock.Elapsed > o.Lease / 2)
                {
                    // Slow sends: give the rest back before the claim runs out and another node could take them too.
                    await db.Notices.Where(n => n.ClaimedBy == claim && n.SentAt == null)
                        .ExecuteUpdateAsync(s => s.SetProperty(n => n.ClaimedUntil, (DateTime?)null), ct);
                    break;
                }
                await SendOneAsync(db, notice, claim, templates, email, sms, o, ct);
            }
            return ids.Count;
        }
        finally
        {
            _oneRound.Release();
        }
    }

    private static IQueryable<Notice> Due(IQueryable<Notice> notices, DateTime now) =>
        notices.Where(n => n.SentAt == null && n.FailedAt == null && (n.NextAttemptAt == null || n.NextAttemptAt <= now)
                           && (n.ClaimedUntil == null || n.ClaimedUntil < now));

    private async Task SendOneAsync(AppDbContext db, Notice notice, string claim, Dictionary<string, INoticeTemplate> templates,
        IEmailSender email, ISmsSender? sms, NoticeOptions o, CancellationToken ct)
    {
        var mine = db.Notices.Where(n => n.Id == notice.Id && n.ClaimedBy == claim);
        try
        {
            if (!templates.TryGetValue(notice.Kind, out var template))
                throw new InvalidOperationException($"No template for notice kind '{notice.Kind}'.");
            var message = await template.RenderAsync(notice, ct);
            if (message is null)
            {
                await mine.ExecuteDeleteAsync(ct);
                return;
            }
            if (notice.Channel == NoticeChannel.Sms)
                await (sms ?? throw new InvalidOperationException("No SMS sender is registered.")).SendAsync(new SmsMessage(notice.Recipient, message.Text), ct);
            else
                await email.SendAsync(new EmailMessage(notice.Recipient, message.Subject, message.Text)
                {
                    HtmlBody = message.Html, Attachments = message.Attachments, UnsubscribeUrl = message.UnsubscribeUrl,
                }, ct);
            var sentAt = time.GetUtcNow().UtcDateTime;
            // The data goes once sent: it may hold links that sign someone in or accept an invitation.
            await mine.ExecuteUpdateAsync(s => s
                .SetProperty(n => n.SentAt, sentAt).SetProperty(n => n.Data, "{}").SetProperty(n => n.Attempts, n => n.Attempts + 1)
                .SetProperty(n => n.ClaimedUntil, (DateTime?)null), CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var now = time.GetUtcNow().UtcDateTime;
            var attempts = notice.Attempts + 1;
            DateTime? failedAt = attempts >= o.MaxAttempts ? now : null;
            var error = $"{e.GetType().Name}: {e.Message}";
            if (error.Length > NoticeConfiguration.MaxErrorLength) error = error[..NoticeConfiguration.MaxErrorLength];
            await mine.ExecuteUpdateAsync(s => s
                .SetProperty(n => n.Attempts, attempts).SetProperty(n => n.LastError, error).SetProperty(n => n.FailedAt, failedAt)
                .SetProperty(n => n.NextAttemptAt, now + o.RetryDelay(attempts)).SetProperty(n => n.ClaimedUntil, (DateTime?)null), CancellationToken.None);
            LogSendFailed(logger, notice.Id, notice.Kind, attempts, e);
        }
    }

    private async Task CleanUpAsync(AppDbContext db, DateTime now, NoticeOptions o, CancellationToken ct)
    {
        if (now - _lastCleanup < TimeSpan.FromHours(1)) return;
        _lastCleanup = now;
        var before = now - o.KeepSentFor;
        await db.Notices.Where(n => n.SentAt != null && n.SentAt < before).ExecuteDeleteAsync(ct);
    }

    /// <summary>An administrator's "try again": a given-up or waiting notice gets a fresh set of attempts, due now.</summary>
    public static Task<int> RetryAsync(AppDbContext db, long id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Notices.Where(n => n.Id == id && n.SentAt == null).ExecuteUpdateAsync(s => s
            .SetProperty(n => n.Attempts, 0).SetProperty(n => n.FailedAt, (DateTime?)null)
            .SetProperty(n => n.NextAttemptAt, (DateTime?)null).SetProperty(n => n.ClaimedUntil, (DateTime?)null), ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notice {Id} ({Kind}) could not be sent (attempt {Attempts})")]
    private static partial void LogSendFailed(ILogger logger, long id, string kind, int attempts, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A round of sending notices failed; the next round tries again")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
