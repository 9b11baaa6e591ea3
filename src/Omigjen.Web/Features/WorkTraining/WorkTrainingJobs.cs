using Microsoft.Extensions.Options;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.WorkTraining;

/// <summary>Once an hour: deletes work-training records kept long enough after their end, and unanswered questions of consent.</summary>
public sealed partial class WorkTrainingJobs(IServiceScopeFactory scopes, TimeProvider time, IOptions<WorkTrainingOptions> options, ILogger<WorkTrainingJobs> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.JobsEnabled || BuildTime.IsDocumentGeneration) return;
        await PeriodicWork.RunAsync(Interval, time, async ct => await RunOnceAsync(ct), e => LogRunFailed(logger, e), stoppingToken);
    }

    /// <summary>Deletes what is due now; returns how many participations went.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TrainingRecords>().PurgeAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The work-training job's run failed; the next run tries again")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);
}
