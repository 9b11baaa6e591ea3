using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Omigjen.Web.Infrastructure;

public static class RateLimiting
{
    public const string ApiPolicy = "api";

    /// <summary>Sign-in, sign-up, password reset and one-time links: cheap to abuse, so few tries per client.</summary>
    public const string AuthPolicy = "auth";

    /// <summary>Writes by signed-in people (portal forms, invitations, the write API).</summary>
    public const string WritePolicy = "writes";

    /// <summary>
    /// The open API is cheap to call in a loop: a generous per-client token bucket keeps one client from starving the
    /// rest. Limits come from configuration (RateLimits:*) so a load test can raise them and a test can lower them.
    /// A refused request gets 429 with Retry-After.
    /// </summary>
    public static IServiceCollection AddRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? (int)Math.Ceiling(retry.TotalSeconds) : 60;
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(
                    $"For mange forsøk. Prøv igjen om {seconds} sekunder.\nToo many attempts. Try again in {seconds} seconds.\n", ct);
            };
            o.AddPolicy(ApiPolicy, context =>
            {
                var perMinute = Limit(context, "RateLimits:ApiPerMinute", 600);
                return RateLimitPartition.GetTokenBucketLimiter(Client(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = perMinute,
                    TokensPerPeriod = perMinute,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            o.AddPolicy(AuthPolicy, context => WritesOnly(context, "auth:" + Client(context), Limit(context, "RateLimits:AuthPerMinute", 10)));
            o.AddPolicy(WritePolicy, context =>
            {
                var who = context.User.Identity?.IsAuthenticated == true
                    ? "user:" + context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value
                    : "ip:" + Client(context);
                return WritesOnly(context, "write:" + who, Limit(context, "RateLimits:WritesPerMinute", 60));
            });
        });
        return services;
    }

    /// <summary>Reading a form never counts; posting it does.</summary>
    private static RateLimitPartition<string> WritesOnly(HttpContext context, string key, int perMinute) =>
        HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            ? RateLimitPartition.GetNoLimiter("read")
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = perMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });

    private static int Limit(HttpContext context, string key, int fallback) =>
        context.RequestServices.GetRequiredService<IConfiguration>().GetValue(key, fallback);

    private static string Client(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
