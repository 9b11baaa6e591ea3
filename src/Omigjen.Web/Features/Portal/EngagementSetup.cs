namespace Omigjen.Web.Features.Portal;

public static class EngagementSetup
{
    /// <summary>Usage counting and the "is this still correct?" reminders.</summary>
    public static IServiceCollection AddEngagement(this IServiceCollection services) => services;

    /// <summary>Middleware for usage counting (runs before the output cache, so cached pages count too).</summary>
    public static IApplicationBuilder UseEngagement(this IApplicationBuilder app) => app;
}
