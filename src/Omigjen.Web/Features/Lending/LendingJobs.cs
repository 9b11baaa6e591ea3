using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Lending.Desk;
using Omigjen.Web.Features.Lending.Notices;
using Omigjen.Web.Features.Lending.Waitlist;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending;

/// <summary>What one run of the lending job did.</summary>
public sealed record LendingJobRun(int OffersLapsed, int PickupReminders, int ReturnReminders, int OverdueNotices, int NoShows = 0);

/// <summary>
/// Background work for lending, every minute: ends waiting-list offers nobody took in time, reminds borrowers the day
/// before pickup and the day before the return deadline (from 12:00 local time), and tells the borrower and the staff
/// once when a loan is overdue. Each reminder is claimed with a conditional update of its "sent" time, and its notices
/// are written in the same transaction (the outbox sends them), so two nodes never write the same one and a crash
/// leaves either both or neither.
/// </summary>
public sealed partial class LendingJobs(
    IServiceScopeFactory scopes, TimeProvider time, MunicipalClock clock, IOptions<LendingOptions> options, ILogger<LendingJobs> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>Local hour of the day before from which reminders go out.</summary>
    public const int ReminderHour = 12;

    private const int Batch = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Tests run RunOnceAsync themselves; the build's document generation has no database.
        if (!options.Value.JobsEnabled || BuildTime.IsDocumentGeneration) return;
        await PeriodicWork.RunAsync(Interval, time, RunOnceAsync, e => LogRunFailed(logger, e), stoppingToken);
    }

    /// <summary>Does what is due now; returns how many offers ended and reminders were written (the outbox sends them).</summary>
    public async Task<LendingJobRun> RunOnceAsync(CancellationToken ct = default)
    {
        int lapsed, noShows;
        await using (var scope = scopes.CreateAsyncScope())
        {
            noShows = await scope.ServiceProvider.GetRequiredService<DeskService>().EndNoShowsAsync(ct);
            lapsed = await scope.ServiceProvider.GetRequiredService<WaitlistService>().LapseExpiredOffersAsync(ct);
        }
        var pickups = await RemindAsync(Reminder.Pickup, ct);
        var returns = await RemindAsync(Reminder.Return, ct);
        var overdue = await RemindAsync(Reminder.Overdue, ct);
        return new(lapsed, pickups, returns, overdue, noShows);
    }

    /// <summary>
    /// When the reminder for something happening at <paramref name="eventUtc"/> is due: 12:00 local time on the day
    /// before the event's local date.
    /// </summary>
    public static DateTimeOffset ReminderDueAt(DateTimeOffset eventUtc, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var localDay = TimeZoneInfo.ConvertTime(eventUtc, zone).Date;
        var due = localDay.AddDays(-1).AddHours(ReminderHour);
        return new DateTimeOffset(due, zone.GetUtcOffset(due));
    }

    private enum Reminder
    {
        Pickup, Return, Overdue,
    }

    private async Task<int> RemindAsync(Reminder kind, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var notices = scope.ServiceProvider.GetRequiredService<BookingNotices>();
        // Whole milliseconds, so the claim reads back equal on every database (PostgreSQL keeps microseconds).
        var now = time.GetUtcNow();
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
        var nowUtc = now.UtcDateTime;
        // A reminder is due at most 36 hours (37 across a clock change) before its event.
        var horizon = nowUtc.AddHours(48);

        var candidates = kind switch
        {
            Reminder.Pickup => await db.Bookings.AsNoTracking()
                .Where(b => b.Status == BookingStatus.Booked && b.PickupReminderSentAt == null && b.PickupAt > nowUtc && b.PickupAt <= horizon)
                .OrderBy(b => b.PickupAt).Take(Batch)
                .Select(b => new Candidate(b.Id, b.PickupAt, b.CreatedAt)).ToListAsync(ct),
            Reminder.Return => await db.Bookings.AsNoTracking()
                .Where(b => b.Status == BookingStatus.CheckedOut && b.ReturnReminderSentAt == null && b.ReturnBy > nowUtc && b.ReturnBy <= horizon)
                .OrderBy(b => b.ReturnBy).Take(Batch)
                .Select(b => new Candidate(b.Id, b.ReturnBy, b.CheckedOutAt ?? b.CreatedAt)).ToListAsync(ct),
            _ => await db.Bookings.AsNoTracking()
                .Where(b => b.Status == BookingStatus.CheckedOut && b.OverdueNoticeSentAt == null && b.ReturnBy <= nowUtc)
                .OrderBy(b => b.ReturnBy).Take(Batch)
                .Select(b => new Candidate(b.Id, b.ReturnBy, b.CreatedAt)).ToListAsync(ct),
        };

        var sent = 0;
        foreach (var c in candidates)
        {
            var silent = false;
            if (kind != Reminder.Overdue)
            {
                var dueAt = ReminderDueAt(c.At, clock.Zone);
                if (now < dueAt) continue;
                // Booked or handed out after the reminder's time: the person has just been told; claim it without a message.
                silent = c.Since >= dueAt;
            }
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (await ClaimAsync(db, kind, c.Id, nowUtc, ct) == 0) continue; // another node got there first, or the booking changed
            if (!silent)
            {
                await (kind switch
                {
                    Reminder.Pickup => notices.PickupReminderAsync(c.Id, ct),
                    Reminder.Return => notices.ReturnReminderAsync(c.Id, ct),
                    _ => notices.OverdueAsync(c.Id, ct),
                });
                await db.SaveChangesAsync(ct);
                sent++;
            }
            await tx.CommitAsync(ct);
        }
        return sent;
    }

    private sealed record Candidate(int Id, DateTime At, DateTime Since);

    private static Task<int> ClaimAsync(AppDbContext db, Reminder kind, int id, DateTime now, CancellationToken ct) => kind switch
    {
        Reminder.Pickup => db.Bookings.Where(b => b.Id == id && b.Status == BookingStatus.Booked && b.PickupReminderSentAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.PickupReminderSentAt, now), ct),
        Reminder.Return => db.Bookings.Where(b => b.Id == id && b.Status == BookingStatus.CheckedOut && b.ReturnReminderSentAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.ReturnReminderSentAt, now), ct),
        _ => db.Bookings.Where(b => b.Id == id && b.Status == BookingStatus.CheckedOut && b.OverdueNoticeSentAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.OverdueNoticeSentAt, now), ct),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "The lending job's run failed; the next run tries again")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);
}

public static class LendingJobsSetup
{
    /// <summary>Registers <see cref="LendingJobs"/> (and, outside the build's document generation, runs it).</summary>
    public static IServiceCollection AddLendingJobs(this IServiceCollection services)
    {
        services.AddSingleton<LendingJobs>();
        if (!BuildTime.IsDocumentGeneration) services.AddHostedService(sp => sp.GetRequiredService<LendingJobs>());
        return services;
    }
}
