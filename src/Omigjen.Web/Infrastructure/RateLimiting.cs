using System.Threading.RateLimiting;

namespace Omigjen.Web.Infrastructure;

public static class RateLimiting
{
    public const string ApiPolicy = "api";

    /// <summary>
    /// The open API is cheap to call in a loop: a generous per-client token bucket keeps one client from starving the
    /// rest. Limits come from configuration (RateLimits:ApiPerMinute) so a load test can raise them.
    /// </summary>
    public static IServiceCollection AddRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(ApiPolicy, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<IConfiguration>().GetValue("RateLimits:ApiPerMinute", 600);
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = perMinute,
                    TokensPerPeriod = perMinute,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
        });
        return services;
    }
}
