using Microsoft.AspNetCore.Authorization;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.WorkTraining;

/// <summary>Work training with progression: supervisors at a station record tasks done and mastered; the participant sees and owns it.</summary>
public static class WorkTrainingSetup
{
    public static IServiceCollection AddWorkTraining(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<WorkTrainingOptions>(config.GetSection(WorkTrainingOptions.Section));
        services.AddAuthorizationBuilder()
            .AddPolicy(SupervisorPolicy.Name, p => p.RequireAuthenticatedUser().AddRequirements(new SupervisorRequirement()));
        services.AddScoped<IAuthorizationHandler, SupervisorHandler>();
        services.AddScoped<TrainingRecords>();
        services.AddScoped<IPersonalDataPart, WorkTrainingPersonalData>();
        services.AddSingleton<WorkTrainingJobs>();
        if (!BuildTime.IsDocumentGeneration) services.AddHostedService(sp => sp.GetRequiredService<WorkTrainingJobs>());
        return services;
    }
}
