using Omigjen.Web.Features.Activities.Calendar;
using Omigjen.Web.Features.Activities.Occasions;
using Omigjen.Web.Features.Activities.Series;
using Omigjen.Web.Features.Activities.WhatsOn;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Activities;

/// <summary>Services and endpoints for activities: series, their occasions, the calendar feeds and "Hva skjer".</summary>
public static class ActivitiesSetup
{
    public static IServiceCollection AddActivities(this IServiceCollection services)
    {
        services.AddOptions<ActivityOptions>().BindConfiguration(ActivityOptions.Section);
        services.AddSingleton<ActivityDataVersion>();
        services.AddScoped<OccasionSync>();
        services.AddScoped<OccasionWrites>();
        services.AddScoped<SeriesService>();
        services.AddScoped<OccasionService>();
        services.AddSingleton<OccasionFeeds>();
        services.AddScoped<WhatsOnSearch>();
        services.AddSingleton<OccasionJobs>();
        if (!BuildTime.IsDocumentGeneration) services.AddHostedService(sp => sp.GetRequiredService<OccasionJobs>());
        return services;
    }

    public static IEndpointRouteBuilder MapActivitiesApi(this IEndpointRouteBuilder endpoints)
    {
        ActivitiesApi.Map(endpoints);
        return endpoints;
    }
}
