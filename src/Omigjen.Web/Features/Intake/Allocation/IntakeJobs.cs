using Microsoft.Extensions.Options;
using Omigjen.Web.Features.Intake.Pickups;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Intake.Allocation;

/// <summary>What one run of the intake job did.</summary>
public sealed record IntakeJobRun(int Planned, int Announced, int Allocated, int ToRecycling, int PickupsAdded = 0, int LotsAttached = 0, int PickupsMissed = 0);

/// <summary>
/// Every minute: standing pickups for the next 14 days are made from the plans and old unconfirmed ones marked missed;
/// new lots past their undo window are planned for a pickup or announced; closed claims windows are
/// allocated; lots the public did not take in time go to recycling. Every step is a guarded write, so two nodes may
/// run it at once.
/// </summary>
public sealed partial class IntakeJobs(IServiceScopeFactory scopes, TimeProvider time, IOptions<IntakeOptions> options, ILogger<IntakeJobs> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.JobsEnabled || BuildTime.IsDocumentGeneration) return;
        await PeriodicWork.RunAsync(Interval, time, RunOnceAsync, e => LogRunFailed(logger, e), stoppingToken);
    }

    public async Task<IntakeJobRun> RunOnceAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var announcer = scope.ServiceProvider.GetRequiredService<LotAnnouncer>();
        var allocator = scope.ServiceProvider.GetRequiredService<LotAllocator>();
        var pickups = scope.ServiceProvider.GetRequiredService<PickupPlanner>();
        var added = await pickups.GenerateAsync(ct);
        var missed = await pickups.MarkMissedAsync(ct);
        var (planned, announced) = await announcer.SortNewLotsAsync(ct);
        var (attached, released) = await pickups.AttachLotsAsync(ct);
        var allocated = await allocator.AllocateDueAsync(ct);
        var recycled = await allocator.SendToRecyclingAsync(ct);
        return new(planned, announced + released, allocated, recycled, added, attached, missed);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The intake job's run failed; the next run tries again")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);
}
