using Microsoft.Extensions.Options;
using Omigjen.Web.Features.Activities.Series;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Activities.Occasions;

/// <summary>Settings of the activities feature.</summary>
public sealed class ActivityOptions
{
    public const string Section = "Activities";

    /// <summary>Off in tests, which run <see cref="OccasionJobs.RunOnceAsync"/> themselves.</summary>
    public bool JobsEnabled { get; set; } = true;
}

/// <summary>Once a day: stores the occasions that have come inside the horizon (13 months ahead) for every open series.</summary>
public sealed partial class OccasionJobs(IServiceScopeFactory scopes, TimeProvider time, IOptions<ActivityOptions> options, ILogger<OccasionJobs> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.JobsEnabled || BuildTime.IsDocumentGeneration) return;
        await PeriodicWork.RunAsync(Interval, time, RunOnceAsync, e => LogRunFailed(logger, e), stoppingToken);
    }

    /// <summary>Extends the horizon now; returns how many occasions were added.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SeriesService>().ExtendHorizonAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The activities job's run failed; the next run tries again")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);
}
