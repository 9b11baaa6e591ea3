using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Omigjen.Web.Features.Repair.Log;

/// <summary>Services and the open-data endpoint of the repair log.</summary>
public static class RepairLogSetup
{
    public static IServiceCollection AddRepairLog(this IServiceCollection services)
    {
        services.AddSingleton<RepairLedger>();
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(RepairLogApi.ExportPolicy, context =>
        {
            var perMinute = context.RequestServices.GetRequiredService<IConfiguration>().GetValue("RateLimits:OrdsExportPerMinute", 20);
            return RateLimitPartition.GetFixedWindowLimiter("ords:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true });
        }));
        return services;
    }
}
