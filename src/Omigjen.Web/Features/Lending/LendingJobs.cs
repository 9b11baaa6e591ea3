namespace Omigjen.Web.Features.Lending;

/// <summary>Background work for lending: reminders before pickup and return, overdue notices, lapsed waiting-list offers.</summary>
public sealed class LendingJobs
{
}

public static class LendingJobsSetup
{
    /// <summary>Registers <see cref="LendingJobs"/> (and, outside the build's document generation, runs it).</summary>
    public static IServiceCollection AddLendingJobs(this IServiceCollection services) => services;
}
