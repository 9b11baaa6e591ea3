using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Reservations.Notices;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;

namespace Omigjen.Web.Features.Reservations;

/// <summary>
/// Every minute: ends the holds whose time ran out, gives their units back and tells the resident and the actor.
/// Each hold is claimed by a conditional update, so two nodes never both end or announce one.
/// </summary>
public sealed partial class ReservationExpiry(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<ReservationOptions> options, IHostEnvironment environment,
    ILogger<ReservationExpiry> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private const int Batch = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Tests call ExpireDueAsync themselves; a timer there would end holds at random moments.
        if (!options.Value.ExpiryJobEnabled || environment.EnvironmentName == "Testing") return;
        await PeriodicWork.RunAsync(Interval, time, ExpireDueAsync, e => LogRunFailed(logger, e), stoppingToken);
    }

    /// <summary>Ends every hold that is due now, each with its notices; returns how many holds it ended.</summary>
    public async Task<int> ExpireDueAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var service = scope.ServiceProvider.GetRequiredService<ReservationService>();
        var notices = scope.ServiceProvider.GetRequiredService<ReservationNotices>();
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        var now = time.GetUtcNow().UtcDateTime;
        var ended = 0;
        while (true)
        {
            var due = await db.Reservations.AsNoTracking()
                .Where(r => r.Status == ReservationStatus.Active && r.ExpiresAt <= now)
                .OrderBy(r => r.ExpiresAt).Select(r => r.Id).Take(Batch).ToListAsync(ct);
            var endedNow = 0;
            foreach (var id in due)
            {
                if (await service.EndAsync(db.Reservations.Where(r => r.Id == id), ReservationStatus.Expired, ct, expiredBefore: now) != HandleStatus.Done)
                    continue; // another node, the resident or the actor got there first
                endedNow++;
                await audit.WriteAsync("hold-expired", null, "OMigjen", null, id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
            }
            ended += endedNow;
            if (due.Count < Batch || endedNow == 0) break;
        }

        // Holds that expired before their notices were written in the same transaction (older versions sent them afterwards).
        var unsent = await db.Reservations.AsNoTracking()
            .Where(r => r.Status == ReservationStatus.Expired && r.ExpiryNoticeSentAt == null)
            .OrderBy(r => r.Id).Select(r => r.Id).Take(Batch * 5).ToListAsync(ct);
        foreach (var id in unsent)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var claimed = await db.Reservations.Where(r => r.Id == id && r.ExpiryNoticeSentAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ExpiryNoticeSentAt, now), ct);
            if (claimed == 0) continue;
            await notices.AddAsync(id, ReservationStatus.Expired, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        return ended;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The run that ends expired holds failed; the next run tries again")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);
}
