using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Activities.SignUps.Notices;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Activities.SignUps;

/// <summary>What one run of the sign-up job did.</summary>
public sealed record SignUpJobRun(int OffersLapsed, int OccasionsReminded, int UnconfirmedLapsed = 0);

/// <summary>
/// Background work for sign-ups, every minute: ends waiting-list offers nobody accepted in time (the places go on to
/// the next in line), lapses sign-ups without an account whose e-mail link was not followed in time, and from 12:00 local time the day before an occasion reminds everyone confirmed, once per
/// occasion: <see cref="ActivityOccasion.RemindedAt"/> is claimed with a guarded update in the transaction that writes
/// the reminders, so two nodes never both send them.
/// </summary>
public sealed partial class SignUpJobs(IServiceScopeFactory scopes, TimeProvider time, MunicipalClock clock, IConfiguration config, ILogger<SignUpJobs> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>Local hour of the day before from which reminders go out.</summary>
    public const int ReminderHour = 12;

    /// <summary>Configuration key that turns the job off on a node (tests run <see cref="RunOnceAsync"/> themselves).</summary>
    public const string EnabledKey = "Activities:SignUpJobsEnabled";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!config.GetValue(EnabledKey, true) || BuildTime.IsDocumentGeneration) return;
        await PeriodicWork.RunAsync(Interval, time, RunOnceAsync, e => LogRunFailed(logger, e), stoppingToken);
    }

    public async Task<SignUpJobRun> RunOnceAsync(CancellationToken ct = default)
    {
        int lapsed, unconfirmed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var waitlist = scope.ServiceProvider.GetRequiredService<SignUpWaitlist>();
            lapsed = await waitlist.LapseExpiredOffersAsync(ct);
            unconfirmed = await scope.ServiceProvider.GetRequiredService<UnconfirmedSignUps>().ExpireAsync(ct);
            await waitlist.PromoteWhereFreeAsync(ct);
        }
        return new(lapsed, await RemindAsync(ct), unconfirmed);
    }

    /// <summary>12:00 local time on the day before the occasion's local date.</summary>
    public static DateTimeOffset ReminderDueAt(DateTime startUtc, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var localDay = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(startUtc, DateTimeKind.Utc), zone).Date;
        var due = localDay.AddDays(-1).AddHours(ReminderHour);
        return new DateTimeOffset(due, zone.GetUtcOffset(due));
    }

    private async Task<int> RemindAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var notices = scope.ServiceProvider.GetRequiredService<SignUpNotices>();
        var now = time.GetUtcNow();
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
        var nowUtc = now.UtcDateTime;
        var horizon = nowUtc.AddHours(48);
        var candidates = await db.ActivityOccasions.AsNoTracking()
            .Where(o => o.Status != OccasionStatus.Cancelled && o.RemindedAt == null && o.StartUtc > nowUtc && o.StartUtc <= horizon)
            .OrderBy(o => o.StartUtc).Take(500).Select(o => new { o.Id, o.StartUtc }).ToListAsync(ct);
        var reminded = 0;
        foreach (var c in candidates)
        {
            if (now < ReminderDueAt(c.StartUtc, clock.Zone)) continue;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var claimed = await db.ActivityOccasions.Where(o => o.Id == c.Id && o.RemindedAt == null && o.Status != OccasionStatus.Cancelled)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.RemindedAt, nowUtc), ct);
            if (claimed == 0) continue; // another node got there first
            var confirmed = await db.ActivitySignUps.AsNoTracking()
                .Where(s => s.OccasionId == c.Id && s.Status == SignUpStatus.Confirmed).OrderBy(s => s.Id).ToListAsync(ct);
            foreach (var signUp in confirmed) await notices.AddAsync(SignUpReminderNotice.Name, signUp, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            reminded++;
        }
        return reminded;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The sign-up job's run failed; the next run tries again")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);
}
